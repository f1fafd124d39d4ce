import type { Adapter } from 'lowdb';
import type { StoreNotice } from '@shared/model/store-notice';
import { Database } from '@shared/model/database';
import { parseDocument } from '@shared/model/parse';
import type { Clock } from '../clock';
import { type BackupKind, DurableTextFile } from './durable-text-file';
import { encodeJson } from './encode-json';
import { migrate } from './migrations';
import { readRecovering } from './read-recovering';

/** JSON.parse that says, in words, that the text is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`it is not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

/** Parse, migrate and validate the text of a database file; throws with the reason if it can't. */
export const decodeDatabase = (text: string): Database =>
  parseDocument(Database, migrate(parseJson(text)), 'the data file');

export interface JsonFileOptions {
  /** Indentation of the file: readable for the database, compact for the busy outbox. */
  indent?: number;
  backup?: BackupKind;
}

/**
 * lowdb adapter for a JSON document on disk (the database, the outbox). Reading never loses data
 * silently: a file that does not decode is kept aside under a new name, the last good backup is
 * restored, and a notice says whether anything may be missing. A file from a newer version is
 * refused and left as it is. It remembers what its last successful write put on disk, so that a
 * failed write can put memory back (see DocumentCommits).
 */
export class JsonFileAdapter<T> implements Adapter<T> {
  readonly notices: StoreNotice[] = [];
  /** Length of the text last written, in characters. */
  lastWrittenLength = 0;
  private readonly file: DurableTextFile;
  private readonly indent: number;
  private durableText: string | null = null;

  constructor(
    path: string,
    private readonly clock: Clock,
    private readonly decode: (text: string) => T,
    options: JsonFileOptions = {},
  ) {
    this.file = new DurableTextFile(path, options.backup ?? 'previous');
    this.indent = options.indent ?? 1;
  }

  get path(): string {
    return this.file.path;
  }

  /** lowdb's read; see `load`. */
  read(): Promise<T | null> {
    return this.load(false);
  }

  /**
   * The data on disk. A file that does not decode (or is missing while its backup is there) is
   * kept aside and its backup restored; the notice says that nothing is missing when the backup
   * is as new as the file was (`backupIsLatest`), else that what was saved after it may be.
   * Null: a first start, or nothing usable at all (then a `startedEmpty` notice says so).
   */
  async load(backupIsLatest: boolean): Promise<T | null> {
    const now = this.clock.now();
    const found = await readRecovering(this.file, (text) => ({ text, data: this.decode(text) }), now);
    if (found.from === 'nothing') return null;
    if (found.from === 'file') {
      this.durableText = found.data.text;
      return found.data.data;
    }
    const kept = found.keptAs ? { keptAs: found.keptAs } : {};
    const about = { at: now.toISOString(), file: this.file.path, reason: found.reason, cause: found.cause, ...kept };
    if (found.from === 'none') {
      this.notices.push({ kind: 'startedEmpty', ...about });
      return null;
    }
    await this.file.write(found.data.text);
    this.durableText = found.data.text;
    this.notices.push(
      backupIsLatest
        ? { kind: 'restoredFromBackup', ...about }
        : { kind: 'restoredOlderBackup', ...about, since: found.backupWrittenAt.toISOString() },
    );
    return found.data.data;
  }

  async write(data: T): Promise<void> {
    const text = encodeJson(data, this.indent);
    this.lastWrittenLength = text.length;
    await this.file.write(text);
    this.durableText = text;
  }

  /** The data as the last successful write (or the read) left it on disk; null if nothing is there yet. */
  durableData(): T | null {
    return this.durableText === null ? null : this.decode(this.durableText);
  }
}
