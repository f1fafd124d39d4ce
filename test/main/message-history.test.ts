import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ItemRecord, OutboxDocument, OutboxMessage } from '@shared/model';
import { MessageArchive } from '../../main/mail/message-archive';
import { MessageHistory, type MessageFilter } from '../../main/mail/message-history';
import { Outbox } from '../../main/mail/outbox';
import { openOutboxStore } from '../../main/mail/outbox-store';
import { captureTransport, type MailTransport, smtpTransport } from '../../main/mail/transport';
import { openTestApp } from '../helpers/app';
import { fakeClock } from '../helpers/clock';
import { appendJournalBatch } from '../helpers/journal';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { messageDraft as draft } from '../helpers/message-draft';
import { useTempDirs } from '../helpers/temp-dir';
import { vatReturn } from '../helpers/items';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const tempDir = useTempDirs();
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function server(): Promise<TestSmtp> {
  const smtp = await startSmtp();
  cleanup.push(() => smtp.close());
  return smtp;
}

/** An outbox with its history on disk in `dataDir`, as the app wires it (no timers: the test drives it). */
async function openOutbox(dataDir: string, clock: ReturnType<typeof fakeClock>, smtp: TestSmtp) {
  const store = await openOutboxStore(dataDir, clock);
  const history = new MessageHistory({ store, archive: new MessageArchive(dataDir), clock });
  const smtpTransportOpen = smtpTransport({ host: '127.0.0.1', port: smtp.port, secure: false });
  let transport: MailTransport = smtpTransportOpen;
  const outbox = new Outbox({ store, clock, transport: () => transport, timers: false, history });
  await outbox.start();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await outbox.close();
    smtpTransportOpen.close();
  };
  cleanup.push(close);
  return {
    store,
    history,
    outbox,
    close,
    useCapture: (on: boolean) => void (transport = on ? captureTransport : smtpTransportOpen),
  };
}
type Opened = Awaited<ReturnType<typeof openOutbox>>;

const outboxFile = (dir: string) => JSON.parse(readFileSync(join(dir, 'outbox.json'), 'utf8')) as OutboxDocument;
const archiveLines = (dir: string, month: string) =>
  readFileSync(join(dir, 'archive', `messages-${month}.jsonl`), 'utf8')
    .trim()
    .split('\n');
const list = (o: Opened, filter: Partial<MessageFilter> = {}) => o.history.list({ limit: 200, ...filter });
const subjects = (messages: OutboxMessage[]) => messages.map((m) => m.subject);

/**
 * History over three months: Bericht 1–2 sent in September, 3 failed (550) and 4 skipped (no
 * address) in October, 5 in the capture mailbox in November; then 6 queued while the outbox is
 * paused. The clock then stands at 2026-11-23 09:00.
 */
async function history(dir: string, clock: ReturnType<typeof fakeClock>, smtp: TestSmtp) {
  const o = await openOutbox(dir, clock, smtp);
  clock.advance(-74 * DAY); // 2026-09-10
  await o.outbox.enqueue([draft(1), draft(2)]);
  await o.outbox.drain();
  clock.advance(35 * DAY); // 2026-10-15
  smtp.behaviour = () => ({ code: 550, message: 'No such user' });
  await o.outbox.enqueue([draft(3), draft(4, null)]);
  await o.outbox.drain();
  smtp.behaviour = () => 'accept';
  clock.advance(37 * DAY); // 2026-11-21
  o.useCapture(true);
  await o.outbox.enqueue([draft(5)]);
  await o.outbox.drain();
  o.useCapture(false);
  clock.advance(2 * DAY); // 2026-11-23
  o.outbox.pause();
  await o.outbox.enqueue([draft(6)]);
  await o.store.idle();
  return o;
}

