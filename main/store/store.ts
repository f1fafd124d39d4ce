import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { StoreNotice } from '@shared/model/store-notice';
import { type Database, emptyDatabase, SCHEMA_VERSION } from '@shared/model/database';
import type { Clock } from '../clock';
import { refuseMissingDatabase, refuseNewerFiles, removeLeftoverTemps, type VersionedFile } from './data-folder';
import { DocumentCommits } from './document-commits';
import { decodeDatabase, JsonFileAdapter } from './json-file-adapter';
import { lockDataDir } from './lock';
import { reconcile } from './reconcile';

export interface Store {
  /** The data as last committed (or being committed). Read freely; change it only in `update`. */
  readonly data: Database;
  readonly path: string;
  /** Things the user must be told about, such as a restored backup. */
  readonly notices: readonly StoreNotice[];
  /** True when this start created the database (first start). */
  readonly created: boolean;
  /** The last run of this data folder closed properly (it left no lock behind). */
  readonly lastRunClosed: boolean;
  /**
   * Apply `change` and resolve once it is durably on disk. Writes of a burst are grouped. When
   * the write fails, the change is undone in memory too (see DocumentCommits).
   */
  update<T>(change: (data: Database) => T): Promise<T>;
  close(): Promise<void>;
}

export interface StoreOptions {
  dataDir: string;
  clock: Clock;
  /** Data for a first start (no file, no backup, nothing kept aside). */
  seed?: () => Database;
  /** The other JSON files of the folder: a newer version of any refuses the start before anything is written. */
  otherFiles?: readonly VersionedFile[];
}

export const DATABASE_FILE = 'stroomlijn.json';

/**
 * Open (or create) the database in `dataDir`, as its single writer. Before anything is written,
 * a start is refused when any data file is of a newer version, or when the database and its
 * second copy are gone while other data of ours is there (not a first start: a lost database);
 * then temp files a crash left are removed. The database keeps a second copy of itself (`.bak`),
 * so restoring it loses nothing.
 */
export async function openStore({ dataDir, clock, seed, otherFiles = [] }: StoreOptions): Promise<Store> {
  mkdirSync(dataDir, { recursive: true });
  // Refusals come before the lock is taken: a refused start leaves the folder exactly as it was.
  const files = [{ file: DATABASE_FILE, schemaVersion: SCHEMA_VERSION }, ...otherFiles];
  await refuseMissingDatabase(
    dataDir,
    DATABASE_FILE,
    otherFiles.map((f) => f.file),
  );
  await refuseNewerFiles(dataDir, files);
  const lock = lockDataDir(dataDir);
  try {
    await removeLeftoverTemps(
      dataDir,
      files.map((f) => f.file),
    );
    const path = join(dataDir, DATABASE_FILE);
    const adapter = new JsonFileAdapter<Database>(path, clock, decodeDatabase, { backup: 'copy' });
    const db = new Low<Database>(adapter, emptyDatabase());
    const existing = await adapter.load(true);
    const created = existing === null;
    const startedEmpty = adapter.notices.some((n) => n.kind === 'startedEmpty');
    db.data = existing ?? (startedEmpty || !seed ? emptyDatabase() : seed());
    const commits = new DocumentCommits({
      write: () => db.write(),
      revert: () => reconcile(db.data, adapter.durableData() ?? emptyDatabase()),
    });
    if (created) await commits.flush();
    let closed = false;
    return {
      get data() {
        return db.data;
      },
      path: adapter.path,
      notices: adapter.notices,
      created,
      lastRunClosed: !lock.staleLockFound,
      async update(change) {
        if (closed) throw new Error('the store is closed');
        return commits.update(db.data, change);
      },
      async close() {
        if (closed) return;
        closed = true;
        await commits.idle();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
