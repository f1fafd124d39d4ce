import { MessageStatuses, type MessageStatus, type OutboxMessage } from '@shared/model/message';
import type { Clock } from '../clock';
import type { MessageArchive } from './message-archive';
import type { OutboxStore } from './outbox-store';

const DAY = 24 * 60 * 60_000;

/** What `messages.list` filters on. */
export interface MessageFilter {
  status?: OutboxMessage['status'];
  via?: 'smtp' | 'capture';
  templateId?: string;
  mailingId?: string;
  itemId?: string;
  /** Sent to one of these (kind and id as the message's `to` records them). */
  recipients?: { kind: OutboxMessage['to']['kind']; id: string }[];
  search?: string;
  /** Written on or after this day (YYYY-MM-DD). */
  from?: string;
  /** Written on or before this day (YYYY-MM-DD). */
  until?: string;
  limit: number;
}

export interface MessageHistoryOptions {
  store: OutboxStore;
  archive: MessageArchive;
  clock: Clock;
  /** How long a handled message stays in outbox.json before it moves to the archive (default a day). */
  archiveAfterMs?: number;
  /** For how many days after a message was written the effect key is kept once it is archived (default 14; see `archivedEffect`). */
  effectKeyDays?: number;
}

const handled = (m: OutboxMessage) => m.status === 'sent' || m.status === 'failed' || m.status === 'skipped';
/** In the capture mailbox, still to be sent on by messages.releaseCaptured. */
const captured = (m: OutboxMessage) => m.via === 'capture' && m.status === 'sent';

function matcher(filter: MessageFilter): (m: OutboxMessage) => boolean {
  const q = filter.search?.toLowerCase();
  return (m) =>
    (!filter.status || m.status === filter.status) &&
    (!filter.via || m.via === filter.via) &&
    (!filter.templateId || m.source.templateId === filter.templateId) &&
    (!filter.mailingId || m.source.mailingId === filter.mailingId) &&
    (!filter.itemId || m.source.itemId === filter.itemId) &&
    (!filter.recipients || filter.recipients.some((r) => r.kind === m.to.kind && r.id === m.to.id)) &&
    (!q || `${m.subject} ${m.to.name} ${m.to.email ?? ''}`.toLowerCase().includes(q)) &&
    (!filter.from || m.createdAt.slice(0, 10) >= filter.from) &&
    (!filter.until || m.createdAt.slice(0, 10) <= filter.until);
}

const newestFirst = (a: OutboxMessage, b: OutboxMessage) =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;

/**
 * The message history across outbox.json (open work and the last day) and the monthly message
 * archive, and the move between them, so the file every send rewrites grows with open work, not
 * with years of history (DESIGN §9).
 */
export class MessageHistory {
  private moving: Promise<number> | null = null;
  /** The keys of `store.data.archivedEffects`, to look up. */
  private effectKeys = new Set<string>();
  private readonly archiveAfterMs: number;
  private readonly effectKeyDays: number;

  constructor(private readonly o: MessageHistoryOptions) {
    this.archiveAfterMs = o.archiveAfterMs ?? DAY;
    this.effectKeyDays = o.effectKeyDays ?? 14;
    this.indexEffects();
  }

  /** Messages that pass the filter, newest first: the live ones and the archived ones, at most `limit`. */
  async list(filter: MessageFilter): Promise<OutboxMessage[]> {
    const match = matcher(filter);
    const messages = this.o.store.data.messages;
    const live = messages.filter(match).reverse();
    // Queued and sending messages are never archived.
    if (filter.status === 'queued' || filter.status === 'sending') return live.slice(0, filter.limit);
    const liveIds = new Set(messages.map((m) => m.id));
    const archived = await this.o.archive.list({
      // One still live (a crash came between its archiving and its removal) is listed once, as it is live.
      keep: (m) => !liveIds.has(m.id) && match(m),
      limit: filter.limit,
      months: this.monthsFor(filter),
    });
    if (!archived.length) return live.slice(0, filter.limit);
    return [...live, ...archived].sort(newestFirst).slice(0, filter.limit);
  }

