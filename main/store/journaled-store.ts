import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { StoreNotice } from '../../shared/api/contract';
import type { Clock } from '../clock';
import { AppendLog, exists, readLogLines } from './append-log';
import { DurableTextFile, syncFolder } from './durable-text-file';
import { encodeJson } from './encode-json';
import { GroupCommit } from './group-commit';
import { JournalBatch } from './journal-batch';
import { journalNotice } from './journal-notice';
import { type JournalLine, type LogSource, replayLogs } from './journal-replay';
import { readRecovering } from './read-recovering';

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
  /** The last run closed properly (see Store.lastRunClosed): its journal was left empty. */
  lastRunClosed?: boolean;
}

/**
 * Keyed records (e.g. open items, timers) held in memory and kept on disk as a snapshot plus an
 * append-only journal. A commit appends one line with just the records that changed, so its
 * cost follows the size of the change, not of the store; commits that arrive while a write is on
 * its way share the next one (group commit). A commit whose write fails is undone in memory, with
 * those made on top of it meanwhile; data that cannot be written is refused before it is applied.
 *
 * Once the journal outgrows the snapshot (and at every start and close) the snapshot is rewritten:
 * the old one becomes `.bak` and the journal that led from it to the new one `.journal.bak`, so a
 * damaged snapshot is restored from the pair and its journal with nothing lost. Opening replays
 * the journal; a torn last line (a write cut off by a crash, never acknowledged) is dropped.
 */
export class JournaledStore<C> {
  readonly maps: Maps<C>;
  readonly notices: StoreNotice[] = [];
  private buffer = new JournalBatch();
  private seq = 0;
  private snapshotLength = 0;
  /** The journal holds every batch since the snapshot on disk, so the next compaction's backups pair. */
  private pairs = false;
  private readonly commits: GroupCommit;
  private readonly snapshot: DurableTextFile;
  private readonly journal: AppendLog;
  private readonly journalBackupPath: string;

  private constructor(private readonly options: JournaledStoreOptions<C>) {
    this.maps = Object.fromEntries(Object.keys(options.keyOf).map((name) => [name, new Map()])) as Maps<C>;
    this.commits = new GroupCommit(() => this.flush());
    const path = join(options.dataDir, options.file);
    this.snapshot = new DurableTextFile(path);
    this.journal = new AppendLog(`${path}.journal`);
    this.journalBackupPath = `${path}.journal.bak`;
  }

  static async open<C>(options: JournaledStoreOptions<C>): Promise<JournaledStore<C>> {
    const store = new JournaledStore(options);
    await store.load();
    return store;
  }

  /** Apply the changes in memory now; resolves once they are on disk, rejects (undone) if they could not be. */
  commit(changes: readonly Change<C>[]): Promise<void> {
    if (!changes.length) return Promise.resolve();
    let encoded: string[];
    try {
      encoded = changes.map(({ collection: c, key: k, value: v }) =>
        encodeJson(v === undefined ? { c, k } : { c, k, v }),
      );
    } catch (error) {
      return Promise.reject(error);
    }
    const batch = this.buffer;
    for (const change of changes) {
      batch.remember(this.maps[change.collection] as Map<string, unknown>, change.key);
      this.applyChange(change);
    }
    batch.changes.push(...encoded);
    return this.commits.request().then(() => {
      if (batch.failed) throw batch.error;
    });
  }

  idle(): Promise<void> {
    return this.commits.idle();
  }

  /** Finish pending writes and rewrite the snapshot, so the journal is empty while the app is closed. */
  async close(): Promise<void> {
    await this.idle();
    try {
      if (this.journal.bytes > 0 || !this.pairs) await this.compact();
    } finally {
      await this.journal.close();
    }
  }

  private applyChange({ collection, key, value }: Change<C>): void {
    const map = this.maps[collection] as Map<string, unknown>;
    if (value === undefined) map.delete(key);
    else map.set(key, value);
  }

  private async flush(): Promise<void> {
    const batch = this.buffer;
    if (batch.empty) return;
    this.buffer = new JournalBatch();
    const s = this.seq + 1;
    const at = JSON.stringify(this.options.clock.now().toISOString());
    try {
      await this.journal.append([`{"s":${s},"t":${at},"c":[${batch.changes.join(',')}]}`]);
    } catch (error) {
      // Not on disk: undo it, and what was changed on top of it meanwhile (it may rest on it).
      const onTop = this.buffer;
      this.buffer = new JournalBatch();
      onTop.undo(error);
      batch.undo(error);
      throw error;
    }
    this.seq = s;
    const threshold = Math.max(this.options.compactAfterBytes ?? 4_000_000, 2 * this.snapshotLength);
    // The batch is on disk: a compaction that fails (a full disk) is tried again after the next one.
    if (this.journal.bytes <= threshold) return;
    await this.compact().catch((error: unknown) => console.error(`compacting ${this.snapshot.path}`, error));
  }

