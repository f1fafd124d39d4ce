import { InFlight } from '../in-flight';
import type { MailingRecord, OutboxDocument, OutboxMessage } from '@shared/model/message';
import type { OutboxStore } from './outbox-store';
import { messageFinder, statusEntry, type StatusEntry } from './outbox-status-entry';

type Change = (message: OutboxMessage) => void;
type Doc = OutboxDocument;

/**
 * What the outbox has on disk and what it still has to write. The worker may pick a message only
 * when it is free: its write is on disk and it is not on its way to the server, nor is what the
 * server said about it still unwritten. Each change finds its messages by id in the document as
 * it is when it runs, so it does not matter whether a failed write left the document in memory as
 * it was or as it is on disk. What the server said is kept until it is on disk, and written again
 * when a write failed: a message the server accepted is never picked again. Status changes while
 * sending go to the outbox's journal (a line each round, not the whole file); new messages and a
 * release rewrite the file.
 */
export class OutboxLedger {
  private readonly held = new Set<string>();
  /** Finds a message where it was in the document when last looked at; checked on every use. */
  private readonly byId = messageFinder();
  /** What the server said, as the journal entry that records it, until that is on disk. */
  private readonly outcomes = new Map<string, StatusEntry>();
  private readonly writes = new InFlight();
  /** Why the last write failed, until one works again. */
  failed: Error | null = null;

  constructor(
    private readonly store: OutboxStore,
    /** Told of a message once its final outcome (sent, failed) is on disk. */
    private readonly onFinal: (message: OutboxMessage) => void = () => {},
  ) {}

  free(id: string): boolean {
    return !this.held.has(id);
  }

  /** Whether what the server said about some message is not on disk yet. */
  get unwritten(): boolean {
    return this.outcomes.size > 0;
  }

  /** Write new messages (and a mailing's record) in one write; a write that fails leaves nothing of them in memory. */
  async add(messages: readonly OutboxMessage[], mailing?: MailingRecord): Promise<void> {
    const ids = messages.map((m) => m.id);
    await this.holding(
      ids,
      (doc) => {
        doc.messages.push(...messages);
        if (mailing) doc.mailings.push(mailing);
      },
      (doc) => {
        const gone = new Set(ids);
        doc.messages = doc.messages.filter((m) => !gone.has(m.id));
        if (mailing) doc.mailings = doc.mailings.filter((m) => m.id !== mailing.id);
      },
    );
  }

  /** Queue what the capture mailbox holds again; resolves with how many, once that is on disk. */
  async release(): Promise<number> {
    const captured = (m: OutboxMessage) => m.via === 'capture' && m.status === 'sent' && this.free(m.id);
    const was = ({ status, via, sentAt, attempts }: OutboxMessage) => ({ status, via, sentAt, attempts });
    const before = new Map(this.store.data.messages.filter(captured).map((m) => [m.id, was(m)]));
    await this.holding(
      before.keys(),
      (doc) =>
        this.apply(doc, before.keys(), (m) => {
          m.status = 'queued';
          delete m.via;
          delete m.sentAt;
          m.attempts = 0;
        }),
      (doc) => this.apply(doc, before.keys(), (m) => Object.assign(m, before.get(m.id))),
    );
    return before.size;
  }

  /** The worker takes these messages, held until what the server says is on disk; returns their attempt numbers. */
  markSending(messages: readonly OutboxMessage[]): Map<string, number> {
    const attempts = new Map(messages.map((m) => [m.id, m.attempts + 1]));
    for (const id of attempts.keys()) this.held.add(id);
    const entries = this.entries(attempts.keys(), (m) => {
      m.status = 'sending';
      m.attempts = attempts.get(m.id)!;
    });
    this.track(this.store.journal(entries));
    return attempts;
  }

  /** What the server said about a message: written now, and again at the next round if that fails. */
  record(id: string, change: Change): void {
    const [entry] = this.entries([id], change);
    if (!entry) return void this.held.delete(id);
    this.outcomes.set(id, entry);
    this.track(this.store.journal([entry]).then(() => this.settle(id, entry)));
  }

  /** Write what the server said that is not on disk yet; `failed` says whether it worked. */
  async writeOutcomes(): Promise<void> {
    const unwritten = [...this.outcomes];
    if (unwritten.length) {
      try {
        await this.store.journal(unwritten.map(([, entry]) => entry));
      } catch (error) {
        this.fail(error);
        return;
      }
    }
    this.failed = null;
    for (const [id, entry] of unwritten) this.settle(id, entry);
  }

  /** Resolves when every write the worker started has ended (it never rejects: a failure is in `failed`). */
  async idle(): Promise<void> {
    await this.writes.idle();
  }

  /** Apply `change` to each message with one of these ids, as the document is now. */
  private apply(doc: Doc, ids: Iterable<string>, change: Change): void {
    for (const id of ids) {
      const message = this.byId(doc, id);
      if (message) change(message);
    }
  }

  /** The journal entries for `change` to each message with one of these ids (it is applied when they are journaled). */
  private entries(ids: Iterable<string>, change: Change): StatusEntry[] {
    const doc = this.store.data;
    return [...ids].flatMap((id) => {
      const message = this.byId(doc, id);
      return message ? [statusEntry(message, change)] : [];
    });
  }

  private settle(id: string, entry: StatusEntry): void {
    if (this.outcomes.get(id) !== entry) return;
    this.outcomes.delete(id);
    this.held.delete(id);
    const message = this.byId(this.store.data, id);
    if (message?.status === 'sent' || message?.status === 'failed') this.onFinal(message);
  }

  /** Note a failed write; the first of a run of failures is logged (the app stays up and says so in Messages). */
  private fail(error: unknown): void {
    if (!this.failed) console.error('outbox: a round could not record its results', error);
    this.failed = error as Error;
  }

  private track(write: Promise<void>): void {
    this.writes.add(
      write.catch((error: unknown) => {
        this.fail(error);
      }),
    );
  }

  /** Hold `ids` while `change` is written; if the write fails, `undo` takes it out of memory again. */
  private async holding(ids: Iterable<string>, change: (doc: Doc) => void, undo: (doc: Doc) => void): Promise<void> {
    const held = [...ids];
    for (const id of held) this.held.add(id);
    try {
      await this.store.update(change);
      this.failed = null;
    } catch (error) {
      // Not stored. Whatever the store kept in memory must go, or its next write would store it.
      undo(this.store.data);
      this.fail(error);
      throw error;
    } finally {
      for (const id of held) this.held.delete(id);
    }
  }
}
