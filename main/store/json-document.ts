import { join } from 'node:path';
import { Low } from 'lowdb';
import type { z } from 'zod';
import type { StoreNotice } from '../../shared/api/contract';
import { parseDocument } from '../../shared/model/parse';
import type { Clock } from '../clock';
import { GroupCommit } from './group-commit';
import { JsonFileAdapter, parseJson } from './json-file-adapter';

export interface JsonDocument<T> {
  readonly data: T;
  readonly notices: readonly StoreNotice[];
  /** Apply `change` and resolve once it is on disk; changes in a burst share writes. */
  update<R>(change: (doc: T) => R): Promise<R>;
  idle(): Promise<void>;
}

/**
 * A JSON document of its own beside the database (the outbox, the items), with the same
 * durability and recovery. Busy documents are written compact and with a short linger, so many
 * changes share one write. The caller holds the data folder's lock.
 */
export async function openJsonDocument<S extends z.ZodType>(
  dataDir: string,
  file: string,
  schema: S,
  empty: () => z.infer<S>,
  clock: Clock,
  options: { lingerMs?: number; what: string },
): Promise<JsonDocument<z.infer<S>>> {
  type T = z.infer<S>;
  const adapter = new JsonFileAdapter<T>(join(dataDir, file), clock, (text) => parseDocument(schema, parseJson(text), options.what), 0);
  const db = new Low<T>(adapter, empty());
  db.data = (await adapter.read()) ?? empty();
  const commits = new GroupCommit(() => db.write(), options.lingerMs ?? 0);
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
