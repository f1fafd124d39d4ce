import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { StoreNotice } from '@shared/model/store-notice';
import { parseDocument } from '@shared/model/parse';
import type { Clock } from '../clock';
import { DocumentCommits } from './document-commits';
import { JsonFileAdapter, parseJson } from './json-file-adapter';
import { migrate } from './migrations';
import { type Plain, reconcile } from './reconcile';

export interface JsonDocument<T> {
  readonly data: T;
  readonly notices: readonly StoreNotice[];
  /** Apply `change` and resolve once it is on disk; changes in a burst share writes. A failed write undoes it. */
  update<R>(change: (doc: T) => R): Promise<R>;
  idle(): Promise<void>;
  /**
   * Finish pending writes, then write once more, so that the backup holds the same as the file:
   * after a proper close, restoring the backup loses nothing.
   */
  close(): Promise<void>;
}

export interface JsonDocumentOptions {
  /** The file's data version: an older one is refused as unreadable, a newer one refuses the start. */
  schemaVersion: number;
  lingerMs?: number;
  what: string;
  /** The last run closed properly (see Store.lastRunClosed): then the backup is as new as the file. */
  lastRunClosed: boolean;
}

/**
 * A JSON document of its own beside the database (the outbox), with the same durability and
 * recovery. Its backup is the version before the last write (a busy document is not written
 * twice per change), so restoring it after a crash may miss the last changes, and the notice says
 * from when; a proper close writes it twice, so after one nothing is missing. Busy documents are
 * written compact and with a short linger, so many changes share one write. The caller holds the
 * data folder's lock.
 */
export async function openJsonDocument<S extends z.ZodType>(
  dataDir: string,
  file: string,
  schema: S,
  empty: () => z.infer<S>,
  clock: Clock,
  options: JsonDocumentOptions,
): Promise<JsonDocument<z.infer<S>>> {
  const { adapter, db } = await loadDocumentFile({ dataDir, file, schema, empty, clock }, options);
  const commits = new DocumentCommits({
    write: () => db.write(),
    revert: () => reconcile(db.data as Plain, (adapter.durableData() ?? empty()) as Plain),
    lingerMs: options.lingerMs ?? 0,
  });
  return {
    get data() {
      return db.data;
    },
    notices: adapter.notices,
    update: (change) => commits.update(db.data, change),
    idle: () => commits.idle(),
    async close() {
      await commits.idle();
      await db.write();
      await db.write();
    },
  };
}

/** Where a document's file is and what it holds. */
export interface DocumentFile<S extends z.ZodType> {
  dataDir: string;
  file: string;
  schema: S;
  empty: () => z.infer<S>;
  clock: Clock;
}

/** The document file read (restored from its backup where it must be, see JsonFileAdapter), with its adapter. */
export async function loadDocumentFile<S extends z.ZodType>(
  { dataDir, file, schema, empty, clock }: DocumentFile<S>,
  options: JsonDocumentOptions,
): Promise<{ adapter: JsonFileAdapter<z.infer<S>>; db: Low<z.infer<S>> }> {
  type T = z.infer<S>;
  const decode = (text: string) =>
    parseDocument(schema, migrate(parseJson(text), [], options.schemaVersion), options.what);
  const adapter = new JsonFileAdapter<T>(join(dataDir, file), clock, decode, { indent: 0 });
  const db = new Low<T>(adapter, empty());
  db.data = (await adapter.load(options.lastRunClosed)) ?? empty();
  return { adapter, db };
}
