import { OutboxDocument } from '@shared/model/message';
import type { Clock } from '../clock';
import { type JsonDocument, openJsonDocument } from '../store/json-document';

export const OUTBOX_FILE = 'outbox.json';
export const OUTBOX_SCHEMA_VERSION = 1;

/** The outbox and the last day of message history (older history is in the message archive): written far more often than workflows, so a file of its own. */
export type OutboxStore = JsonDocument<OutboxDocument>;

const emptyOutbox = (): OutboxDocument => ({ schemaVersion: 1, messages: [], mailings: [], archivedEffects: [] });

export const openOutboxStore = (dataDir: string, clock: Clock, lastRunClosed = false): Promise<OutboxStore> =>
  openJsonDocument(dataDir, OUTBOX_FILE, OutboxDocument, emptyOutbox, clock, {
    schemaVersion: OUTBOX_SCHEMA_VERSION,
    lingerMs: 100,
    what: 'the outbox file',
    lastRunClosed,
  });