describe('message history out of the outbox file', () => {
  it('moves handled messages older than a day to monthly files; outbox.json keeps open work; all stays listable, filterable and resendable', async () => {
    const smtp = await server();
    const dir = tempDir();
    const clock = fakeClock();
    const o = await history(dir, clock, smtp);
    expect(outboxFile(dir).messages).toHaveLength(6);

    expect(await o.outbox.archiveHistory()).toBe(4);
    // Open work only: the queued message, and the one in the capture mailbox still to be released.
    expect(outboxFile(dir).messages.map((m) => [m.subject, m.status, m.via ?? null])).toEqual([
      ['Bericht 5', 'sent', 'capture'],
      ['Bericht 6', 'queued', null],
    ]);
    expect(archiveLines(dir, '2026-09').map((l) => (JSON.parse(l) as OutboxMessage).subject)).toEqual([
      'Bericht 1',
      'Bericht 2',
    ]);
    expect(archiveLines(dir, '2026-10').map((l) => (JSON.parse(l) as OutboxMessage).subject)).toEqual([
      'Bericht 3',
      'Bericht 4',
    ]);
    expect(existsSync(join(dir, 'archive', 'messages-2026-11.jsonl'))).toBe(false);
    expect(await o.outbox.archiveHistory()).toBe(0);

    // Newest first across the live file and the months; filters and limit apply to both.
    expect(subjects(await list(o))).toEqual([
      'Bericht 6',
      'Bericht 5',
      'Bericht 4',
      'Bericht 3',
      'Bericht 2',
      'Bericht 1',
    ]);
    expect(subjects(await list(o, { limit: 3 }))).toEqual(['Bericht 6', 'Bericht 5', 'Bericht 4']);
    expect(subjects(await list(o, { status: 'failed' }))).toEqual(['Bericht 3']);
    expect((await list(o, { status: 'failed' }))[0]!.lastError).toContain('No such user');
    expect(subjects(await list(o, { status: 'skipped' }))).toEqual(['Bericht 4']);
    expect(subjects(await list(o, { status: 'queued' }))).toEqual(['Bericht 6']);
    expect(subjects(await list(o, { via: 'capture' }))).toEqual(['Bericht 5']);
    expect(subjects(await list(o, { search: 'persoon 2' }))).toEqual(['Bericht 2']);
    expect(subjects(await list(o, { from: '2026-10-01', until: '2026-11-21' }))).toEqual([
      'Bericht 5',
      'Bericht 4',
      'Bericht 3',
    ]);
    expect(subjects(await list(o, { until: '2026-09-30' }))).toEqual(['Bericht 2', 'Bericht 1']);

    // Resend an archived message: a new message with the same content, sent.
    const [second] = await list(o, { search: 'persoon 2' });
    o.outbox.resume();
    const copy = await o.outbox.resend(second!.id);
    expect(copy).toMatchObject({ status: 'queued', subject: 'Bericht 2', source: { kind: 'resend' } });
    expect(copy.id).not.toBe(second!.id);
    await o.outbox.drain();
    expect(smtp.received.filter((m) => m.subject === 'Bericht 2')).toHaveLength(2);
    expect(subjects(await list(o, { search: 'persoon 2' }))).toEqual(['Bericht 2', 'Bericht 2']);
  });

  it('moves nothing younger than a day (by the clock), nor what the capture mailbox holds until it is released', async () => {
    const smtp = await server();
    const dir = tempDir();
    const clock = fakeClock();
    const o = await openOutbox(dir, clock, smtp);
    await o.outbox.enqueue([draft(1)]);
    await o.outbox.drain();
    o.useCapture(true);
    await o.outbox.enqueue([draft(2)]);
    await o.outbox.drain();
    clock.advance(23 * HOUR);
    expect(await o.outbox.archiveHistory()).toBe(0);
    clock.advance(HOUR);
    expect(await o.outbox.archiveHistory()).toBe(1);
    clock.advance(30 * DAY);
    expect(await o.outbox.archiveHistory()).toBe(0);
    expect(outboxFile(dir).messages.map((m) => m.subject)).toEqual(['Bericht 2']);
    // Released, sent through SMTP, and a day later archived too.
    o.useCapture(false);
    expect(await o.outbox.releaseCaptured()).toBe(1);
    await o.outbox.drain();
    clock.advance(DAY);
    expect(await o.outbox.archiveHistory()).toBe(1);
    expect(outboxFile(dir).messages).toEqual([]);
    expect(subjects(await list(o))).toEqual(['Bericht 2', 'Bericht 1']);
  });

  it('shows a message once when a crash came between appending it to the archive and removing it from outbox.json', async () => {
    const smtp = await server();
    const dir = tempDir();
    const clock = fakeClock();
    let o = await history(dir, clock, smtp);
    await o.close();
    const before = join(dir, 'outbox.before.json');
    copyFileSync(join(dir, 'outbox.json'), before);
    o = await openOutbox(dir, clock, smtp);
    expect(await o.outbox.archiveHistory()).toBe(4);
    await o.close();
    // The removal never reached the disk: outbox.json still holds what the archive now holds too.
    copyFileSync(before, join(dir, 'outbox.json'));
    o = await openOutbox(dir, clock, smtp);
    const all = ['Bericht 6', 'Bericht 5', 'Bericht 4', 'Bericht 3', 'Bericht 2', 'Bericht 1'];
    expect(subjects(await list(o))).toEqual(all);
    expect(subjects(await list(o, { status: 'sent' }))).toEqual(['Bericht 5', 'Bericht 2', 'Bericht 1']);
    // The next move appends them again; the archive reads past the copies.
    expect(await o.outbox.archiveHistory()).toBe(4);
    expect(archiveLines(dir, '2026-09')).toHaveLength(4);
    expect(outboxFile(dir).messages).toHaveLength(2);
    expect(subjects(await list(o))).toEqual(all);
    const [first] = await list(o, { search: 'persoon 1' });
    expect(first!.status).toBe('sent');
    expect((await o.outbox.resend(first!.id)).subject).toBe('Bericht 1');
  });

  it('reads only the months a date filter can match', async () => {
    const smtp = await server();
    const dir = tempDir();
    const clock = fakeClock();
    const o = await history(dir, clock, smtp);
    await o.outbox.archiveHistory();
    // A month that cannot be read at all: a filter that skips it does not notice it.
    mkdirSync(join(dir, 'archive', 'messages-2026-08.jsonl'));
    expect(subjects(await list(o, { from: '2026-09-01' }))).toEqual([
      'Bericht 6',
      'Bericht 5',
      'Bericht 4',
      'Bericht 3',
      'Bericht 2',
      'Bericht 1',
    ]);
    expect(subjects(await list(o, { limit: 4 }))).toEqual(['Bericht 6', 'Bericht 5', 'Bericht 4', 'Bericht 3']);
    await expect(list(o)).rejects.toThrow(/EISDIR/);
  });
});

