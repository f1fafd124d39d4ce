import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreNotice } from '../../shared/api/contract';
import type { Clock } from '../clock';
import { AppendLog, readLogLines } from './append-log';
import { GroupCommit } from './group-commit';
import { JsonFileAdapter } from './json-file-adapter';

/** One change to one record: `value` set means put, absent means delete. */
export interface Change<C> {
  collection: keyof C & string;
  key: string;
  value?: unknown;
}

export type Records<C> = { [K in keyof C]: C[K][] };
export type Maps<C> = { [K in keyof C]: Map<string, C[K]> };

/** What a snapshot file holds: every record, and the last journal batch it includes. */
export interface Snapshot<C> {
  journalSeq: number;
  records: Records<C>;
}

export interface JournaledStoreOptions<C> {
  dataDir: string;
  /** The snapshot file, e.g. `items.json`; the journal is the same name with `.journal`. */
  file: string;
  clock: Clock;
  /** Parse (and migrate) a snapshot file's JSON; throws with the reason when it can't. */
  decodeSnapshot(json: string): Snapshot<C>;
  /** The snapshot as written: e.g. `{ schemaVersion, journalSeq, ...records }`. */
  encodeSnapshot(snapshot: Snapshot<C>): unknown;
  /** Check one record read back from the journal. */
  decodeRecord: { [K in keyof C]: (value: unknown) => C[K] };
  keyOf: { [K in keyof C]: (value: C[K]) => string };
  empty(): Records<C>;
  /** Rewrite the snapshot once the journal is this big and twice the snapshot's size. */
  compactAfterBytes?: number;
}

interface JournalLine {
  s: number;
  c: { c: string; k: string; v?: unknown }[];
}

/**
 * Keyed records (e.g. open items, timers) held in memory and kept on disk as a snapshot plus an
 * append-only journal. A commit appends one line with just the records that changed, so its
 * cost follows the size of the change, not of the store; commits that arrive while a write is on
 * its way share the next one (group commit). Once the journal outgrows the snapshot, the snapshot
 * is rewritten and the journal emptied. Opening replays the journal over the snapshot; a torn last
 * line (a write cut off by a crash, never acknowledged) is dropped.
 */
export class JournaledStore<C> {
  readonly maps: Maps<C>;
  readonly notices: StoreNotice[] = [];
  private buffer: JournalLine['c'] = [];
  private seq = 0;
  private snapshotLength = 0;
  private readonly commits: GroupCommit;

  private constructor(
    private readonly options: JournaledStoreOptions<C>,
    /** Reads a decoded `Snapshot<C>`; writes what `encodeSnapshot` makes of one. */
    private readonly snapshot: JsonFileAdapter<unknown>,
    private readonly journal: AppendLog,
  ) {
    this.maps = Object.fromEntries(Object.keys(options.keyOf).map((name) => [name, new Map()])) as Maps<C>;
    this.commits = new GroupCommit(() => this.flush());
  }

  static async open<C>(options: JournaledStoreOptions<C>): Promise<JournaledStore<C>> {
    const path = join(options.dataDir, options.file);
    const snapshot = new JsonFileAdapter<unknown>(path, options.clock, options.decodeSnapshot, 0);
    const store = new JournaledStore(options, snapshot, new AppendLog(`${path}.journal`));
    await store.load();
    return store;
  }

  /** Apply the changes in memory now; resolves once they are on disk. */
  commit(changes: readonly Change<C>[]): Promise<void> {
    if (!changes.length) return Promise.resolve();
    for (const change of changes) {
      this.applyChange(change);
      this.buffer.push(change.value === undefined ? { c: change.collection, k: change.key } : { c: change.collection, k: change.key, v: change.value });
    }
    return this.commits.request();
  }

  idle(): Promise<void> {
    return this.commits.idle();
  }

  async close(): Promise<void> {
    await this.idle();
    await this.journal.close();
  }

  private applyChange({ collection, key, value }: Change<C>): void {
    const map = this.maps[collection] as Map<string, unknown>;
    if (value === undefined) map.delete(key);
    else map.set(key, value);
  }

  private async flush(): Promise<void> {
    const changes = this.buffer;
    if (!changes.length) return;
    this.buffer = [];
    const line: JournalLine = { s: this.seq + 1, c: changes };
    try {
      await this.journal.append([JSON.stringify(line)]);
    } catch (error) {
      // Not on disk: those changes go with the next write (their callers are told this one failed).
      this.buffer = [...changes, ...this.buffer];
      throw error;
    }
    this.seq = line.s;
    const threshold = Math.max(this.options.compactAfterBytes ?? 4_000_000, 2 * this.snapshotLength);
    if (this.journal.bytes > threshold) await this.compact();
  }

  /**
   * Write every record as the new snapshot, then empty the journal. A crash between the two is
   * harmless: the snapshot names the last batch it holds and replay skips the batches up to it.
   */
  private async compact(): Promise<void> {
    const records = Object.fromEntries(Object.entries(this.maps).map(([name, map]) => [name, [...(map as Map<string, unknown>).values()]])) as Records<C>;
    await this.snapshot.write(this.options.encodeSnapshot({ journalSeq: this.seq, records }));
    this.snapshotLength = this.snapshot.lastWrittenLength;
    await this.journal.clear();
  }

  private async load(): Promise<void> {
    const { options } = this;
    const snapshot = (await this.snapshot.read()) as Snapshot<C> | null;
    this.notices.push(...this.snapshot.notices);
    const base = snapshot ?? { journalSeq: 0, records: options.empty() };
    for (const [name, values] of Object.entries(base.records) as [keyof C & string, unknown[]][]) {
      const keyOf = options.keyOf[name] as (v: unknown) => string;
      for (const value of values) this.maps[name].set(keyOf(value), value as C[typeof name]);
    }
    this.seq = base.journalSeq;
    await this.journal.open();
    const lines = await readLogLines(this.journal.path);
    for (const [index, text] of lines.entries()) {
      try {
        this.replay(JSON.parse(text) as JournalLine, base.journalSeq);
      } catch (error) {
        await this.keepJournalAside(index + 1, (error as Error).message);
        break;
      }
    }
    // Start from a clean snapshot: the journal then only holds what this run changes.
    await this.compact();
  }

  private replay(line: JournalLine, after: number): void {
    if (typeof line.s !== 'number' || !Array.isArray(line.c)) throw new Error('the line is not a journal batch');
    if (line.s <= after) return;
    for (const { c, k, v } of line.c) {
      const decode = this.options.decodeRecord[c as keyof C] as ((value: unknown) => unknown) | undefined;
      if (!decode) throw new Error(`unknown collection "${c}"`);
      this.applyChange({ collection: c as keyof C & string, key: k, ...(v === undefined ? {} : { value: decode(v) }) });
    }
    this.seq = line.s;
  }

  /** A journal line in the middle that does not read: keep the whole journal aside, keep what came before. */
  private async keepJournalAside(lineNumber: number, reason: string): Promise<void> {
    await this.journal.close();
    const stamp = this.options.clock.now().toISOString().replace(/[:.]/g, '-');
    const keptAs = `${this.journal.path}.unreadable-${stamp}`;
    await rename(this.journal.path, keptAs);
    this.notices.push({ kind: 'journalCut', at: this.options.clock.now().toISOString(), file: this.journal.path, keptAs, reason: `line ${lineNumber}: ${reason}` });
    await this.journal.open();
  }
}
