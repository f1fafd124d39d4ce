import { join } from 'node:path';
import type { StoreNotice } from '@shared/model/store-notice';
import type { Clock } from '../clock';
import { DurableTextFile } from './durable-text-file';
import { encodeJson } from './encode-json';
import { GroupCommit } from './group-commit';
import { JournalBatch } from './journal-batch';
import { journalNotices } from './journal-notice';
import { openJournal } from './journal-open';
import type { JournalLine } from './journal-replay';
import { MirroredLog } from './mirrored-log';
import { readRecovering } from './read-recovering';
import { seal, sealHolds } from './snapshot-seal';

/** One change to one record: `value` set means put, absent means delete. */
export interface Change<C> {
  collection: keyof C & string;
  key: string;
  value?: unknown;
  /** `value` as JSON (`encodeJson`), when the caller has it already: it is not encoded again. */
  json?: string;
}

/** A change as its journal line holds it: `{"c":…,"k":…,"v":…}`, without `v` for a delete. */
function encodeChange<C>({ collection, key, value, json }: Change<C>): string {
  const head = `{"c":${JSON.stringify(collection)},"k":${JSON.stringify(key)}`;
  return value === undefined ? `${head}}` : `${head},"v":${json ?? encodeJson(value)}}`;
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
  /**
   * Parse (and migrate) a snapshot file's JSON; throws with the reason when it can't. `sealed`:
   * the file is ours, unchanged, and its records passed the schema of `fingerprint` when written
   * (see snapshot-seal.ts), so they need not be checked one by one again.
   */
  decodeSnapshot(json: string, sealed: boolean): Snapshot<C>;
  /** The snapshot schema's fingerprint (schemaFingerprint): snapshots are sealed with it. */
  fingerprint?: () => string;
  /** The snapshot as written: e.g. `{ schemaVersion, journalSeq, ...records }`. */
  encodeSnapshot(snapshot: Snapshot<C>): unknown;
  /** Check one record read back from the journal. */
  decodeRecord: { [K in keyof C]: (value: unknown) => C[K] };
  keyOf: { [K in keyof C]: (value: C[K]) => string };
  empty(): Records<C>;
  /** The name people know a record by (an item's number and subject…), to say what may be missing. */
  nameOf?: { [K in keyof C]?: (value: unknown) => string | undefined };
  /** Rewrite the snapshot once the journal is this big and twice the snapshot's size. */
  compactAfterBytes?: number;
  /** Rewrite it too once the journal holds `compactMinBytes` and the last rewrite is `compactAfterMs` ago. */
  compactMinBytes?: number;
  compactAfterMs?: number;
  /** The last run closed properly (see Store.lastRunClosed): its journal was left empty. */
  lastRunClosed?: boolean;
  /** A map of its own for a collection (one that keeps an index); a plain Map otherwise. */
  mapOf?: { [K in keyof C]?: () => Map<string, C[K]> };
}

/** By default the snapshot is rewritten after 4 MB of journal, or after 64 KB once 10 minutes have passed. */
const COMPACT_AFTER_BYTES = 4_000_000;
const COMPACT_MIN_BYTES = 64 * 1024;
const COMPACT_AFTER_MS = 10 * 60_000;

/**
 * Keyed records (e.g. open items, timers) held in memory and kept on disk as a snapshot plus an
 * append-only journal written twice (`.journal` and `.journal.2`, see MirroredLog). A commit
 * appends one line with just the records that changed, so its cost follows the size of the
 * change, not of the store; commits that arrive while a write is on its way share the next one
 * (group commit). A commit whose write fails is undone in memory, with those made on top of it
 * meanwhile; data that cannot be written is refused before it is applied.
 *
 * Once the journal outgrows the snapshot, or has grown and the snapshot is 10 minutes old (and
 * at every start and close), the snapshot is rewritten: the old one becomes `.bak` and the
 * journal that led from it to the new one `.journal.bak` (both copies), so a damaged snapshot is
 * restored from the pair and its journal with nothing lost. Opening replays the journal from
 * whichever copy holds each write (see openJournal); a torn last line (a write cut off by a
 * crash, never acknowledged) is dropped.
 */
export class JournaledStore<C> {
  readonly maps: Maps<C>;
  readonly notices: StoreNotice[] = [];
  private buffer = new JournalBatch();
  private seq = 0;
  private snapshotLength = 0;
  /** The journal holds every batch since the snapshot on disk, so the next compaction's backups pair. */
  private pairs = false;
  /** The snapshot being rewritten after a write that made it due; the next write waits for it. */
  private compacting: Promise<void> | null = null;
  private readonly commits: GroupCommit;
  /** When the snapshot was last rewritten (the clock's milliseconds). */
  private compactedAt = 0;
  private readonly snapshot: DurableTextFile;
  private readonly journal: MirroredLog;

