import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import type { AddressObject, ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { REPLIES_FILE } from '../../main/mail-actions/reply-ledger';
import type { ItemRecord } from '@shared/model';
import { sendThroughSmtp } from '../helpers/app-smtp';
import { fakeClock } from '../helpers/clock';
import { startImap, type TestImap } from '../helpers/imap-server';
import type { TestSmtp } from '../helpers/smtp';
import { submitAndMail, taskMailWorkflow } from '../helpers/task-mail-workflow';
import { useTempDirs } from '../helpers/temp-dir';
import { useTestApps } from '../helpers/test-apps';

const tempDir = useTempDirs();
const apps = useTestApps();
type App = Awaited<ReturnType<typeof apps.open>>;

const MAILBOX = 'workflow@kantoor.example';

/** The app with the review workflow, a real SMTP server, and a real IMAP mailbox (dovecot) for replies. */
async function setUp(dir = tempDir(), imapDir = tempDir('imap')) {
  const imap = apps.track(await startImap(imapDir));
  const app = await apps.open(dir, fakeClock());
  const smtp = await sendThroughSmtp(app, apps.track);
  await app.dispatch('replies.saveSettings', { imap: imapSettings(imap) });
  return { app, smtp, imap, dir, imapDir };
}

const imapSettings = (imap: TestImap, change: Record<string, unknown> = {}) => ({
  host: imap.host,
  port: imap.port,
  secure: false,
  user: imap.user,
  password: imap.password,
  folder: 'INBOX',
  address: MAILBOX,
  ...change,
});

let replyCount = 0;
/** A reply as a mail program writes it: to the task mail's Reply-To, naming its Message-ID, the original quoted. */
function replyTo(
  mail: ParsedMail,
  body: string,
  options: { from?: string; messageId?: string; to?: string } = {},
): string {
  const replyAddress = (mail.replyTo as AddressObject).value[0]!.address!;
  const id = options.messageId ?? `<reply-${++replyCount}@mail.stroomlijn.example>`;
  return [
    `From: Bram Jansen <${options.from ?? 'bram@stroomlijn.example'}>`,
    `To: ${options.to ?? replyAddress}`,
    `Subject: Re: ${mail.subject}`,
    `Message-ID: ${id}`,
    `In-Reply-To: ${mail.messageId}`,
    `References: ${mail.messageId}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
    `Op do 26 nov 2026 om 10:00 schreef Stroomlijn <${MAILBOX}>:`,
    `> ${mail.text?.split('\n')[0] ?? ''}`,
    '',
  ].join('\r\n');
}

/** Put mail into the replies mailbox as the mail server would, then let the app read it. */
async function deliver(imap: TestImap, ...raw: string[]): Promise<void> {
  const client = new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: false,
    auth: { user: imap.user, pass: imap.password },
    logger: false,
  });
  await client.connect();
  for (const r of raw) await client.append('INBOX', r);
  await client.logout();
}

async function unseen(imap: TestImap): Promise<number> {
  const client = new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: false,
    auth: { user: imap.user, pass: imap.password },
    logger: false,
  });
  await client.connect();
  const lock = await client.getMailboxLock('INBOX');
  try {
    return ((await client.search({ seen: false })) || []).length;
  } finally {
    lock.release();
    await client.logout();
  }
}

async function read(app: App): Promise<void> {
  await app.dispatch('replies.readNow', {});
  await app.runtime.idle();
  await app.outbox.drain();
}

const item = (app: App, id: string) => app.as('user-eva').dispatch('items.get', { id }) as Promise<ItemRecord>;
const answersTo = (smtp: TestSmtp, address: string) =>
  smtp.received.filter(
    (m) => (m.to as AddressObject).text.includes(address) && String(m.subject).startsWith('Niet verwerkt'),
  );

describe('acting by replying to a task mail (issue 14, a real IMAP server)', () => {
  it('sends task mails with a Reply-To of their own in the replies mailbox', async () => {
    const { app, smtp } = await setUp();
    await taskMailWorkflow(app);
    const { mail } = await submitAndMail(app, smtp, 'Reply-To');
    expect((mail.replyTo as AddressObject).value[0]!.address).toMatch(/^workflow\+[0-9a-f]{20}@kantoor\.example$/);
  });

  it('approves on "JA" with the rest of the reply as the reaction, once, and marks the reply read', async () => {
    const { app, smtp, imap } = await setUp();
    await taskMailWorkflow(app);
    const { item: submitted, mail } = await submitAndMail(app, smtp, 'Btw Q3');
    await deliver(imap, replyTo(mail, 'Ja, cijfers gecontroleerd.'));
    await read(app);
    const done = await item(app, submitted.id);
    expect(done.status).toBe('completed');
    expect(done.history.find((h) => h.kind === 'acted')).toMatchObject({
      nodeId: 'ok',
      userId: 'user-bram',
      via: { kind: 'reply', from: 'bram@stroomlijn.example' },
    });
    expect(done.reactions.map((r) => r.text)).toEqual(['cijfers gecontroleerd.']);
    expect(await unseen(imap)).toBe(0);
    expect(answersTo(smtp, 'bram@')).toEqual([]);
  });

  it('rejects on "NEE" with its text', async () => {
    const { app, smtp, imap } = await setUp();
    await taskMailWorkflow(app);
    const { item: submitted, mail } = await submitAndMail(app, smtp, 'Btw Q4');
    await deliver(imap, replyTo(mail, 'NEE\nHet bedrag van rubriek 1a klopt niet.'));
    await read(app);
    const done = await item(app, submitted.id);
    expect(done.history.find((h) => h.kind === 'acted')).toMatchObject({ nodeId: 'no', via: { kind: 'reply' } });
    expect(done.reactions.map((r) => r.text)).toEqual(['Het bedrag van rubriek 1a klopt niet.']);
  });

  it('does not act on a reply from another address: that address gets an answer, the task manager sees it', async () => {
    const { app, smtp, imap } = await setUp();
    await taskMailWorkflow(app);
    const { item: submitted, mail } = await submitAndMail(app, smtp, 'Ander adres');
    await deliver(imap, replyTo(mail, 'JA', { from: 'iemand@elders.example' }));
    await read(app);
    expect((await item(app, submitted.id)).status).toBe('running');
    const [answer] = answersTo(smtp, 'iemand@elders.example');
    expect(answer?.text).toContain('ander adres');
    const listed = (await app.dispatch('replies.notUnderstood', {})) as {
      from: string;
      outcome: string;
      itemNumber?: string;
    }[];
    expect(listed).toEqual([
      expect.objectContaining({ from: 'iemand@elders.example', outcome: 'wrongSender', itemNumber: submitted.number }),
    ]);
    // Bram, who manages nothing, sees none of it.
    expect(await app.as('user-bram').dispatch('replies.notUnderstood', {})).toEqual([]);
  });

  it('acts once: the same reply twice does nothing more, a second reply is told the task moved on', async () => {
    const { app, smtp, imap } = await setUp();
    await taskMailWorkflow(app);
    const { item: submitted, mail } = await submitAndMail(app, smtp, 'Twee keer');
    const first = replyTo(mail, 'JA', { messageId: '<eerste@mail.stroomlijn.example>' });
    await deliver(imap, first);
    await read(app);
    await deliver(imap, first, replyTo(mail, 'NEE toch niet'));
    await read(app);
    const done = await item(app, submitted.id);
    expect(done.history.filter((h) => h.kind === 'acted')).toHaveLength(1);
    expect(done.history.find((h) => h.kind === 'acted')!.nodeId).toBe('ok');
    const answers = answersTo(smtp, 'bram@');
    expect(answers).toHaveLength(1);
    expect(answers[0]!.text).toContain('al verder');
    expect(await unseen(imap)).toBe(0);
  });

  it('answers a reply that comes after the task was done in the app, and one it cannot understand', async () => {
    const { app, smtp, imap } = await setUp();
    await taskMailWorkflow(app);
    const one = await submitAndMail(app, smtp, 'Al gedaan');
    await app.as('user-bram').dispatch('items.act', { itemId: one.item.id, actionNodeId: 'no' });
    const two = await submitAndMail(app, smtp, 'Onduidelijk');
    await deliver(imap, replyTo(one.mail, 'JA'), replyTo(two.mail, 'Misschien morgen'));
    await read(app);
    expect((await item(app, one.item.id)).history.filter((h) => h.kind === 'acted')).toHaveLength(1);
    expect((await item(app, two.item.id)).status).toBe('running');
    const texts = answersTo(smtp, 'bram@').map((m) => m.text ?? '');
    expect(texts).toHaveLength(2);
    expect(texts.some((t) => t.includes('al verder'))).toBe(true);
    expect(texts.some((t) => t.includes('JA') && t.includes('AFKEUREN'))).toBe(true);
  });

  it('does not act on a reply whose address token or Message-ID is not that task mail’s', async () => {
    const { app, smtp, imap } = await setUp();
    await taskMailWorkflow(app);
    const { item: submitted, mail } = await submitAndMail(app, smtp, 'Vervalst');
    const forged = replyTo(mail, 'JA', { to: 'workflow+00000000000000000000@kantoor.example' });
    const plain = replyTo(mail, 'JA', { to: MAILBOX });
    await deliver(imap, forged, plain);
    await read(app);
    expect((await item(app, submitted.id)).status).toBe('running');
    expect(answersTo(smtp, 'bram@')).toHaveLength(2);
  });

  it('never answers an automatic reply (out of office), nor mail that answers none of our task mails', async () => {
    const { app, smtp, imap } = await setUp();
    await taskMailWorkflow(app);
    const { mail } = await submitAndMail(app, smtp, 'Afwezig');
    await deliver(
      imap,
      replyTo(mail, 'Ik ben afwezig tot maandag.').replace(
        'Content-Type:',
        'Auto-Submitted: auto-replied\r\nContent-Type:',
      ),
    );
    const spam = [
      'From: Verkoop <verkoop@spam.example>',
      `To: ${MAILBOX}`,
      'Subject: Aanbieding',
      'Message-ID: <spam-1@spam.example>',
      '',
      'JA, koop nu!',
      '',
    ].join('\r\n');
    await deliver(imap, spam);
    await read(app);
    expect(answersTo(smtp, 'bram@')).toEqual([]);
    expect(answersTo(smtp, 'verkoop@spam.example')).toEqual([]);
    const listed = (await app.dispatch('replies.notUnderstood', {})) as { from: string; outcome: string }[];
    expect(listed).toEqual([expect.objectContaining({ from: 'verkoop@spam.example', outcome: 'notOurs' })]);
    expect(await unseen(imap)).toBe(0);
  });

  it('acts once when the record of a handled reply was lost in a crash and the reply is read again', async () => {
    const { app, smtp, imap, dir, imapDir } = await setUp();
    await taskMailWorkflow(app);
    const { item: submitted, mail } = await submitAndMail(app, smtp, 'Na crash');
    await deliver(imap, replyTo(mail, 'JA graag'));
    await read(app);
    await apps.close(app);
    // The crash came after the action and before the ledger line, and before the reply was marked read.
    writeFileSync(join(dir, REPLIES_FILE), '');
    const client = new ImapFlow({
      host: imap.host,
      port: imap.port,
      secure: false,
      auth: { user: imap.user, pass: imap.password },
      logger: false,
    });
    await client.connect();
    const lock = await client.getMailboxLock('INBOX');
    await client.messageFlagsRemove('1:*', ['\\Seen']);
    lock.release();
    await client.logout();
    const again = await apps.open(dir, fakeClock());
    await read(again);
    const done = await item(again, submitted.id);
    expect(done.history.filter((h) => h.kind === 'acted')).toHaveLength(1);
    expect(readFileSync(join(dir, REPLIES_FILE), 'utf8')).toContain('"outcome":"acted"');
    void imapDir;
  });

  it('tests the connection, says why it fails, and never shows the password', async () => {
    const { app, imap } = await setUp();
    await expect(app.dispatch('replies.testConnection', { imap: imapSettings(imap) })).resolves.toEqual({
      ok: true,
      messages: 0,
    });
    // Without a password: the kept one.
    await expect(
      app.dispatch('replies.testConnection', { imap: imapSettings(imap, { password: undefined }) }),
    ).resolves.toMatchObject({ ok: true });
    const wrong = app.dispatch('replies.testConnection', { imap: imapSettings(imap, { password: 'fout' }) });
    await expect(wrong).rejects.toMatchObject({ code: 'conflict', extra: { reason: { key: 'imapLogin' } } });
    const folder = app.dispatch('replies.testConnection', { imap: imapSettings(imap, { folder: 'Bestaat niet' }) });
    await expect(folder).rejects.toMatchObject({ code: 'conflict', extra: { reason: { key: 'imapFolder' } } });
    const closed = app.dispatch('replies.testConnection', { imap: imapSettings(imap, { port: 1 }) });
    await expect(closed).rejects.toMatchObject({ code: 'conflict', extra: { reason: { key: 'imapUnreachable' } } });
    const shown = JSON.stringify([await app.dispatch('replies.settings', {}), await app.dispatch('settings.get', {})]);
    expect(shown).not.toContain(imap.password);
    expect(shown).toContain('"hasPassword":true');
    const bad = app.dispatch('replies.saveSettings', { imap: imapSettings(imap, { address: 'geen adres', port: 0 }) });
    await expect(bad).rejects.toMatchObject({ code: 'invalid_input' });
    expect(app.store.data.settings.imap?.address).toBe(MAILBOX);
  });
});
