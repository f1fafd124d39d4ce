import { ApiError } from '../../shared/api/errors';
import { randomUUID } from 'node:crypto';
import type { OutboxMessage } from '../../shared/model/message';
import type { Clock } from '../clock';
import type { MessageHistory } from './message-history';
import type { OutboxStore } from './outbox-store';
import { classifyFailure, type MailTransport } from './transport';

/** What callers hand to the outbox; it adds ids, status and bookkeeping. */
export type MessageDraft = Omit<OutboxMessage, 'id' | 'messageId' | 'createdAt' | 'status' | 'attempts' | 'via' | 'attachments'> & Partial<Pick<OutboxMessage, 'attachments'>>;

export interface OutboxOptions {
  store: OutboxStore;
  clock: Clock;
  /** The transport to use now: SMTP when configured, else the capture mailbox. */
  transport(): MailTransport;
  /** Messages in flight at most (the pool sends them in parallel). */
  batch?: number;
  maxAttempts?: number;
  /** Timers for retries; tests leave them off and call drain() after moving the clock. */
  timers?: boolean;
  domain?: string;
  /** Where an attachment's file is. */
  attachmentPath?: (id: string) => string;
  /** Where history older than a day goes; without it, all history stays in the outbox file. */
  history?: MessageHistory;
}

export interface OutboxStatus {
  paused: boolean;
  queued: number;
  sending: number;
  failed: number;
  via: 'smtp' | 'capture';
  nextAttemptAt?: string;
  lastError?: string;
}

/** How often history moves to the archive while the app runs (it also moves on start). */
export const ARCHIVE_EVERY_MS = 60 * 60_000;

/** A background round whose writes failed (a full disk): logged, never an unhandled rejection that ends the app. */
const reportFailedRound = (error: unknown) => console.error('outbox: a round could not record its results', error);

/** Keep a write for `Promise.all` later, without leaving it unhandled should it fail before then. */
const held = (write: Promise<void>): Promise<void> => (write.catch(() => undefined), write);

const backoff = (attempts: number) => Math.min(15 * 60_000, 10_000 * 2 ** Math.max(0, attempts - 1));

/**
 * The durable outbox. A message is written (with its Message-ID) before anything is sent; a
 * worker then sends due messages with retries. After a crash, messages caught in "sending" go
 * back to the queue with the same Message-ID: the only repeat a crash can cause is one resend of
 * a message the server accepted just before we recorded it.
 */
export class Outbox {
  private paused = false;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private archiveTimer: ReturnType<typeof setInterval> | null = null;
  private lastError: string | undefined;
  private readonly batch: number;
  private readonly maxAttempts: number;

  constructor(private readonly o: OutboxOptions) {
    this.batch = o.batch ?? 100;
    this.maxAttempts = o.maxAttempts ?? 8;
  }

  /** Recover from a crash: what was being sent is queued again. */
  async start(): Promise<void> {
    const stuck = this.o.store.data.messages.filter((m) => m.status === 'sending');
    if (stuck.length) await this.o.store.update(() => stuck.forEach((m) => (m.status = 'queued')));
    this.kick();
  }

  async enqueue(drafts: MessageDraft[]): Promise<OutboxMessage[]> {
    const now = this.o.clock.now().toISOString();
    const domain = this.o.domain ?? 'stroomlijn.local';
    const messages: OutboxMessage[] = drafts.map((d) => {
      const id = randomUUID();
      const skip = d.skipReason ?? (d.to.email ? undefined : 'noAddress');
      return { ...d, attachments: d.attachments ?? [], id, messageId: `<${id}@${domain}>`, createdAt: now, status: skip ? 'skipped' : 'queued', attempts: 0, ...(skip ? { skipReason: skip } : {}) };
    });
    await this.o.store.update((doc) => void doc.messages.push(...messages));
    this.kick();
    return messages;
  }

  /** Queue a copy of a message again, as a new message; also one from the archive. */
  async resend(id: string): Promise<OutboxMessage> {
    const original = this.o.history ? await this.o.history.find(id) : this.o.store.data.messages.find((m) => m.id === id);
    if (!original) throw new ApiError('not_found', `There is no message with id "${id}".`);
    const { id: _id, messageId: _mid, createdAt: _c, status: _s, attempts: _a, via: _v, nextAttemptAt: _n, lastError: _l, sentAt: _t, response: _r, skipReason: _k, ...draft } = original;
    const [copy] = await this.enqueue([{ ...draft, source: { ...draft.source, kind: 'resend' } }]);
    return copy!;
  }

  /** Whether a message of this engine effect was ever written (it is live, or its key was noted when it was archived). */
  sentEffect(key: string): boolean {
    return this.o.store.data.messages.some((m) => m.source.effectKey === key) || (this.o.history?.archivedEffect(key) ?? false);
  }

  /** Move history older than a day to the archive now; resolves to how many messages moved. Tests call it after moving the clock. */
  archiveHistory(): Promise<number> {
    return this.o.history?.archiveOld() ?? Promise.resolve(0);
  }

