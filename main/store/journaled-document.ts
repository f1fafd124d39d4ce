import type { Low } from 'lowdb';
import type { z } from 'zod';
import type { StoreNotice } from '@shared/model/store-notice';
import type { Clock } from '../clock';
import { DocumentCommits } from './document-commits';
import { encodeJson } from './encode-json';
import { GroupCommit } from './group-commit';
import { type DocumentFile, type JsonDocument, type JsonDocumentOptions, loadDocumentFile } from './json-document';
import type { JsonFileAdapter } from './json-file-adapter';
import type { NameOf } from './journal-losses';
import { journalNotices } from './journal-notice';
import { openJournal } from './journal-open';
import type { JournalLine } from './journal-replay';
import { MirroredLog } from './mirrored-log';
import { WaitingLine } from './waiting-line';
import { type Plain, reconcile } from './reconcile';

/** One change in a journal line: what (`c`), which one (`k`) and how (`v`). */
export type JournalEntry = JournalLine['c'][number];

export interface JournaledDocument<T, E extends JournalEntry> extends JsonDocument<T> {
  /**
   * Apply `entries` in memory now and append them to the journal; resolves once they are on disk.
   * Entries that arrive while a line is on its way share the next one (group commit). A write that
   * fails rejects, and memory keeps the entries: the caller writes them again (they say how things
   * are, not what to add, so writing one twice is the same as once).
   */
  journal(entries: readonly E[]): Promise<void>;
}

export interface JournaledDocumentOptions<T, E extends JournalEntry> extends JsonDocumentOptions {
  /** Check one entry read back from the journal; throws with the reason. */
  decodeEntry(entry: JournalEntry): E;
  /** Apply one entry to the document; an entry about something no longer there changes nothing. */
  applyEntry(doc: T, entry: E): void;
  /** The name people know what an entry is about by, to say what may be missing. */
  nameOf?(doc: T, entry: Pick<JournalEntry, 'c' | 'k'>): string | undefined;
  /** Rewrite the document once the journal is this big and twice the document's size. */
  compactAfterBytes?: number;
}

/** By default the document is rewritten after 4 MB of journal (or twice its own size). */
const COMPACT_AFTER_BYTES = 4_000_000;

interface Journaled {
  journalSeq?: number;
}

/**
 * A whole-file JSON document (see openJsonDocument) whose small, frequent changes go to a journal
 * beside it (`<file>.journal` and its second copy `.journal.2`, see MirroredLog) instead of
 * rewriting the file: `journal` appends one numbered line, `update` rewrites the file as before.
 * The file names the last journal line it holds (`journalSeq`), so a crash after the file was
 * rewritten but before the journal was emptied replays nothing twice. Each rewrite keeps the
 * file before it as `.bak` and the journal that led from it as `.journal.bak`, so a damaged file
 * is restored from the pair with nothing lost. A journal line that does not read stops replay
 * there, with a notice, as for the items (see openJournal); a torn last line is dropped.
 *
 * While the file is being rewritten no line is appended (they wait, and go to the emptied
 * journal), and the entries waiting when it is serialised are written with it, not after it.
 */
export class JournaledDocumentFile<T extends Journaled, E extends JournalEntry> implements JournaledDocument<T, E> {
  readonly notices: StoreNotice[] = [];
  private seq = 0;
  /** Entries applied since the file on disk was written (to put memory back where a rewrite fails). */
  private sinceWrite: E[] = [];
  /** Encoded entries waiting for the next line, with the promise their callers wait on. */
  private waiting = new WaitingLine<{ entry: E; text: string }>();
  private appending: Promise<void> | null = null;
  /** While the file is rewritten: no line starts. */
  private rewriting: Promise<void> | null = null;
  private readonly lines: GroupCommit;
  private readonly log: MirroredLog;

  private constructor(
    private readonly file: { adapter: JsonFileAdapter<T>; db: Low<T> },
    private readonly commits: DocumentCommits,
    private readonly options: JournaledDocumentOptions<T, E> & { clock: Clock },
  ) {
    this.lines = new GroupCommit(() => this.appendLine());
    this.log = new MirroredLog(`${file.adapter.path}.journal`);
  }

  static async open<S extends z.ZodType<Journaled>, E extends JournalEntry>(
    where: DocumentFile<S>,
    options: JournaledDocumentOptions<z.infer<S>, E>,
  ): Promise<JournaledDocumentFile<z.infer<S>, E>> {
    type T = z.infer<S>;
    const file = await loadDocumentFile(where, options);
    let doc: JournaledDocumentFile<T, E> | null = null;
    const commits = new DocumentCommits({
      write: () => doc!.rewrite(),
      revert: () => doc!.revert(where.empty),
      lingerMs: options.lingerMs ?? 0,
    });
    doc = new JournaledDocumentFile<T, E>(file, commits, { ...options, clock: where.clock });
    await doc.load();
    return doc;
  }

  get data(): T {
    return this.file.db.data;
  }

  get journalPath(): string {
    return this.log.path;
  }

