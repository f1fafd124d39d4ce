// The outbox's journal (outbox.json.journal and its copy .2) broken on purpose, through the real
// files: a crash after some of its lines, a torn or garbled line, a disk that refuses it, a crash
// between rewriting outbox.json and emptying the journal. Every check counts the Message-IDs the
// real SMTP server received per message: never two for one message.
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '@shared/model/message';
import { Outbox } from '../../main/mail/outbox';
import { openOutboxStore, type OutboxStore } from '../../main/mail/outbox-store';
import { captureTransport, type MailTransport, smtpTransport } from '../../main/mail/transport';
import { fakeClock } from '../helpers/clock';
import { messageDraft as draft } from '../helpers/message-draft';
import { journalLines, outboxOnDisk } from '../helpers/outbox-on-disk';
import { refuseWrites } from '../helpers/refuse-writes';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

const JOURNALS = ['outbox.json.journal', 'outbox.json.journal.2'];

async function server(): Promise<TestSmtp> {
  const smtp = await startSmtp();
  cleanup.push(() => smtp.close());
  return smtp;
}

/** The outbox on `dataDir`, sending to `smtp` (or into the capture mailbox), as a start opens it. */
async function open(dataDir: string, smtp: TestSmtp | null, clock = fakeClock()) {
  const store = await openOutboxStore(dataDir, clock);
  let transport: MailTransport = captureTransport;
  if (smtp) {
    const pool = smtpTransport({ host: '127.0.0.1', port: smtp.port, secure: false });
    cleanup.push(() => pool.close());
    transport = pool;
  }
  const outbox = new Outbox({ store, clock, transport: () => transport, timers: false });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await outbox.close();
    await store.close();
  };
  cleanup.push(close);
  await outbox.start();
  return { store, outbox, close, setTransport: (t: MailTransport) => (transport = t) };
}

/** The data folder as a crash would leave it now (the store stays open: its process "died"). */
function crashCopy(from: string): string {
  const to = tempDir();
  cpSync(from, to, { recursive: true });
  return to;
}

/** Per message (by subject), the Message-IDs the server received for it. */
function idsBySubject(smtp: TestSmtp): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  for (const m of smtp.received) {
    if (!seen.has(m.subject!)) seen.set(m.subject!, new Set());
    seen.get(m.subject!)!.add(m.messageId!);
  }
  return seen;
}

/** Each message reached the server under its own Message-ID, and under no other. */
function expectOneIdPerMessage(smtp: TestSmtp, messages: readonly OutboxMessage[]): void {
  const seen = idsBySubject(smtp);
  for (const m of messages) expect([...(seen.get(m.subject) ?? [])]).toEqual([m.messageId]);
  expect(seen.size).toBe(messages.length);
}

const statuses = (store: OutboxStore) => store.data.messages.map((m) => m.status);

/** A new outbox that stored messages 1…count and sent them to a real SMTP server. */
async function sentAll(count: number) {
  const smtp = await server();
  const dir = tempDir();
  const live = await open(dir, smtp);
  const queued = await live.outbox.enqueue(Array.from({ length: count }, (_, i) => draft(i + 1)));
  await live.outbox.drain();
  return { smtp, dir, live, queued };
}

/** Drain `outbox`; then the server has `total` mails, each message under its own Message-ID only. */
async function drainAndCount(outbox: Outbox, smtp: TestSmtp, messages: readonly OutboxMessage[], total: number) {
  await outbox.drain();
  expectOneIdPerMessage(smtp, messages);
  expect(smtp.received).toHaveLength(total);
}

