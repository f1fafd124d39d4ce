import { ImapFlow } from 'imapflow';
import type { AddressObject, ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser';
import { shootBothSizes } from '../helpers/screenshots';
import { rpc } from '../helpers/http';
import { startImap, type TestImap } from '../helpers/imap-server';
import { vatReturn } from '../helpers/items';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { useTempDirs } from '../helpers/temp-dir';
import { until } from '../helpers/until';

// A real SMTP server for the task mails and a real IMAP mailbox (dovecot) for the replies, both on loopback.
const tempDir = useTempDirs();
let smtp: TestSmtp;
let imap: TestImap;
beforeAll(async () => {
  smtp = await startSmtp();
  imap = await startImap(tempDir('imap'));
});
afterAll(async () => {
  await smtp.close();
  await imap.close();
});

const app = useAppInBrowser({ env: () => ({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }) });

const shoot = (name: string) => shootBothSizes(app.page, name, { notSideways: true });

async function taskMailFor(subject: string): Promise<ParsedMail> {
  expect(
    (
      await rpc(app.host.port, app.host.token, 'items.submit', {
        ...vatReturn(subject, { klant: subject }),
        submitterUserId: undefined,
      })
    ).status,
  ).toBe(200);
  const find = () =>
    smtp.received.find(
      (m) => (m.to as AddressObject).text.includes('bram.jansen@') && String(m.subject).includes(subject),
    );
  await until(() => find() !== undefined);
  return find()!;
}

const reply = (mail: ParsedMail, from: string, body: string, n: number) =>
  [
    `From: ${from}`,
    `To: ${(mail.replyTo as AddressObject).value[0]!.address}`,
    `Subject: Re: ${mail.subject}`,
    `Message-ID: <e2e-reply-${n}@mail.example>`,
    `In-Reply-To: ${mail.messageId}`,
    '',
    body,
    '',
  ].join('\r\n');

async function deliver(...raw: string[]) {
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

describe('replying to a task mail, set up and followed in Chromium (issue 14)', () => {
  it('sets up the replies mailbox, reads a reply that acts and one that does not, and shows both', async () => {
    const page = app.page;
    await page.goto(`${app.host.url}#/settings`);
    const card = page.getByTestId('replies-settings');
    await card.getByLabel('Antwoorden lezen uit een postbus (IMAP)').check();
    await card.getByLabel('Antwoordadres').fill('workflow@kantoor.example');
    await card.getByLabel('IMAP-server').fill('127.0.0.1');
    await card.getByLabel('Poort').fill(String(imap.port));
    await card.getByLabel('Gebruikersnaam').fill(imap.user);
    await card.getByLabel('Wachtwoord').fill(imap.password);
    await card.getByLabel('Versleutelde verbinding (TLS)').uncheck();
    await card.getByRole('button', { name: 'Verbinding testen' }).click();
    await card.getByText('Verbonden: de map bevat 0 berichten.').waitFor();
    await card.getByRole('button', { name: 'Opslaan' }).click();
    await card.getByText('Opgeslagen.').waitFor();
    await card.scrollIntoViewIfNeeded();
    await shoot('replies-settings-nl');

    const approved = await taskMailFor('Bakkerij De Korenaar');
    const other = await taskMailFor('Holzbau Becker');
    await deliver(
      reply(approved, 'Bram Jansen <bram.jansen@stroomlijn.example>', 'Akkoord, cijfers gecontroleerd.', 1),
    );
    await deliver(reply(other, 'Onbekend <iemand@elders.example>', 'JA', 2));
    await page.reload();
    await page.getByTestId('replies-settings').getByRole('button', { name: 'Nu lezen' }).click();
    await page.getByText('2 nieuwe antwoorden gelezen.').waitFor();

    await page.goto(`${app.host.url}#/work/replies`);
    const row = page.locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.first().textContent()).toContain('Van een ander adres');
    await shoot('replies-not-understood-nl');

    await page.goto(`${app.host.url}#/work/items`);
    await page
      .getByRole('link', { name: /Bakkerij De Korenaar/ })
      .first()
      .click();
    await page.getByText('per antwoordmail van bram.jansen@stroomlijn.example').waitFor();
    await shoot('replies-history-nl');
    expect(app.errors).toEqual([]);
  });

  it('says the same in German', async () => {
    const page = app.page;
    await page.goto(`${app.host.url}#/settings`);
    await page.locator('.segmented label', { hasText: 'Deutsch' }).first().click();
    await page.getByText('Antworten auf Aufgabenmails').waitFor();
    await page.getByTestId('replies-settings').scrollIntoViewIfNeeded();
    await shoot('replies-settings-de');
    await page.goto(`${app.host.url}#/work/replies`);
    await page.getByText('Von einer anderen Adresse').waitFor();
    await shoot('replies-not-understood-de');
    expect(app.errors).toEqual([]);
  });
});
