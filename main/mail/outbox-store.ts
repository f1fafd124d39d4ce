import { OutboxDocument } from '@shared/model/message';
import type { Clock } from '../clock';
import { type JournaledDocument, JournaledDocumentFile } from '../store/journaled-document';
import { applyStatusEntry, decodeStatusEntry, messageFinder, type StatusEntry } from './outbox-status-entry';

export const OUTBOX_FILE = 'outbox.json';
export const OUTBOX_SCHEMA_VERSION = 1;

/**
 * The outbox and the last day of message history (older history is in the message archive):
 * written far more often than workflows, so a file of its own. New messages (and other changes
 * through `update`) rewrite the file; status changes while sending are lines in its journal,
 * `outbox.json.journal` (see JournaledDocumentFile), so a send costs a line, not the file.
 */
export type OutboxStore = JournaledDocument<OutboxDocument, StatusEntry>;

const emptyOutbox = (): OutboxDocument => ({ schemaVersion: 1, messages: [], mailings: [], archivedEffects: [] });

export const openOutboxStore = (dataDir: string, clock: Clock, lastRunClosed = false): Promise<OutboxStore> => {
  const find = messageFinder();
  const where = { dataDir, file: OUTBOX_FILE, schema: OutboxDocument, empty: emptyOutbox, clock };
  return JournaledDocumentFile.open(where, {
    schemaVersion: OUTBOX_SCHEMA_VERSION,
    lingerMs: 100,
    what: 'the outbox file',
    lastRunClosed,
    decodeEntry: decodeStatusEntry,
    applyEntry: (doc, entry) => applyStatusEntry(find(doc, entry.k), entry),
    nameOf: (doc, { k }) => find(doc, k)?.subject,
  });
};