  journal(entries: readonly E[]): Promise<void> {
    if (!entries.length) return Promise.resolve();
    let texts: string[];
    try {
      texts = entries.map((e) => encodeJson(e));
    } catch (error) {
      return Promise.reject(error);
    }
    const line = this.waiting;
    for (const [i, entry] of entries.entries()) {
      this.options.applyEntry(this.data, entry);
      this.sinceWrite.push(entry);
      line.items.push({ entry, text: texts[i]! });
    }
    // Settled by the line that carries these entries (appendLine never rejects: it settles lines).
    void this.lines.request();
    return line.written;
  }

  update<R>(change: (doc: T) => R): Promise<R> {
    return this.commits.update(this.data, change);
  }

  async idle(): Promise<void> {
    await Promise.all([this.lines.idle(), this.commits.idle()]);
  }

  /** Finish what is pending, rewrite the file (twice: its backup is then the same) and empty the journal. */
  async close(): Promise<void> {
    await this.idle();
    try {
      await this.rewrite();
      await this.file.db.write();
    } finally {
      await this.log.close();
    }
  }

  /** Write what waits as one line, and tell its callers how that went. */
  private async appendLine(): Promise<void> {
    while (this.rewriting) await this.rewriting;
    const batch = this.waiting;
    this.waiting = new WaitingLine();
    if (!batch.items.length) return batch.resolve();
    const s = this.seq + 1;
    const at = JSON.stringify(this.options.clock.now().toISOString());
    const line = `{"s":${s},"t":${at},"c":[${batch.items.map((b) => b.text).join(',')}]}`;
    this.appending = this.log.append([line]).then(() => void (this.seq = s));
    try {
      await this.appending;
    } catch (error) {
      return batch.reject(error);
    } finally {
      this.appending = null;
    }
    batch.resolve();
    if (this.log.bytes > Math.max(this.options.compactAfterBytes ?? COMPACT_AFTER_BYTES, 2 * this.fileLength)) {
      void this.commits.flush().catch((error: unknown) => console.error(`compacting ${this.file.adapter.path}`, error));
    }
  }

  private get fileLength(): number {
    return this.file.adapter.lastWrittenLength;
  }

  /**
   * Write the document as it is in memory, with the entries waiting for a line (they are in it),
   * then move the journal it now holds to `.journal.bak`. No line is appended meanwhile.
   */
  private async rewrite(): Promise<void> {
    let done!: () => void;
    const rewriting = new Promise<void>((resolve) => (done = resolve));
    while (this.rewriting) await this.rewriting;
    this.rewriting = rewriting;
    try {
      await this.appending?.catch(() => undefined);
      const held = this.waiting;
      this.waiting = new WaitingLine();
      const applied = this.sinceWrite.length;
      this.data.journalSeq = this.seq;
      try {
        await this.file.db.write();
      } catch (error) {
        // Not written: what waited for a line still does.
        held.joinBefore(this.waiting);
        throw error;
      }
      this.sinceWrite = this.sinceWrite.slice(applied);
      // Their entries are in the file.
      held.resolve();
      await this.log.rotate().catch((error: unknown) => console.error(`emptying ${this.log.path}`, error));
    } finally {
      this.rewriting = null;
      done();
    }
  }

  /** Put memory back to what is on disk: the file as last written, with every entry journaled since. */
  private revert(empty: () => T): void {
    const onDisk = this.file.adapter.durableData() ?? empty();
    for (const entry of this.sinceWrite) this.options.applyEntry(onDisk, entry);
    reconcile(this.data as Plain, onDisk as Plain);
  }

  private async load(): Promise<void> {
    const { options } = this;
    const now = options.clock.now();
    const restored = this.file.adapter.notices;
    this.notices.push(...restored);
    const base = this.data.journalSeq ?? 0;
    const lastRunClosed = options.lastRunClosed;
    const nameOf: NameOf = (c, k) => options.nameOf?.(this.data, { c, k }) ?? null;
    const opened = await openJournal({
      journal: this.log,
      fromBackup: restored.length > 0,
      seq: base,
      now,
      lastRunClosed,
      decode: (line) => line.c.map((entry) => options.decodeEntry(entry)),
      apply: (entries) => entries.forEach((entry) => options.applyEntry(this.data, entry)),
      nameOf,
    });
    const { replay } = opened;
    this.seq = replay.seq;
    const journalMissing = !restored.length && !opened.there && !lastRunClosed && opened.rotatedBefore;
    const notices = journalNotices({
      at: now.toISOString(),
      snapshotPath: this.file.adapter.path,
      journalPath: this.log.path,
      // The file's own recovery is noticed by its adapter; these are about the journal.
      found: { from: 'file', data: null },
      replay,
      ...(opened.stoppedIn ? { stoppedIn: opened.stoppedIn } : {}),
      ...(opened.copyFile ? { copyFile: opened.copyFile } : {}),
      keptLogs: opened.keptLogs,
      journalMissing,
      ...(opened.losses ? { losses: opened.losses } : {}),
      repaired: opened.repaired,
    });
    this.notices.push(...notices);
    // A journal left over by a crash (or a restore) is folded into the file now: the journal then
    // holds only what this run writes. Twice, so that the backup pairs with the emptied journal.
    if (this.log.bytes === 0 && replay.seq === base && !this.notices.length) return;
    try {
      await this.rewrite();
      await this.file.db.write();
    } catch (error) {
      console.error(`rewriting ${this.file.adapter.path} after replaying its journal`, error);
    }
  }
}
