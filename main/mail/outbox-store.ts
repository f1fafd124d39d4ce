import { OutboxDocument } from '../../shared/model/message';
import type { Clock } from '../clock';
import { type JsonDocument, openJsonDocument } from '../store/json-document';

export const OUTBOX_FILE = 'outbox.json';

/** The outbox and the last day of message history (older history is in the message archive): written far more often than workflows, so a file of its own. */
export type OutboxStore = JsonDocument<OutboxDocument>;

export const openOutboxStore = (dataDir: string, clock: Clock): Promise<OutboxStore> =>
  openJsonDocument(dataDir, OUTBOX_FILE, OutboxDocument, () => ({ schemaVersion: 1 as const, messages: [], mailings: [], archivedEffects: [] }), clock, { lingerMs: 100, what: 'the outbox file' });
