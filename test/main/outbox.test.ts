import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../main/mail/outbox';
import { openOutboxStore } from '../../main/mail/outbox-store';
import { captureTransport, type MailTransport, smtpTransport } from '../../main/mail/transport';
import { fakeClock } from '../helpers/clock';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { messageDraft as draft } from '../helpers/message-draft';
import { useTempDirs } from '../helpers/temp-dir';
import { makeUnwritable } from '../helpers/unwritable';
import { outboxOnDisk } from '../helpers/outbox-on-disk';
import { refuseWrites } from '../helpers/refuse-writes';

const tempDir = useTempDirs();
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function setup(
  options: { smtp?: TestSmtp; port?: number; auth?: { user: string; pass: string }; dataDir?: string } = {},
) {
  const clock = fakeClock();
  const dataDir = options.dataDir ?? tempDir();
  const store = await openOutboxStore(dataDir, clock);
  const port = options.port ?? options.smtp!.port;
  const transport: MailTransport = smtpTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ...(options.auth ? { user: options.auth.user, password: options.auth.pass } : {}),
  });
  cleanup.push(() => transport.close());
  const outbox = new Outbox({ store, clock, transport: () => transport, timers: false });
  await outbox.start();
  return { clock, store, outbox, dataDir };
}

async function server(options?: Parameters<typeof startSmtp>[0]) {
  const smtp = await startSmtp(options);
  cleanup.push(() => smtp.close());
  return smtp;
}

describe('outbox over a real SMTP server', () => {
  it('stores each message with a Message-ID before sending, then delivers it', async () => {
    const smtp = await server();
    const { outbox, store } = await setup({ smtp });
    const queued = await outbox.enqueue([draft(1), draft(2), draft(3)]);
    expect(queued.map((m) => m.status)).toEqual(['queued', 'queued', 'queued']);
    await outbox.drain();
    expect(store.data.messages.map((m) => [m.status, m.via, m.attempts])).toEqual([
      ['sent', 'smtp', 1],
      ['sent', 'smtp', 1],
      ['sent', 'smtp', 1],
    ]);
    expect(smtp.received.map((m) => m.messageId).sort()).toEqual(queued.map((m) => m.messageId).sort());
    const first = smtp.received.find((m) => m.subject === 'Bericht 1')!;
    expect(first.html).toBe('<p>Hallo 1</p>');
    expect(first.text?.trim()).toBe('Hallo 1');
    expect(store.data.messages[0]!.response).toMatch(/^250/);
  });

  it.each([421, 452])('retries a %i with backoff, then delivers once', async (code) => {
    const smtp = await server();
    smtp.behaviour = ({ attempt }) => (attempt === 1 ? { code, message: 'Try again later' } : 'accept');
    const { outbox, store, clock } = await setup({ smtp });
    await outbox.enqueue([draft(1)]);
    await outbox.drain();
    const m = store.data.messages[0]!;
    expect(m).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: '2026-11-23T09:00:10.000Z' });
    expect(m.lastError).toContain('Try again later');
    await outbox.drain();
    expect(smtp.received).toHaveLength(0);
    clock.advance(10_000);
    await outbox.drain();
    expect(store.data.messages[0]).toMatchObject({ status: 'sent', attempts: 2 });
    expect(smtp.received).toHaveLength(1);
  });

  it('fails a 550 at once, without retrying', async () => {
    const smtp = await server();
    smtp.behaviour = () => ({ code: 550, message: 'No such user here' });
    const { outbox, store, clock } = await setup({ smtp });
    await outbox.enqueue([draft(1)]);
    await outbox.drain();
    clock.advance(3_600_000);
    await outbox.drain();
    expect(store.data.messages[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(store.data.messages[0]!.lastError).toContain('No such user here');
    expect(outbox.status().failed).toBe(1);
  });

  it('retries when the connection drops during DATA', async () => {
    const smtp = await server();
    smtp.behaviour = ({ attempt }) => (attempt === 1 ? 'drop' : 'accept');
    const { outbox, store, clock } = await setup({ smtp });
    await outbox.enqueue([draft(1)]);
    await outbox.drain();
    for (let i = 0; i < 3 && store.data.messages[0]!.status !== 'sent'; i++) {
      clock.advance(60_000);
      await outbox.drain();
    }
    expect(store.data.messages[0]!.status).toBe('sent');
    expect(smtp.received).toHaveLength(1);
  });

  it('keeps messages while the server is down and drains them when it comes back', async () => {
    const probe = await startSmtp();
    const port = probe.port;
    await probe.close();
    const { outbox, store, clock } = await setup({ port });
    await outbox.enqueue([draft(1), draft(2)]);
    await outbox.drain();
    expect(store.data.messages.map((m) => m.status)).toEqual(['queued', 'queued']);
    expect(outbox.status().lastError).toMatch(/ECONNREFUSED|connect/i);
    const smtp = await server({ port });
    clock.advance(10_000);
    await outbox.drain();
    expect(store.data.messages.map((m) => m.status)).toEqual(['sent', 'sent']);
    expect(smtp.received).toHaveLength(2);
  });

  it('says clearly when the SMTP login fails, and keeps the message', async () => {
    const smtp = await server({ auth: { user: 'stroomlijn', pass: 'juist' } });
    const { outbox, store } = await setup({ smtp, auth: { user: 'stroomlijn', pass: 'fout' } });
    await outbox.enqueue([draft(1)]);
    await outbox.drain();
    expect(store.data.messages[0]!.status).toBe('queued');
    expect(outbox.status().lastError).toMatch(/^SMTP login failed: .*535/);
  });

  it('after a crash, resends what was being sent with the same Message-ID', async () => {
    const smtp = await server();
    const first = await setup({ smtp });
    const [m] = await first.outbox.enqueue([draft(1)]);
    await first.store.update((doc) => (doc.messages[0]!.status = 'sending'));
    const again = await setup({ smtp, dataDir: first.dataDir });
    await again.outbox.drain();
    expect(again.store.data.messages[0]).toMatchObject({ status: 'sent', messageId: m!.messageId });
    expect(smtp.received.map((r) => r.messageId)).toEqual([m!.messageId]);
  });

  it('skips a message without an address, and can pause and resume', async () => {
    const smtp = await server();
    const { outbox, store } = await setup({ smtp });
    outbox.pause();
    await outbox.enqueue([draft(1, null), draft(2)]);
    await outbox.drain();
    expect(store.data.messages.map((m) => [m.status, m.skipReason ?? null])).toEqual([
      ['skipped', 'noAddress'],
      ['queued', null],
    ]);
    outbox.resume();
    await outbox.drain();
    expect(store.data.messages[1]!.status).toBe('sent');
    expect(smtp.received).toHaveLength(1);
  });
});

