import { ApiError } from '@shared/api/errors';
import { randomUUID } from 'node:crypto';
import type { MailingRecord, OutboxMessage } from '@shared/model/message';
import type { Clock } from '../clock';
import type { MessageHistory } from './message-history';
import type { OutboxStore } from './outbox-store';
import { OutboxLedger } from './outbox-ledger';
import { classifyFailure, type Failure, type MailTransport } from './transport';
import type { Reason } from '@shared/api/reasons';

/** What callers hand to the outbox; it adds ids, status and bookkeeping. */
export type MessageDraft = Omit<
  OutboxMessage,
  'id' | 'messageId' | 'createdAt' | 'status' | 'attempts' | 'via' | 'attachments'
> &
  Partial<Pick<OutboxMessage, 'attachments'>>;

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
  /** What the SMTP server (or the connection to it) said last time it failed. */
  lastError?: string;
  /** lastError as a reason the renderer translates. */
  lastErrorReason?: Reason;
  /** outbox.json could not be written: nothing is sent until it can be. */
  writeFailed?: boolean;
}

/** How often history moves to the archive while the app runs (it also moves on start). */
export const ARCHIVE_EVERY_MS = 60 * 60_000;

/** After a write of the outbox file failed, how long before the worker tries to write (and send) again. */
export const WRITE_RETRY_MS = 5_000;

const backoff = (attempts: number) => Math.min(15 * 60_000, 10_000 * 2 ** Math.max(0, attempts - 1));

/**
 * The durable outbox. A message is written (with its Message-ID) before anything is sent, and the
 * worker hands a message to the transport only once the write that stored it is on disk; it then
 * sends due messages with retries. After a crash, messages caught in "sending" go back to the
 * queue with the same Message-ID: the only repeat a crash can cause is one resend of a message
 * the server accepted just before we recorded it.
 */
export class Outbox {
  private paused = false;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private archiveTimer: ReturnType<typeof setInterval> | null = null;
  private lastError: Failure | undefined;
  private readonly batch: number;
  /** How much room in the batch before more messages are taken. */
  private readonly refill: number;
  private readonly maxAttempts: number;
  private readonly settledListeners = new Set<(message: OutboxMessage) => void>();
  private readonly ledger: OutboxLedger;

  constructor(private readonly o: OutboxOptions) {
    this.batch = o.batch ?? 100;
    this.refill = Math.max(1, Math.floor(this.batch / 10));
    this.maxAttempts = o.maxAttempts ?? 8;
    this.ledger = new OutboxLedger(o.store, (message) => this.settled(message));
  }

  /** Recover from a crash: what was being sent is queued again. */
  async start(): Promise<void> {
    const stuck = this.o.store.data.messages.filter((m) => m.status === 'sending');
    if (stuck.length) await this.o.store.update(() => stuck.forEach((m) => (m.status = 'queued')));
    this.kick();
  }

  /**
   * Store messages (and, for a mailing, its record) in one durable write; resolves once it is on
   * disk. Only then may the worker send them. A write that fails leaves nothing behind.
   */
  async enqueue(drafts: MessageDraft[], mailing?: MailingRecord): Promise<OutboxMessage[]> {
    const now = this.o.clock.now().toISOString();
    const domain = this.o.domain ?? 'stroomlijn.local';
    // Message-IDs are random, not derived from the effect and recipient: nothing is sent before it is
    // on disk and the runtime asks the outbox before it carries an effect out again, so a message
    // has one record. A derived ID would not be unique across installations (sample workflows and
    // records have the same ids everywhere: a receiver would drop a real mail as a duplicate), and
    // it would hide a second record from the crash test, which counts Message-IDs per message.
    const messages: OutboxMessage[] = drafts.map((d) => {
      const id = randomUUID();
      const skip = d.skipReason ?? (d.to.email ? undefined : 'noAddress');
      return {
        ...d,
        attachments: d.attachments ?? [],
        id,
        messageId: `<${id}@${domain}>`,
        createdAt: now,
        status: skip ? 'skipped' : 'queued',
        attempts: 0,
        ...(skip ? { skipReason: skip } : {}),
      };
    });
    await this.ledger.add(messages, mailing);
    for (const m of messages) if (m.status === 'skipped') this.settled(m);
    this.kick();
    return messages;
  }