describe('the outbox journal', () => {
  it('writes status changes as lines, not outbox.json, and replays them after a crash', async () => {
    const smtp = await server();
    const dir = tempDir();
    const live = await open(dir, smtp);
    const queued = await live.outbox.enqueue([1, 2, 3, 4, 5].map((n) => draft(n)));
    const file = readFileSync(join(dir, 'outbox.json'), 'utf8');
    await live.outbox.drain();
    // Sending and sent were journaled; the file is as the enqueue left it.
    expect(readFileSync(join(dir, 'outbox.json'), 'utf8')).toBe(file);
    expect(journalLines(dir).length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, JOURNALS[1]!), 'utf8')).toBe(readFileSync(join(dir, JOURNALS[0]!), 'utf8'));
    const again = await open(crashCopy(dir), smtp);
    expect(again.store.notices).toEqual([]);
    expect(statuses(again.store)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
    expect(again.store.data.messages.map((m) => m.response)).toEqual(live.store.data.messages.map((m) => m.response));
    await drainAndCount(again.outbox, smtp, queued, 5);
  });

  it('after a crash at N lines, resends only what was not recorded, each under its own Message-ID', async () => {
    const { smtp, dir, queued } = await sentAll(12);
    const lines = journalLines(dir);
    expect(lines.length).toBeGreaterThan(1);
    for (let kept = 0; kept < lines.length; kept++) {
      // The process stopped once `kept` lines were on disk: the rest never got there.
      const crashed = crashCopy(dir);
      for (const journal of JOURNALS)
        writeFileSync(
          join(crashed, journal),
          lines
            .slice(0, kept)
            .map((l) => `${l}\n`)
            .join(''),
        );
      const recorded = outboxOnDisk(crashed)
        .messages.filter((m) => m.status === 'sent')
        .map((m) => m.id);
      const before = smtp.received.length;
      const again = await open(crashed, smtp);
      expect(again.store.notices).toEqual([]);
      await again.outbox.drain();
      expect(statuses(again.store).every((s) => s === 'sent')).toBe(true);
      // What was on disk as sent went nowhere again; the others went once more, with their Message-ID.
      expect(smtp.received.length - before).toBe(12 - recorded.length);
      await again.close();
    }
    for (const [subject, ids] of idsBySubject(smtp)) {
      expect([...ids]).toEqual([queued.find((m) => m.subject === subject)!.messageId]);
    }
  });

  it('drops a torn last line (a write the crash cut off) without a word and loses nothing before it', async () => {
    const { smtp, dir, queued } = await sentAll(2);
    const crashed = crashCopy(dir);
    const torn = '{"s":999,"t":"2026-11-23T09:00:00.000Z","c":[{"c":"message","k":"';
    for (const journal of JOURNALS) writeFileSync(join(crashed, journal), torn, { flag: 'a' });
    const again = await open(crashed, smtp);
    expect(again.store.notices).toEqual([]);
    expect(statuses(again.store)).toEqual(['sent', 'sent']);
    await drainAndCount(again.outbox, smtp, queued, 2);
  });

  it('stops at a garbled line with a notice naming it, keeps the journal aside, applies nothing after', async () => {
    const { smtp, dir, queued } = await sentAll(3);
    const lines = journalLines(dir);
    const crashed = crashCopy(dir);
    // The first line (the three marked sending) garbled in both copies, alike: nothing after it can be trusted.
    const garbled = [
      '{"s":1,"t":"x","c":[{"c":"message","k":"nope","v":{"set":{"status":"bogus"},"unset":[]}}]}',
      ...lines.slice(1),
    ];
    for (const journal of JOURNALS) writeFileSync(join(crashed, journal), garbled.map((l) => `${l}\n`).join(''));
    const again = await open(crashed, smtp);
    expect(again.store.notices).toMatchObject([
      { kind: 'journalCut', file: join(crashed, JOURNALS[0]!), line: 1, keptAs: expect.stringContaining('unreadable') },
    ]);
    expect(again.store.notices[0]!.reason).toMatch(/not valid/);
    // As enqueued: queued, and sent again under the same Message-IDs.
    expect(statuses(again.store)).toEqual(['queued', 'queued', 'queued']);
    await again.outbox.drain();
    expectOneIdPerMessage(smtp, queued);
  });

  it('ignores a line about a message that is no longer there (archived), and applies the rest', async () => {
    const { smtp, dir, queued } = await sentAll(1);
    const crashed = crashCopy(dir);
    const lines = journalLines(crashed);
    const last = JSON.parse(lines.at(-1)!) as { s: number };
    const stranger = {
      s: last.s + 1,
      c: [{ c: 'message', k: 'gone-long-ago', v: { set: { status: 'sent' }, unset: [] } }],
    };
    for (const journal of JOURNALS)
      writeFileSync(join(crashed, journal), `${JSON.stringify(stranger)}\n`, { flag: 'a' });
    const again = await open(crashed, smtp);
    expect(again.store.notices).toEqual([]);
    expect(statuses(again.store)).toEqual(['sent']);
    await again.outbox.drain();
    expectOneIdPerMessage(smtp, queued);
  });

  it('sends nothing while the journal cannot be written, says so, and resumes sending nothing twice', async () => {
    const smtp = await server();
    const dir = tempDir();
    const live = await open(dir, smtp);
    const first = await live.outbox.enqueue([draft(1), draft(2)]);
    const unblock = await refuseWrites(join(dir, 'outbox.json.journal'));
    cleanup.push(unblock);
    await live.outbox.drain();
    // Handed to the server (their enqueue was on disk), but what it said is not.
    expect(smtp.received).toHaveLength(2);
    expect(live.outbox.status().writeFailed).toBe(true);
    expect(outboxOnDisk(dir).messages.map((m) => m.status)).toEqual(['queued', 'queued']);
    // New messages are still stored (outbox.json can be written) but not sent meanwhile.
    const later = await live.outbox.enqueue([draft(3)]);
    await live.outbox.drain();
    await live.outbox.drain();
    expect(smtp.received).toHaveLength(2);
    expect(live.outbox.status().writeFailed).toBe(true);
    unblock();
    await live.outbox.drain();
    expect(live.outbox.status().writeFailed).toBeUndefined();
    expect(statuses(live.store)).toEqual(['sent', 'sent', 'sent']);
    expect(outboxOnDisk(dir).messages.map((m) => m.status)).toEqual(['sent', 'sent', 'sent']);
    expectOneIdPerMessage(smtp, [...first, ...later]);
    expect(smtp.received).toHaveLength(3);
  });

  it('after a proper close, outbox.json holds all and the journal is empty: nothing lost or resent', async () => {
    const { smtp, dir, live, queued } = await sentAll(3);
    await live.close();
    for (const journal of JOURNALS) expect(readFileSync(join(dir, journal), 'utf8')).toBe('');
    const file = JSON.parse(readFileSync(join(dir, 'outbox.json'), 'utf8')) as { messages: OutboxMessage[] };
    expect(file.messages.map((m) => [m.status, m.via, m.attempts])).toEqual([
      ['sent', 'smtp', 1],
      ['sent', 'smtp', 1],
      ['sent', 'smtp', 1],
    ]);
    // The backup is the same as the file after a proper close.
    expect(readFileSync(join(dir, 'outbox.json.bak'), 'utf8')).toBe(readFileSync(join(dir, 'outbox.json'), 'utf8'));
    const again = await open(dir, smtp);
    expect(again.store.notices).toEqual([]);
    expect(statuses(again.store)).toEqual(['sent', 'sent', 'sent']);
    await drainAndCount(again.outbox, smtp, queued, 3);
  });

  it('replays nothing twice after a crash between rewriting outbox.json and emptying the journal', async () => {
    const smtp = await server();
    const dir = tempDir();
    const live = await open(dir, null);
    const captured = await live.outbox.enqueue([draft(1), draft(2)]);
    await live.outbox.drain();
    // The journal says: sent into the capture mailbox.
    const crashed = crashCopy(dir);
    const journal = readFileSync(join(crashed, JOURNALS[0]!), 'utf8');
    expect(journal).toContain('"capture"');
    // The release rewrites outbox.json (queued again, and which lines it holds); the crash came
    // before the journal was emptied.
    const pool = smtpTransport({ host: '127.0.0.1', port: smtp.port, secure: false });
    cleanup.push(() => pool.close());
    live.setTransport(pool);
    live.outbox.pause();
    expect(await live.outbox.releaseCaptured()).toBe(2);
    copyFileSync(join(dir, 'outbox.json'), join(crashed, 'outbox.json'));
    expect(readFileSync(join(crashed, JOURNALS[0]!), 'utf8')).toBe(journal);
    const again = await open(crashed, smtp);
    expect(again.store.notices).toEqual([]);
    // The old "sent via capture" lines are in the file already: not applied over the release.
    expect(again.store.data.messages.map((m) => [m.status, m.via ?? null])).toEqual([
      ['queued', null],
      ['queued', null],
    ]);
    await drainAndCount(again.outbox, smtp, captured, 2);
    // And once more from the same files: the same.
    await again.close();
    const third = await open(crashed, smtp);
    expect(statuses(third.store)).toEqual(['sent', 'sent']);
    await third.outbox.drain();
    expect(smtp.received).toHaveLength(2);
  });
});