describe('capture mailbox', () => {
  it('keeps messages when no SMTP server is configured, and releases them once one is', async () => {
    const smtp = await server();
    const clock = fakeClock();
    const store = await openOutboxStore(tempDir(), clock);
    let transport: MailTransport = captureTransport;
    const outbox = new Outbox({ store, clock, transport: () => transport, timers: false });
    await outbox.enqueue([draft(1), draft(2)]);
    await outbox.drain();
    expect(store.data.messages.map((m) => [m.status, m.via])).toEqual([
      ['sent', 'capture'],
      ['sent', 'capture'],
    ]);
    transport = smtpTransport({ host: '127.0.0.1', port: smtp.port, secure: false });
    cleanup.push(() => transport.close());
    expect(await outbox.releaseCaptured()).toBe(2);
    await outbox.drain();
    expect(store.data.messages.map((m) => [m.status, m.via])).toEqual([
      ['sent', 'smtp'],
      ['sent', 'smtp'],
    ]);
    expect(smtp.received).toHaveLength(2);
  });
});

/** The status on disk (outbox.json and its journal) of the message with this Message-ID (undefined: not on disk). */
const onDisk = outboxOnDisk;
const statusOnDisk = (dataDir: string, messageId: string): string | undefined =>
  onDisk(dataDir)
    .messages.filter((m) => m.messageId === messageId)
    .map((m) => `${m.status}${m.via ? ` via ${m.via}` : ''}`)[0];

