import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium';
import { rpc } from '../helpers/http';
import { type HostProcess, startHostProcess } from '../helpers/host-process';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
let browser: Browser;
let host: HostProcess;
let page: Page;

beforeAll(async () => {
  host = await startHostProcess(tempDir());
  const rows = Array.from({ length: 20 }, (_, i) => `Mailing ${String(i + 1).padStart(2, '0')},${i < 2 ? '' : `m${i}@klant.example`},org-buurt,${i === 2 ? 'nee' : 'ja'}`);
  await rpc(host.port, host.token, 'directory.importCsv', { kind: 'contacts', csv: ['name,email,organisationId,consentEmail', ...rows].join('\n') });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('a mailing in Chromium', () => {
  it('mails 20 contacts: 17 sent, and the 2 without address and the 1 without consent listed', async () => {
    await page.goto(`${host.url}#/directory/contacts`);
    await page.getByRole('searchbox').fill('Mailing');
    await page.getByText('20 regels').waitFor();
    await page.getByLabel('Alles selecteren').check();
    await page.getByRole('button', { name: 'Mailing aan 20' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Berichtsjabloon').selectOption({ label: 'Instuurder' });
    await dialog.getByRole('button', { name: 'Ontvangers controleren' }).click();
    await dialog.getByText('3 van hen kunnen deze mail niet krijgen', { exact: false }).waitFor();
    expect(await dialog.locator('tbody tr').allTextContents()).toEqual(['Mailing 01geen adres', 'Mailing 02geen adres', 'Mailing 03geen toestemming']);
    await dialog.getByRole('button', { name: 'Versturen aan 17' }).click();
    await dialog.getByRole('status').getByText('17 verstuurd, 0 mislukt, 3 niet verstuurd, van 20.').waitFor({ timeout: 20_000 });
    await dialog.getByRole('button', { name: 'Verwerkingshistorie openen' }).click();
    await page.getByRole('heading', { name: 'Berichten' }).waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(20);
  });
});
