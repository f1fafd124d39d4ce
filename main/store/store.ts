import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { StoreNotice } from '../../shared/api/contract';
import { type Database, emptyDatabase } from '../../shared/model/database';
import type { Clock } from '../clock';
import { decodeDatabase, JsonFileAdapter } from './json-file-adapter';
import { GroupCommit } from './group-commit';
import { lockDataDir } from './lock';

export interface Store {
  /** The data as last committed (or being committed). Read freely; change it only in `update`. */
  readonly data: Database;
  readonly path: string;
  /** Things the user must be told about, such as a restored backup. */
  readonly notices: readonly StoreNotice[];
  /** True when this start created the database (first start). */
  readonly created: boolean;
  /** Apply `change` and resolve once it is durably on disk. Writes of a burst are grouped. */
  update<T>(change: (data: Database) => T): Promise<T>;
  close(): Promise<void>;
}

export interface StoreOptions {
  dataDir: string;
  clock: Clock;
  /** Data for a first start (no file, no backup, nothing kept aside). */
  seed?: () => Database;
}

export const DATABASE_FILE = 'stroomlijn.json';

/** Open (or create) the database in `dataDir`, as its single writer. */
export async function openStore({ dataDir, clock, seed }: StoreOptions): Promise<Store> {
  mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  try {
    const adapter = new JsonFileAdapter<Database>(join(dataDir, DATABASE_FILE), clock, decodeDatabase);
    const db = new Low<Database>(adapter, emptyDatabase());
    const existing = await adapter.read();
    const created = existing === null;
    const startedEmpty = adapter.notices.some((n) => n.kind === 'startedEmpty');
    db.data = existing ?? (startedEmpty || !seed ? emptyDatabase() : seed());
    const commits = new GroupCommit(() => db.write());
    if (created) await commits.request();
    let closed = false;
    return {
      get data() {
        return db.data;
      },
      path: adapter.path,
      notices: adapter.notices,
      created,
      async update(change) {
        if (closed) throw new Error('the store is closed');
        const result = change(db.data);
        await commits.request();
        return result;
      },
      async close() {
        if (closed) return;
        closed = true;
        await commits.idle();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