  /**
   * Told of each message once its outcome is on disk: sent (with the server's answer, or kept in
   * the capture mailbox), failed (with the reason) or skipped. Returns how to stop listening.
   */
  onSettled(listener: (message: OutboxMessage) => void): () => void {
    this.settledListeners.add(listener);
    return () => this.settledListeners.delete(listener);
  }

  /** The message last written for an engine effect: in the outbox file, or by its id in the archive. */
  async effectMessage(key: string, id?: string): Promise<OutboxMessage | undefined> {
    const live = this.o.store.data.messages.findLast((m) => m.source.effectKey === key);
    if (live || !id) return live;
    return this.o.history?.find(id);
  }

  private settled(message: OutboxMessage): void {
    for (const listener of this.settledListeners) {
      try {
        listener(message);
      } catch (error) {
        console.error('a listener to the outbox failed', error);
      }
    }
  }

  /** Queue a copy of a message again, as a new message; also one from the archive. */
  async resend(id: string): Promise<OutboxMessage> {
    const original = this.o.history
      ? await this.o.history.find(id)
      : this.o.store.data.messages.find((m) => m.id === id);
    if (!original) throw ApiError.because('not_found', 'notFound', { thing: 'message', id });
    const {
      id: _id,
      messageId: _mid,
      createdAt: _c,
      status: _s,
      attempts: _a,
      via: _v,
      nextAttemptAt: _n,
      lastError: _l,
      lastErrorReason: _lr,
      sentAt: _t,
      response: _r,
      skipReason: _k,
      ...draft
    } = original;
    const [copy] = await this.enqueue([{ ...draft, source: { ...draft.source, kind: 'resend' } }]);
    return copy!;
  }

  /** Whether a message of this engine effect was ever written (it is live, or its key was noted when it was archived). */
  sentEffect(key: string): boolean {
    return (
      this.o.store.data.messages.some((m) => m.source.effectKey === key) ||
      (this.o.history?.archivedEffect(key) ?? false)
    );
  }

  /** Move history older than a day to the archive now; resolves to how many messages moved. Tests call it after moving the clock. */
  archiveHistory(): Promise<number> {
    return this.o.history?.archiveOld() ?? Promise.resolve(0);
  }

  /** On start (after the runtime resumed): move old history now and, with timers, every hour. */
  async keepHistoryArchived(): Promise<void> {
    await this.archiveHistory();
    if (this.o.timers === false || this.archiveTimer) return;
    this.archiveTimer = setInterval(
      () => void this.archiveHistory().catch((e: unknown) => console.error('archiving message history', e)),
      ARCHIVE_EVERY_MS,
    );
    this.archiveTimer.unref?.();
  }

  /** Send what the capture mailbox holds through SMTP, now that it is configured (once that is on disk). */
  async releaseCaptured(): Promise<number> {
    const released = await this.ledger.release();
    this.kick();
    return released;
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
    const next = messages
      .filter((m) => m.status === 'queued' && m.nextAttemptAt)
      .map((m) => m.nextAttemptAt!)
      .sort()[0];
    const failure = this.lastError;
    return {
      paused: this.paused,
      queued: count('queued'),
      sending: count('sending'),
      failed: count('failed'),
      via: this.o.transport().via,
      ...(next ? { nextAttemptAt: next } : {}),
      ...(failure ? { lastError: failure.reason, lastErrorReason: failure.why } : {}),
      ...(this.ledger.failed ? { writeFailed: true } : {}),
    };
  }

  /**
   * Send every message that is due now; resolves when none is left (or the outbox file cannot be
   * written: then it tries again later). Never rejects. Safe to call at any time.
   */
  drain(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop()
      .catch((error: unknown) => console.error('the outbox worker stopped', error))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          void this.drain();
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
    if (this.o.timers !== false && !this.paused) queueMicrotask(() => void this.drain());
  }

