import type { Adapter } from 'lowdb';
import type { StoreNotice } from '../../shared/api/contract';
import { Database } from '../../shared/model/database';
import { parseDocument } from '../../shared/model/parse';
import type { Clock } from '../clock';
import { DurableTextFile } from './durable-text-file';
import { migrate, NewerSchemaError } from './migrations';

/** JSON.parse that says, in words, that the text is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`it is not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

/** Parse, migrate and validate the text of a database file; throws with the reason if it can't. */
export const decodeDatabase = (text: string): Database => parseDocument(Database, migrate(parseJson(text)), 'the data file');

/**
 * lowdb adapter for a JSON document on disk (the database, the outbox). Reading never loses data:
 * a file that does not decode is kept aside under a new name, the last good backup is restored,
 * and a notice says so. A file from a newer version is refused and left as it is.
 */
export class JsonFileAdapter<T> implements Adapter<T> {
  readonly notices: StoreNotice[] = [];
  private readonly file: DurableTextFile;

  constructor(
    path: string,
    private readonly clock: Clock,
    private readonly decode: (text: string) => T,
    /** Indentation of the file: readable for the database, compact for the busy outbox. */
    private readonly indent = 1,
  ) {
    this.file = new DurableTextFile(path);
  }

  get path(): string {
    return this.file.path;
  }

  async read(): Promise<T | null> {
    const text = await this.file.read();
    if (text === null) return this.recover(null, 'the data file was missing');
    try {
      return this.decode(text);
    } catch (error) {
      if (error instanceof NewerSchemaError) throw error;
      const keptAs = await this.file.keepAside('unreadable', this.clock.now());
      return this.recover(keptAs, (error as Error).message);
    }
  }

  /** Length of the text last written, in characters. */
  lastWrittenLength = 0;

  write(data: T): Promise<void> {
    const text = JSON.stringify(data, null, this.indent);
    this.lastWrittenLength = text.length;
    return this.file.write(text);
  }

  /** Restore the backup if there is a good one; null means start from nothing. */
  private async recover(keptAs: string | null, reason: string): Promise<T | null> {
    const backup = await this.file.readBackup();
    const note = (kind: StoreNotice['kind']) =>
      this.notices.push({ kind, at: this.clock.now().toISOString(), file: this.file.path, reason, ...(keptAs ? { keptAs } : {}) });
    if (backup !== null) {
      try {
        const data = this.decode(backup);
        await this.file.write(backup);
        note('restoredFromBackup');
        return data;
      } catch (error) {
        if (error instanceof NewerSchemaError) throw error;
        // The backup is no good either; it stays where it is, untouched.
      }
    }
    if (keptAs) note('startedEmpty');
    return null;
  }
}
