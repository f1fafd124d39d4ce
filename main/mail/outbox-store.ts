import { join } from 'node:path';
import { Low } from 'lowdb';
import { type OutboxDocument, OutboxDocument as OutboxSchema } from '../../shared/model/message';
import { parseDocument } from '../../shared/model/parse';
import type { StoreNotice } from '../../shared/api/contract';
import type { Clock } from '../clock';
import { GroupCommit } from '../store/group-commit';
import { JsonFileAdapter, parseJson } from '../store/json-file-adapter';

export const OUTBOX_FILE = 'outbox.json';

export interface OutboxStore {
  readonly data: OutboxDocument;
  readonly notices: readonly StoreNotice[];
  /** Apply `change` and resolve once it is on disk; changes in a burst share writes. */
  update<T>(change: (doc: OutboxDocument) => T): Promise<T>;
  idle(): Promise<void>;
}

/**
 * The outbox and message history, in a file of their own beside the database: messages are
 * written far more often than workflows, and the database file should not grow with them.
 * Same durability and recovery as the database (the caller holds the data folder's lock).
 */
export async function openOutboxStore(dataDir: string, clock: Clock): Promise<OutboxStore> {
  const adapter = new JsonFileAdapter<OutboxDocument>(join(dataDir, OUTBOX_FILE), clock, (text) => parseDocument(OutboxSchema, parseJson(text), 'the outbox file'), 0);
  const empty: OutboxDocument = { schemaVersion: 1, messages: [], mailings: [] };
  const db = new Low<OutboxDocument>(adapter, empty);
  db.data = (await adapter.read()) ?? empty;
  const commits = new GroupCommit(() => db.write(), 100);
  return {
    get data() {
      return db.data;
    },
    notices: adapter.notices,
    async update(change) {
      const result = change(db.data);
      await commits.request();
      return result;
    },
    idle: () => commits.idle(),
  };
}