  private constructor(private readonly options: JournaledStoreOptions<C>) {
    const mapOf = (name: string) => options.mapOf?.[name as keyof C]?.() ?? new Map();
    this.maps = Object.fromEntries(Object.keys(options.keyOf).map((name) => [name, mapOf(name)])) as Maps<C>;
    this.commits = new GroupCommit(() => this.flush());
    const path = join(options.dataDir, options.file);
    this.snapshot = new DurableTextFile(path);
    this.journal = new MirroredLog(`${path}.journal`);
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
      encoded = changes.map(encodeChange);
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

  /** Resolves when nothing is being written or waiting to be (a snapshot rewrite included). */
  async idle(): Promise<void> {
    while (this.compacting) await this.compacting;
    await this.commits.idle();
    while (this.compacting) await this.compacting;
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
    // No line is appended while the snapshot is rewritten: it goes to the journal that follows.
    if (this.compacting) await this.compacting;
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
    // The batch is on disk, so its changes are acknowledged now, not after the rewrite: the
    // snapshot is rewritten after it, and the next write waits for that. A compaction that fails
    // (a full disk) is tried again after the next write.
    if (!this.compactionDue()) return;
    this.compacting = this.compact()
      .catch((error: unknown) => console.error(`compacting ${this.snapshot.path}`, error))
      .finally(() => {
        this.compacting = null;
      });
  }

  /**
   * Whether to rewrite the snapshot now: once the journal outgrows it, and also once the journal
   * has grown and the snapshot is a while old, so that it is never far behind (a restore from the
   * snapshot's backup then needs little of the journals).
   */
  private compactionDue(): boolean {
    const o = this.options;
    const bytes = this.journal.bytes;
    if (bytes > Math.max(o.compactAfterBytes ?? COMPACT_AFTER_BYTES, 2 * this.snapshotLength)) return true;
    const age = o.clock.now().getTime() - this.compactedAt;
    return bytes >= (o.compactMinBytes ?? COMPACT_MIN_BYTES) && age >= (o.compactAfterMs ?? COMPACT_AFTER_MS);
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
    const json = encodeJson(this.options.encodeSnapshot({ journalSeq: this.seq, records }));
    const text = this.options.fingerprint ? seal(json, this.options.fingerprint()) : json;
    await this.snapshot.write(text);
    // When the journal does not hold every batch since the snapshot that was on disk (a first
    // start, a restore, a journal cut), write again: the backup is then this very snapshot.
    if (!this.pairs) await this.snapshot.write(text);
    this.snapshotLength = text.length;
    await this.journal.rotate();
    this.compactedAt = this.options.clock.now().getTime();
    this.pairs = true;
  }

  private async load(): Promise<void> {
    const { options } = this;
    const now = options.clock.now();
    // Decides first: a newer snapshot (or backup) refuses the start with nothing changed.
    let sealed = false;
    const decode = (text: string, bytes: Buffer) => {
      this.snapshotLength = text.length;
      sealed = options.fingerprint ? sealHolds(text, options.fingerprint(), bytes) : false;
      return options.decodeSnapshot(text, sealed);
    };
    const found = await readRecovering(this.snapshot, decode, now);
    const restored = found.from === 'file' || found.from === 'backup';
    const base = restored ? found.data : { journalSeq: 0, records: options.empty() };
    for (const [name, values] of Object.entries(base.records) as [keyof C & string, unknown[]][]) {
      const keyOf = options.keyOf[name] as (v: unknown) => string;
      for (const value of values) this.maps[name].set(keyOf(value), value as C[typeof name]);
    }
    const lastRunClosed = options.lastRunClosed ?? false;
    const opened = await openJournal({
      journal: this.journal,
      fromBackup: found.from !== 'file',
      seq: base.journalSeq,
      now,
      lastRunClosed,
      decode: (line) => this.decodeLine(line),
      apply: (changes) => changes.forEach((c) => this.applyChange(c)),
      nameOf: (collection, key, value) => this.nameOf(collection, key, value),
    });
    const { replay } = opened;
    this.seq = replay.seq;
    const snapshotAt =
      found.from === 'file' ? await this.snapshot.writtenAt() : found.from === 'backup' ? found.backupWrittenAt : null;
    // A run that closed properly left its journal empty: only after a crash can a missing one have held anything.
    const journalMissing = found.from === 'file' && !opened.there && !lastRunClosed && opened.rotatedBefore;
    const notices = journalNotices({
      at: now.toISOString(),
      snapshotPath: this.snapshot.path,
      journalPath: this.journal.path,
      found,
      replay,
      ...(opened.stoppedIn ? { stoppedIn: opened.stoppedIn } : {}),
      ...(opened.copyFile ? { copyFile: opened.copyFile } : {}),
      ...(journalMissing && opened.mirrored ? { copyFile: this.journal.copies[1].path } : {}),
      keptLogs: opened.keptLogs,
      ...(snapshotAt ? { snapshotAt: snapshotAt.toISOString() } : {}),
      journalMissing,
      ...(opened.losses ? { losses: opened.losses } : {}),
      repaired: opened.repaired,
    });
    this.notices.push(...notices);
    this.pairs = found.from === 'file' && opened.there && !replay.stop;
    // Start from a clean snapshot: the journal then only holds what this run changes. One that
    // is clean already (a proper close left the snapshot sealed, its journal empty, nothing to
    // say) is not written again.
    const clean =
      this.pairs &&
      sealed === Boolean(options.fingerprint) &&
      replay.seq === base.journalSeq &&
      this.journal.bytes === 0 &&
      !notices.length;
    if (!clean) return this.compact();
    this.compactedAt = (snapshotAt ?? now).getTime();
  }

  /** The name people know a record by, from its value or else from what is held now; undefined: none. */
  private nameOf(collection: string, key: string, value: unknown): string | null | undefined {
    const name = this.options.nameOf?.[collection as keyof C];
    if (!name) return undefined;
    const held = (this.maps[collection as keyof C] as Map<string, unknown> | undefined)?.get(key);
    return (value === undefined ? undefined : name(value)) ?? (held === undefined ? undefined : name(held)) ?? null;
  }

  /** Check a whole journal batch before any of it is applied. */
  private decodeLine(line: JournalLine): Change<C>[] {
    return line.c.map(({ c, k, v }) => {
      const decode = this.options.decodeRecord[c as keyof C] as ((value: unknown) => unknown) | undefined;
      if (!decode) throw new Error(`unknown collection "${c}"`);
      return { collection: c as keyof C & string, key: k, ...(v === undefined ? {} : { value: decode(v) }) };
    });
  }
}