describe('the outbox hands nothing to SMTP before it is on disk', () => {
  it('sends a message only once the write that stored it is durable', async () => {
    const smtp = await server();
    const { outbox, dataDir } = await setup({ smtp });
    // Connections in the pool already, so a send takes milliseconds, far less than a write's linger.
    await outbox.enqueue([draft(0), draft(10), draft(11), draft(12)]);
    await outbox.drain();
    const atReceipt: (string | undefined)[] = [];
    smtp.behaviour = ({ messageId }) => (atReceipt.push(statusOnDisk(dataDir, messageId)), 'accept');
    const first = outbox.enqueue([draft(1)]);
    // Shares the next write, which waits for the first one and the outbox's linger.
    const second = outbox.enqueue([draft(2)]);
    await first;
    await outbox.drain();
    await second;
    await outbox.drain();
    expect(
      smtp.received
        .map((m) => m.subject)
        .slice(4)
        .sort(),
    ).toEqual(['Bericht 1', 'Bericht 2']);
    expect(atReceipt.map((s) => (s === 'sending' ? 'queued' : s))).toEqual(['queued', 'queued']);
  });

  it('releases the capture mailbox to SMTP only once the release is on disk', async () => {
    const smtp = await server();
    const clock = fakeClock();
    const dataDir = tempDir();
    const store = await openOutboxStore(dataDir, clock);
    let transport: MailTransport = captureTransport;
    const outbox = new Outbox({ store, clock, transport: () => transport, timers: false });
    const captured = await outbox.enqueue([draft(1), draft(2)]);
    await outbox.drain();
    transport = smtpTransport({ host: '127.0.0.1', port: smtp.port, secure: false });
    cleanup.push(() => transport.close());
    await outbox.enqueue([draft(3)]);
    await outbox.drain();
    const atReceipt: (string | undefined)[] = [];
    smtp.behaviour = ({ messageId }) => (atReceipt.push(statusOnDisk(dataDir, messageId)), 'accept');
    const other = outbox.enqueue([draft(4)]);
    // Shares the write after the one that stores message 4.
    const released = outbox.releaseCaptured();
    await other;
    await outbox.drain();
    expect(await released).toBe(2);
    await outbox.drain();
    expect(smtp.received.map((m) => m.subject).sort()).toEqual(['Bericht 1', 'Bericht 2', 'Bericht 3', 'Bericht 4']);
    expect(atReceipt.map((s) => (s === 'sending' ? 'queued' : s))).toEqual(['queued', 'queued', 'queued']);
    expect(captured.map((m) => statusOnDisk(dataDir, m.messageId))).toEqual(['sent via smtp', 'sent via smtp']);
  });

  it('keeps nothing of an enqueue that could not be written: never sent, not even by the next write', async () => {
    const smtp = await server();
    const { outbox, store, dataDir } = await setup({ smtp });
    await outbox.enqueue([draft(1)]);
    await outbox.drain();
    const unblock = makeUnwritable(join(dataDir, 'outbox.json'));
    const refused = outbox.enqueue([draft(2)]);
    // The worker runs while that write is on its way (and fails).
    const draining = outbox.drain();
    await expect(refused).rejects.toThrow();
    await draining;
    expect(store.data.messages.map((m) => m.subject)).toEqual(['Bericht 1']);
    unblock();
    await outbox.enqueue([draft(3)]);
    await outbox.drain();
    expect(smtp.received.map((m) => m.subject)).toEqual(['Bericht 1', 'Bericht 3']);
    expect(onDisk(dataDir).messages.map((m) => [m.subject, m.status])).toEqual([
      ['Bericht 1', 'sent'],
      ['Bericht 3', 'sent'],
    ]);
  });

  it('keeps working when it cannot record what it sent, and records it, once only, when it can', async () => {
    const smtp = await server();
    const { outbox, store, dataDir } = await setup({ smtp });
    const [m] = await outbox.enqueue([draft(1)]);
    // Status changes are lines of the journal: the disk refuses those.
    const unblock = await refuseWrites(join(dataDir, 'outbox.json.journal'));
    await outbox.drain();
    expect(smtp.received).toHaveLength(1);
    expect(statusOnDisk(dataDir, m!.messageId)).toBe('queued');
    expect(outbox.status().writeFailed).toBe(true);
    await outbox.drain();
    expect(smtp.received).toHaveLength(1);
    unblock();
    await outbox.drain();
    expect(smtp.received).toHaveLength(1);
    expect(statusOnDisk(dataDir, m!.messageId)).toBe('sent via smtp');
    expect(store.data.messages[0]).toMatchObject({ status: 'sent', attempts: 1 });
    expect(outbox.status().writeFailed).toBeUndefined();
  });
});