  /** On start (after the runtime resumed): move old history now and, with timers, every hour. */
  async keepHistoryArchived(): Promise<void> {
    await this.archiveHistory();
    if (this.o.timers === false || this.archiveTimer) return;
    this.archiveTimer = setInterval(() => void this.archiveHistory().catch((e: unknown) => console.error('archiving message history', e)), ARCHIVE_EVERY_MS);
    this.archiveTimer.unref?.();
  }

  /** Send what the capture mailbox holds through SMTP, now that it is configured. */
  async releaseCaptured(): Promise<number> {
    const captured = this.o.store.data.messages.filter((m) => m.via === 'capture' && m.status === 'sent');
    await this.o.store.update(() =>
      captured.forEach((m) => {
        m.status = 'queued';
        delete m.via;
        delete m.sentAt;
        m.attempts = 0;
      }),
    );
    this.kick();
    return captured.length;
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.kick();
  }

  status(): OutboxStatus {
    const messages = this.o.store.data.messages;
    const count = (s: OutboxMessage['status']) => messages.filter((m) => m.status === s).length;
    const next = messages.filter((m) => m.status === 'queued' && m.nextAttemptAt).map((m) => m.nextAttemptAt!).sort()[0];
    return { paused: this.paused, queued: count('queued'), sending: count('sending'), failed: count('failed'), via: this.o.transport().via, ...(next ? { nextAttemptAt: next } : {}), ...(this.lastError ? { lastError: this.lastError } : {}) };
  }

  /** Send every message that is due now; resolves when none is left. Safe to call at any time. */
  drain(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.drain().catch(reportFailedRound);
      } else this.schedule();
    });
    return this.running;
  }

  async close(): Promise<void> {
    this.paused = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.archiveTimer) clearInterval(this.archiveTimer);
    await this.running;
    await this.o.history?.close();
    await this.o.store.idle();
  }

  private kick(): void {
    if (this.o.timers !== false && !this.paused) queueMicrotask(() => void this.drain().catch(reportFailedRound));
  }

  private schedule(): void {
    if (this.o.timers === false || this.paused) return;
    if (this.timer) clearTimeout(this.timer);
    const next = this.status().nextAttemptAt;
    if (!next) return;
    const wait = Math.max(0, Date.parse(next) - this.o.clock.now().getTime());
    this.timer = setTimeout(() => void this.drain().catch(reportFailedRound), wait);
  }

  /** Every message due now, oldest first. */
  private due(): OutboxMessage[] {
    const now = this.o.clock.now().toISOString();
    return this.o.store.data.messages.filter((m) => m.status === 'queued' && (!m.nextAttemptAt || m.nextAttemptAt <= now));
  }

  /**
   * Keep up to `batch` messages in flight: as the server accepts one, the next starts. Status
   * changes are recorded through the store's group commit without holding up the pool; drain()
   * resolves only once every record is on disk. Every message was durably stored as queued
   * before this runs, so a crash at any point resends at most what was in flight, each with its
   * own Message-ID.
   */
  private async loop(): Promise<void> {
    const inFlight = new Set<Promise<void>>();
    const writes: Promise<void>[] = [];
    // One scan for what is due; later arrivals start another round (see drain).
    let pending = this.due();
    for (;;) {
      if (pending.length === 0 && inFlight.size === 0 && !this.paused) pending = this.due();
      const room = this.batch - inFlight.size;
      const due = this.paused || room <= 0 ? [] : pending.splice(0, room).filter((m) => m.status === 'queued');
      if (due.length === 0) {
        if (inFlight.size === 0) break;
        await Promise.race(inFlight);
        continue;
      }
      const transport = this.o.transport();
      writes.push(
        held(this.o.store.update(() =>
          due.forEach((m) => {
            m.status = 'sending';
            m.attempts += 1;
          }),
        )),
      );
      for (const m of due) {
        const job: Promise<void> = this.sendOne(m, transport, writes).finally(() => inFlight.delete(job));
        inFlight.add(job);
      }
    }
    await Promise.all(writes);
  }

  private async sendOne(m: OutboxMessage, transport: MailTransport, writes: Promise<void>[]): Promise<void> {
    try {
      const attachments = (m.attachments ?? []).map((a) => ({ filename: a.name, contentType: a.contentType, path: this.o.attachmentPath?.(a.id) ?? a.id }));
      const response = await transport.send({ messageId: m.messageId, from: m.from, to: { name: m.to.name, email: m.to.email! }, subject: m.subject, html: m.html, text: m.text, attachments });
      const at = this.o.clock.now().toISOString();
      this.lastError = undefined;
      writes.push(held(this.o.store.update(() => {
        Object.assign(m, { status: 'sent', sentAt: at, response, via: transport.via });
        if (m.source.keepBody === false) Object.assign(m, { html: '', text: '' });
        delete m.nextAttemptAt;
        delete m.lastError;
      })));
    } catch (error) {
      const failure = classifyFailure(error);
      this.lastError = failure.reason;
      const final = !failure.retry || m.attempts >= this.maxAttempts;
      const next = new Date(this.o.clock.now().getTime() + backoff(m.attempts)).toISOString();
      writes.push(held(this.o.store.update(() => {
        m.lastError = failure.reason;
        if (final) {
          m.status = 'failed';
          delete m.nextAttemptAt;
        } else {
          m.status = 'queued';
          m.nextAttemptAt = next;
        }
      })));
    }
  }
}