describe('message history in the app', () => {
  /** The real app with SMTP set to a real local server; `restart` closes it, runs `between`, and opens it again. */
  async function appWithSmtp() {
    const smtp = await server();
    const dir = tempDir();
    const clock = fakeClock();
    const h = {
      smtp,
      dir,
      clock,
      app: await openTestApp(dir, clock),
      async restart(between: () => void = () => undefined) {
        await h.app.close();
        between();
        h.app = await openTestApp(dir, clock);
      },
    };
    cleanup.push(() => h.app.close());
    const { senders, defaultSenderId } = (await h.app.dispatch('mail.settings', {})) as {
      senders: unknown[];
      defaultSenderId?: string;
    };
    await h.app.dispatch('mail.saveSettings', {
      smtp: { host: '127.0.0.1', port: smtp.port, secure: false },
      senders,
      ...(defaultSenderId ? { defaultSenderId } : {}),
    });
    return h;
  }

  it('does not send an effect’s mail again when the runtime resumes it after its message was archived', async () => {
    const h = await appWithSmtp();
    const input = vatReturn('Loonaangifte', { berichtsoort: 'aangifte loonheffing' });
    const item = (await h.app.as('user-eva').dispatch('items.submit', input)) as ItemRecord;
    await h.app.outbox.drain();
    const ofItem = async () => (await h.app.dispatch('messages.list', { itemId: item.id })) as OutboxMessage[];
    const sent = await ofItem();
    expect(sent.map((m) => m.status)).toEqual(['sent', 'sent']);
    expect(h.smtp.received).toHaveLength(2);
    const key = sent[0]!.source.effectKey!;
    const effect = {
      type: 'queueMessage',
      key,
      nodeId: 't1',
      moment: 'enter',
      templateId: 'tpl-beoordelen',
      addressees: [{ type: 'taskUsers' }],
      taskNodeId: 't1',
    };
    const pending = (k: string) => ({ c: 'pending', k, v: { key: k, itemId: item.id, effect: { ...effect, key: k } } });
    const stillPending = (k: string) => () => appendJournalBatch(h.dir, 'items.json', [pending(k)]);

    h.clock.advance(2 * DAY);
    expect(await h.app.outbox.archiveHistory()).toBe(2);
    expect(outboxFile(h.dir).messages).toEqual([]);
    expect(outboxFile(h.dir).archivedEffects).toEqual([{ day: '2026-11-23', keys: [key] }]);
    // As if the journal had never noted the effect done, although its mail went out and was archived since.
    await h.restart(stillPending(key));
    await h.app.outbox.drain();
    expect((await ofItem()).map((m) => m.status)).toEqual(['sent', 'sent']);
    expect(h.smtp.received).toHaveLength(2);
    // The same for an effect no message was written for: that one does go out (so the check is not blind).
    await h.restart(stillPending(`${item.id}:99:0`));
    await h.app.outbox.drain();
    expect(await ofItem()).toHaveLength(4);
    expect(h.smtp.received).toHaveLength(4);

    // A key is kept until two weeks after its message was written, then dropped from outbox.json.
    h.clock.advance(14 * DAY);
    expect(await h.app.outbox.archiveHistory()).toBe(2);
    expect(outboxFile(h.dir).archivedEffects).toEqual([{ day: '2026-11-25', keys: [`${item.id}:99:0`] }]);
    expect(h.app.outbox.sentEffect(key)).toBe(false);
    expect(h.app.outbox.sentEffect(`${item.id}:99:0`)).toBe(true);
    h.clock.advance(DAY);
    expect(await h.app.outbox.archiveHistory()).toBe(0);
    expect(outboxFile(h.dir).archivedEffects).toEqual([]);
    expect(h.app.outbox.sentEffect(`${item.id}:99:0`)).toBe(false);
  });

  it('archives history on start, and lists, counts and resends a mailing’s archived messages', async () => {
    const h = await appWithSmtp();
    const targets = [
      { kind: 'contacts', id: 'contact-eva' },
      { kind: 'contacts', id: 'contact-piet' },
    ];
    const { mailingId } = (await h.app.dispatch('mailings.send', { targets, templateId: 'tpl-instuurder' })) as {
      mailingId: string;
    };
    await h.app.outbox.drain();
    await h.restart(() => h.clock.advance(DAY + HOUR));
    expect(outboxFile(h.dir).messages).toEqual([]);
    const ofMailing = async () => (await h.app.dispatch('messages.list', { mailingId })) as OutboxMessage[];
    const archived = await ofMailing();
    expect(archived.map((m) => m.status)).toEqual(['sent', 'sent']);
    expect(((await h.app.dispatch('mailings.get', { mailingId })) as { id: string }).id).toBe(mailingId);
    const copy = (await h.app.dispatch('messages.resend', { id: archived[1]!.id })) as OutboxMessage;
    expect(copy).toMatchObject({ status: 'queued', to: archived[1]!.to, source: { kind: 'resend', mailingId } });
    await h.app.outbox.drain();
    expect((await ofMailing()).map((m) => m.status)).toEqual(['sent', 'sent', 'sent']);
    expect(h.smtp.received).toHaveLength(3);
    const missing = await h.app.dispatch('messages.resend', { id: 'nope' }).catch((e: Error) => e);
    expect((missing as Error).message).toBe('There is no message with id "nope".');
  });
});
