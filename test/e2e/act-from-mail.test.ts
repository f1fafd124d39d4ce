import type { AddressObject, ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser';
import { shootBothSizes } from '../helpers/screenshots';
import { rpc } from '../helpers/http';
import { vatReturn } from '../helpers/items';
import { startSmtp, type TestSmtp } from '../helpers/smtp';
import { until } from '../helpers/until';

// Task mails go through a real SMTP server (smtp-server on loopback), started before the app.
let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());

const app = useAppInBrowser({ env: () => ({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` }) });

const shoot = (name: string) => shootBothSizes(app.page, name, { notSideways: true, fullPage: true });

/** Submit an approval message (seed 002) and wait for the task mail that reaches Bram, one of the reviewers. */
async function taskMailFor(subject: string): Promise<ParsedMail> {
  const submitted = await rpc(app.host.port, app.host.token, 'items.submit', {
    ...vatReturn(subject, { klant: subject }),
    submitterUserId: undefined,
  });
  expect(submitted.status).toBe(200);
  const find = () =>
    smtp.received.find(
      (m) => (m.to as AddressObject).text.includes('bram.jansen@') && String(m.subject).includes(subject),
    );
  await until(() => find() !== undefined);
  return find()!;
}

/** The mail as a mail program shows it: its HTML on a blank page (not under the app's or the link page's policy). */
async function showMail(mail: ParsedMail): Promise<void> {
  await app.page.goto('about:blank');
  await app.page.setContent(String(mail.html));
}

/** What went wrong in the page besides the used link's page, which answers 409 Conflict on purpose. */
const unexpected = () => app.errors.splice(0).filter((e) => !e.includes('status of 409'));

const linkOf = (mail: ParsedMail, label: string): string => {
  const found = new RegExp(`<a href="([^"]+/act/[^"]+)"[^>]*>${label}</a>`).exec(String(mail.html));
  if (!found) throw new Error(`no ${label} link in ${String(mail.html)}`);
  return found[1]!;
};

describe('acting from the task mail in Chromium (issue 14)', () => {
  it('shows the task mail with its buttons, and the Dutch confirmation page that acts once', async () => {
    const mail = await taskMailFor('Bakkerij Brood & Zo');
    await showMail(mail);
    await shoot('act-mail-nl');
    const link = linkOf(mail, 'Goedkeuren bericht');
    await app.page.goto(link);
    await app.page.getByRole('heading', { name: 'Goedkeuren bericht bevestigen' }).waitFor();
    expect(await app.page.locator('dd').allTextContents()).toEqual([
      expect.stringContaining('Bakkerij Brood & Zo'),
      'Beoordelen aangifte klant',
      'Goedkeuren bericht',
    ]);
    await shoot('act-confirm-nl');
    await app.page.getByLabel('Reactie').fill('Cijfers gecontroleerd, akkoord');
    await app.page.getByRole('button', { name: 'Goedkeuren bericht bevestigen' }).click();
    await app.page.getByRole('heading', { name: 'Gelukt: Goedkeuren bericht' }).waitFor();
    await shoot('act-done-nl');
    await app.page.goto(link);
    await app.page.getByRole('heading', { name: 'Deze link is al gebruikt' }).waitFor();
    await shoot('act-used-nl');
    expect(unexpected()).toEqual([]);
  });

  it('speaks German to a German recipient', async () => {
    const directory = (await rpc(app.host.port, app.host.token, 'directory.get', {})).json().value as {
      users: { id: string }[];
    };
    const bram = directory.users.find((u) => u.id === 'user-bram')!;
    const saved = await rpc(app.host.port, app.host.token, 'directory.save', {
      kind: 'users',
      entry: { ...bram, language: 'de' },
    });
    expect(saved.status).toBe(200);
    const mail = await taskMailFor('Holzbau Becker');
    expect(String(mail.subject)).toContain('Zu prüfen');
    await showMail(mail);
    await shoot('act-mail-de');
    await app.page.goto(linkOf(mail, 'Afkeuren bericht'));
    await app.page.getByRole('heading', { name: 'Afkeuren bericht bestätigen' }).waitFor();
    expect(await app.page.locator('html').getAttribute('lang')).toBe('de');
    await shoot('act-confirm-de');
    await app.page.getByLabel('Reaktion').fill('Die Beträge stimmen nicht');
    await app.page.getByRole('button', { name: 'Afkeuren bericht bestätigen' }).click();
    await app.page.getByRole('heading', { name: 'Erledigt: Afkeuren bericht' }).waitFor();
    await shoot('act-done-de');
    expect(unexpected()).toEqual([]);
  });
});