  /**
   * Write every record as the new snapshot (the old one becomes `.bak`), then move the journal to
   * `.journal.bak` and start an empty one. A crash between any two steps is harmless: the snapshot
   * names the last batch it holds and replay skips the batches up to it.
   */
  private async compact(): Promise<void> {
    const records = Object.fromEntries(
      Object.entries(this.maps).map(([name, map]) => [name, [...(map as Map<string, unknown>).values()]]),
    ) as Records<C>;
    const text = encodeJson(this.options.encodeSnapshot({ journalSeq: this.seq, records }));
    await this.snapshot.write(text);
    // When the journal does not hold every batch since the snapshot that was on disk (a first
    // start, a restore, a journal cut), write again: the backup is then this very snapshot.
    if (!this.pairs) await this.snapshot.write(text);
    this.snapshotLength = text.length;
    await this.journal.rotate(this.journalBackupPath);
    this.pairs = true;
  }

  private async load(): Promise<void> {
    const { options } = this;
    const now = options.clock.now();
    // Decides first: a newer snapshot (or backup) refuses the start with nothing changed.
    const found = await readRecovering(this.snapshot, options.decodeSnapshot, now);
    const restored = found.from === 'file' || found.from === 'backup';
    const base = restored ? found.data : { journalSeq: 0, records: options.empty() };
    for (const [name, values] of Object.entries(base.records) as [keyof C & string, unknown[]][]) {
      const keyOf = options.keyOf[name] as (v: unknown) => string;
      for (const value of values) this.maps[name].set(keyOf(value), value as C[typeof name]);
    }
    await this.journal.open();
    const journalThere = this.journal.existed;
    // A restore goes from the backup through the journal that led from it to the lost snapshot, then on.
    const paths = found.from === 'file' ? [this.journal.path] : [this.journalBackupPath, this.journal.path];
    const sources: LogSource[] = [];
    for (const path of paths) sources.push({ path, lines: await readLogLines(path) });
    const apply = (changes: Change<C>[]) => changes.forEach((c) => this.applyChange(c));
    const replay = replayLogs(sources, base.journalSeq, (line) => this.decodeLine(line), apply);
    this.seq = replay.seq;
    const keptLogs = replay.stop ? await this.keepLogsAside(sources.slice(replay.stop.source), now) : [];
    const snapshotAt =
      found.from === 'file' ? await this.snapshot.writtenAt() : found.from === 'backup' ? found.backupWrittenAt : null;
    // A run that closed properly left its journal empty: only after a crash can a missing one have held anything.
    const journalMissing =
      found.from === 'file' && !journalThere && !options.lastRunClosed && (await exists(this.journalBackupPath));
    const notice = journalNotice({
      at: now.toISOString(),
      snapshotPath: this.snapshot.path,
      journalPath: this.journal.path,
      found,
      replay,
      ...(replay.stop ? { stoppedIn: sources[replay.stop.source]!.path } : {}),
      keptLogs,
      ...(snapshotAt ? { snapshotAt: snapshotAt.toISOString() } : {}),
      journalMissing,
    });
    if (notice) this.notices.push(notice);
    this.pairs = found.from === 'file' && journalThere && !replay.stop;
    // Start from a clean snapshot: the journal then only holds what this run changes.
    await this.compact();
  }

  /** Check a whole journal batch before any of it is applied. */
  private decodeLine(line: JournalLine): Change<C>[] {
    return line.c.map(({ c, k, v }) => {
      const decode = this.options.decodeRecord[c as keyof C] as ((value: unknown) => unknown) | undefined;
      if (!decode) throw new Error(`unknown collection "${c}"`);
      return { collection: c as keyof C & string, key: k, ...(v === undefined ? {} : { value: decode(v) }) };
    });
  }

  /** Journals that could not be applied (from the one replay stopped in on): kept aside, never overwritten. */
  private async keepLogsAside(sources: readonly LogSource[], now: Date): Promise<string[]> {
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const kept: string[] = [];
    for (const { path } of sources) {
      const isJournal = path === this.journal.path;
      if (isJournal) await this.journal.close();
      const keptAs = `${path}.unreadable-${stamp}`;
      if (await exists(path)) {
        await rename(path, keptAs);
        kept.push(keptAs);
      }
      if (isJournal) await this.journal.open();
    }
    await syncFolder(this.options.dataDir);
    return kept;
  }
}