  /** How many messages that pass the filter there are in each status, live and archived (a mailing's progress). */
  async countByStatus(filter: Omit<MessageFilter, 'limit'>): Promise<Record<MessageStatus, number>> {
    const counts = Object.fromEntries(MessageStatuses.map((s) => [s, 0])) as Record<MessageStatus, number>;
    const match = matcher({ ...filter, limit: 0 });
    const messages = this.o.store.data.messages;
    for (const m of messages) if (match(m)) counts[m.status] += 1;
    const liveIds = new Set(messages.map((m) => m.id));
    const tally = (m: OutboxMessage) => {
      if (!liveIds.has(m.id) && match(m)) counts[m.status] += 1;
      return false;
    };
    await this.o.archive.list({ keep: tally, limit: Number.POSITIVE_INFINITY, months: this.monthsFor(filter) });
    return counts;
  }

  /** A message wherever it is. */
  async find(id: string): Promise<OutboxMessage | undefined> {
    return this.o.store.data.messages.find((m) => m.id === id) ?? (await this.o.archive.find(id));
  }

  /**
   * Whether an archived message, written in the last `effectKeyDays` days, carried out this
   * engine effect. The runtime asks (beside the live messages) before it carries out an effect
   * that was written but maybe not noted done: an effect is noted done right after its message
   * is written, so one is left over only by a crash in between, and the next start resumes it
   * before it archives anything. Only a delivery held while the engine is paused can wait
   * longer. So a key is wanted for seconds, or for as long as a pause: two weeks after the
   * message was written covers a long holiday, and keeps outbox.json small (a key per workflow
   * message of those two weeks, none for older history moved in bulk).
   */
  archivedEffect(key: string): boolean {
    return this.effectKeys.has(key);
  }

  /**
   * Move handled messages (sent, failed, skipped) older than `archiveAfterMs` to the archive:
   * appended there first, then removed from outbox.json in one write. A crash in between leaves
   * a copy in both, which the list shows once and the next move appends again (the archive reads
   * the last one). Queued and sending messages and what the capture mailbox holds stay.
   */
  archiveOld(): Promise<number> {
    this.moving ??= this.move().finally(() => (this.moving = null));
    return this.moving;
  }

  async close(): Promise<void> {
    await this.moving;
    await this.o.archive.close();
  }

  private async move(): Promise<number> {
    const now = this.o.clock.now().getTime();
    const cutoff = new Date(now - this.archiveAfterMs).toISOString();
    const oldestDay = new Date(now - this.effectKeyDays * DAY).toISOString().slice(0, 10);
    const { data } = this.o.store;
    const old = data.messages.filter((m) => handled(m) && !captured(m) && (m.sentAt ?? m.createdAt) <= cutoff);
    const expired = data.archivedEffects.some((e) => e.day < oldestDay);
    if (!old.length && !expired) return 0;
    await this.o.archive.append(old);
    const ids = new Set(old.map((m) => m.id));
    // Removal and the effect keys in one write (and at once in memory, so no check falls between them).
    await this.o.store.update((doc) => {
      doc.messages = doc.messages.filter((m) => !ids.has(m.id));
      const byDay = new Map(doc.archivedEffects.filter((e) => e.day >= oldestDay).map((e) => [e.day, new Set(e.keys)]));
      for (const m of old) {
        const day = m.createdAt.slice(0, 10);
        if (!m.source.effectKey || day < oldestDay) continue;
        if (!byDay.has(day)) byDay.set(day, new Set());
        byDay.get(day)!.add(m.source.effectKey);
      }
      doc.archivedEffects = [...byDay]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([day, keys]) => ({ day, keys: [...keys] }));
      this.indexEffects();
    });
    return old.length;
  }

  /** The archive months a filter can match: a date filter, and a mailing's messages were written after it. */
  private monthsFor(filter: Pick<MessageFilter, 'from' | 'until' | 'mailingId'>): (month: string) => boolean {
    const mailing = filter.mailingId ? this.o.store.data.mailings.find((m) => m.id === filter.mailingId) : undefined;
    const mailingMonth = mailing?.createdAt.slice(0, 7);
    const since = [filter.from?.slice(0, 7), mailingMonth]
      .filter((m) => m !== undefined)
      .sort()
      .at(-1);
    const until = filter.until?.slice(0, 7);
    return (month) => (!since || month >= since) && (!until || month <= until);
  }

  private indexEffects(): void {
    this.effectKeys = new Set(this.o.store.data.archivedEffects.flatMap((e) => e.keys));
  }
}
