import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MessageTemplate } from '@shared/model';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';
import type { HostProcess } from '../helpers/host-process';
import { rpc } from '../helpers/http';
import { addUser, publishNoticeWorkflow } from '../helpers/inbox-workflows';
import { ADMIN_LOGIN } from '../helpers/sign-in';
import { switchUser } from '../helpers/sign-in-page';

/** The host's API as the renderer calls it, with a sign-in's cookie (the administrator's by default). */
const caller = (host: HostProcess, cookie?: string) => async (method: string, input: unknown) => {
  const reply = await rpc(host.port, host.token, method, input, cookie);
  if (reply.status !== 200) throw new Error(`${method}: ${reply.status} ${reply.text}`);
  return (reply.json() as { value: unknown }).value;
};

const ids = { letter: '' };
// Sanne handles the post of a small office and is told of each letter; Joost is told too, but the
// letters are confidential and he has no part in them. One example mail sits in the message history.
const app = useAppInBrowser({
  viewport: { width: 1280, height: 800 },
  async prepare(host) {
    const admin = caller(host);
    const sanne = await addUser(admin, 'Sanne Hoekstra', 'sanne@hoekstra-advies.example');
    const joost = await addUser(admin, 'Joost Verbeek', 'joost@hoekstra-advies.example');
    const asSanne = caller(host, await host.signInAs(sanne, 'sanne'));
    await host.signInAs(joost, 'joost');
    const setup = { itemTypeId: 'type-uitgaande-post', notified: [sanne, joost], taskUser: sanne, confidential: true };
    await publishNoticeWorkflow(admin, setup);
    const submit = async (subject: string, onderwerp: string) => {
      const input = { itemTypeId: 'type-uitgaande-post', subject, fields: { onderwerp } };
      return (await asSanne('items.submit', input)) as { id: string };
    };
    ids.letter = (await submit('Brief aan de verhuurder', 'Huuropzegging Spoorlaan')).id;
    await submit('Offerte schoonmaak', 'Schoonmaak kantoor');
    const texts = { nl: { subject: 'Welkom bij Hoekstra Advies', html: '<p>Fijn dat je er bent.</p>' } };
    const welcome = { name: 'Welkom', channel: 'email', texts };
    const template = (await admin('templates.save', { template: welcome })) as MessageTemplate;
    await admin('templates.sendExample', { template, language: 'nl' });
  },
});
const shot = (name: string) => app.page.screenshot({ path: join(outputDir, `small-${name}.png`) });

describe('the small ones users hit, in Chromium (nl, 1280×800)', () => {
  it('task counts follow acting, inbox links only where they open, history rows open with the keyboard', async () => {
    const { page } = app;
    // §7 "Mijn taken" counts: acting on the item's own page counts down without leaving it.
    await switchUser(page, `${app.host.url}#/work/item/${ids.letter}`, 'sanne');
    const myTasks = page.getByRole('tab', { name: /^Mijn taken/ });
    await expect.poll(() => myTasks.textContent()).toBe('Mijn taken 2');
    await page.getByRole('button', { name: 'Klaar' }).click();
    await expect.poll(() => myTasks.textContent()).toBe('Mijn taken 1');
    await shot('work-counts-after-acting');

    // §7 inbox links: Sanne may open her letters, so her entries link to them.
    await page.getByRole('tab', { name: /^Inbox/ }).click();
    await page.locator('.inbox-list summary').first().click();
    const openItem = page.getByRole('link', { name: 'Verloop bekijken' });
    await openItem.first().waitFor();
    await shot('inbox-with-link');
    // Joost was told of the same letters but may not open them: no link that would refuse him.
    await switchUser(page, `${app.host.url}#/work/inbox`, 'joost');
    const entries = page.locator('.inbox-list summary');
    await expect.poll(() => entries.count()).toBe(2);
    for (const summary of await entries.all()) await summary.click();
    await expect.poll(() => page.locator('.inbox-text').count()).toBe(2);
    expect(await openItem.count()).toBe(0);
    await shot('inbox-without-link');

    // §7 message history: Tab reaches a row's subject, the focus shows, Enter opens the message.
    await switchUser(page, `${app.host.url}#/messages`, ADMIN_LOGIN);
    const subject = page.getByRole('button', { name: 'Welkom bij Hoekstra Advies' });
    await subject.waitFor();
    await page.getByLabel('Status').focus();
    await page.keyboard.press('Tab');
    expect(await subject.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await subject.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Welkom bij Hoekstra Advies' }).waitFor();
    expect(await subject.getAttribute('aria-expanded')).toBe('true');
    await shot('history-opened-by-keyboard');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shot('history-opened-by-keyboard-1920');
    expect(app.errors).toEqual([]);
  });
});