  private schedule(): void {
    if (this.o.timers === false || this.paused) return;
    if (this.timer) clearTimeout(this.timer);
    const now = this.o.clock.now().getTime();
    const writeAgain = this.ledger.unwritten || this.ledger.failed;
    const next = writeAgain ? new Date(now + WRITE_RETRY_MS).toISOString() : this.status().nextAttemptAt;
    if (!next) return;
    this.timer = setTimeout(() => void this.drain(), Math.max(0, Date.parse(next) - now));
  }

  /** Every message due now and on disk, oldest first. */
  private due(): OutboxMessage[] {
    const now = this.o.clock.now().toISOString();
    const due = (m: OutboxMessage) => m.status === 'queued' && (!m.nextAttemptAt || m.nextAttemptAt <= now);
    return this.o.store.data.messages.filter((m) => due(m) && this.ledger.free(m.id));
  }

  /**
   * Keep up to `batch` messages in flight: as the server accepts one, the next starts. Status
   * changes are recorded through the store's group commit without holding up the pool; drain()
   * resolves only once every record is on disk. Only messages whose write is on disk are sent, so
   * a crash at any point resends at most what was in flight, each with its own Message-ID. While
   * the outbox file cannot be written nothing new is sent: what the server said is kept and
   * written first when writing works again.
   */
  private async loop(): Promise<void> {
    await this.ledger.writeOutcomes();
    const inFlight = new Set<Promise<void>>();
    // Woken as a send ends (one waiter, not a Promise.race over every send in flight each time).
    let wake: (() => void) | null = null;
    // One scan for what is due; later arrivals start another round (see drain).
    let pending = this.due();
    for (;;) {
      const stop = this.paused || this.ledger.failed;
      if (pending.length === 0 && inFlight.size === 0 && !stop) pending = this.due();
      // Refilled a few at a time, not one per finished send: each refill is one journal line.
      const room = this.batch - inFlight.size;
      const worth = room >= Math.min(this.refill, pending.length) || inFlight.size === 0;
      const taken = stop || room <= 0 || !worth ? [] : pending.splice(0, room);
      const due = taken.filter((m) => m.status === 'queued' && this.ledger.free(m.id));
      if (due.length === 0) {
        if (inFlight.size === 0) break;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      const transport = this.o.transport();
      const attempts = this.ledger.markSending(due);
      for (const m of due) {
        const job: Promise<void> = this.sendOne(m, attempts.get(m.id)!, transport).finally(() => {
          inFlight.delete(job);
          wake?.();
        });
        inFlight.add(job);
      }
    }
    await this.ledger.idle();
  }

  private async sendOne(m: OutboxMessage, attempts: number, transport: MailTransport): Promise<void> {
    try {
      const attachments = (m.attachments ?? []).map((a) => ({
        filename: a.name,
        contentType: a.contentType,
        path: this.o.attachmentPath?.(a.id) ?? a.id,
      }));
      const response = await transport.send({
        messageId: m.messageId,
        from: m.from,
        to: { name: m.to.name, email: m.to.email! },
        ...(m.replyTo ? { replyTo: m.replyTo } : {}),
        subject: m.subject,
        html: m.html,
        text: m.text,
        attachments,
      });
      const at = this.o.clock.now().toISOString();
      this.lastError = undefined;
      this.ledger.record(m.id, (r) => {
        Object.assign(r, { status: 'sent', attempts, sentAt: at, response, via: transport.via });
        if (r.source.keepBody === false) Object.assign(r, { html: '', text: '' });
        delete r.nextAttemptAt;
        delete r.lastError;
        delete r.lastErrorReason;
      });
    } catch (error) {
      const failure = classifyFailure(error);
      this.lastError = failure;
      const final = !failure.retry || attempts >= this.maxAttempts;
      const next = new Date(this.o.clock.now().getTime() + backoff(attempts)).toISOString();
      this.ledger.record(m.id, (r) => {
        Object.assign(r, {
          attempts,
          lastError: failure.reason,
          lastErrorReason: failure.why,
          status: final ? 'failed' : 'queued',
        });
        if (final) delete r.nextAttemptAt;
        else r.nextAttemptAt = next;
      });
    }
  }
}
