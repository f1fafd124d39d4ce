import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium';
import { type HostProcess, startHostProcess } from '../helpers/host-process';
import { repoRoot } from '../helpers/paths';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
let browser: Browser;
let host: HostProcess;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  host = await startHostProcess(tempDir());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1600, height: 950 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const subject = (language: string) => page.getByTestId(`subject-${language}`);

describe('templates with live preview, in Chromium', () => {
  it('writes a template with a field from the picker and sees the preview follow', async () => {
    await page.goto(`${host.url}#/templates/new`);
    await page.getByLabel('Naam').fill('Welkom');
    const subjectInput = page.getByLabel('Onderwerp');
    await subjectInput.fill('Welkom ');
    await page.getByRole('button', { name: 'Name', exact: true }).first().click();
    await expect.poll(() => subjectInput.inputValue()).toBe('Welkom {{Recipient.Name}}');
    await expect.poll(() => subject('nl').textContent()).toBe('Welkom Bram Jansen');

    // Completion while typing in the body.
    const body = page.getByLabel('Inhoud (HTML)');
    await body.click();
    await body.pressSequentially('<p>Over {{Item.Subj');
    await page.getByRole('listbox').getByRole('option', { name: '{{Item.Subject}}' }).click();
    await expect.poll(() => body.inputValue()).toBe('<p>Over {{Item.Subject}}');
    const frame = page.frameLocator('iframe[title="Voorbeeld nl"]');
    await expect.poll(() => frame.locator('body').textContent()).toContain('Over Adreswijziging per 1 december');

    // A field that does not exist is flagged as you type.
    await body.pressSequentially(' {{Item.Bestaatniet}}');
    await page.getByText('Onbekend veld Item.Bestaatniet').first().waitFor();
  });

  it('switches language and sees the other texts', async () => {
    await page.getByRole('tab', { name: 'English' }).click();
    await page.getByLabel('Onderwerp').fill('Welcome {{Recipient.Name}}');
    await expect.poll(() => subject('en').textContent()).toBe('Welcome Bram Jansen');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Welkom is opgeslagen.').waitFor();
  });

  it('runs no script from data or template in the preview frame', async () => {
    await page.getByRole('tab', { name: 'Nederlands' }).click();
    const body = page.getByLabel('Inhoud (HTML)');
    await body.fill('<p>Hoi</p><script>parent.document.title="hacked"</script><img src=x onerror="parent.document.title=\'hacked\'">');
    await page.waitForTimeout(600);
    expect(await page.title()).toBe('Stroomlijn');
    expect(await page.locator('iframe[title="Voorbeeld nl"]').getAttribute('sandbox')).toBe('');
  });

  it('previews with a real item as data', async () => {
    const { rpc } = await import('../helpers/http');
    await rpc(host.port, host.token, 'items.submit', { itemTypeId: 'type-mutatie', subject: 'Verhuizing naar Zeist', fields: { soort: 'Adres', ingangsdatum: '2026-12-01' }, submitterUserId: 'user-eva' });
    await page.goto(`${host.url}#/templates/tpl-instuurder`);
    await page.reload();
    await expect.poll(() => subject('nl').textContent()).toContain('Adreswijziging per 1 december');
    await page.getByLabel('Voorbeeldgegevens').selectOption({ label: 'D-2026-0001 · Verhuizing naar Zeist' });
    await expect.poll(() => subject('nl').textContent()).toBe('Je mutatie “Verhuizing naar Zeist” is ontvangen');
    await page.goto(`${host.url}#/templates`);
  });

  it('sends one example to me and finds it in the capture mailbox', async () => {
    await page.goto(`${host.url}#/templates`);
    await page.getByRole('link', { name: /Welkom/ }).click();
    await page.getByLabel('Inhoud (HTML)').fill('<p>Beste {{Recipient.Name}}, dit is een voorbeeld.</p>');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('button', { name: 'Eén voorbeeld naar mij sturen' }).click();
    await page.getByText('Er is een voorbeeld gestuurd naar info@stroomlijn.example.').waitFor();
    await page.goto(`${host.url}#/messages/capture`);
    const row = page.getByRole('row', { name: /Welkom Stroomlijn Advies/ });
    await row.waitFor();
    await row.click();
    const frame = page.frameLocator('.message-detail iframe');
    await expect.poll(() => frame.locator('body').textContent()).toContain('Beste Stroomlijn Advies, dit is een voorbeeld.');
    await page.screenshot({ path: join(repoRoot, 'test', 'output', 'messages.png') });
    expect(errors).toEqual([]);
  });
});
