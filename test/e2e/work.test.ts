import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
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
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('the Work area in Chromium', () => {
  it('submits an approval item, and a reviewer rejects it with a reaction from their task list', async () => {
    await page.goto(`${host.url}#/work`);
    await page.getByLabel('Ik ben').selectOption({ label: 'Eva Smit (portal)' });
    await page.getByRole('button', { name: 'Nieuw dossieritem' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Type dossieritem').selectOption({ label: 'Accorderingsbericht (Profit)' });
    await dialog.getByLabel('Onderwerp').fill('Btw-aangifte Q4');
    await dialog.getByLabel('Berichtsoort').selectOption('btw-aangifte');
    await dialog.getByLabel('Instantie').selectOption('Belastingdienst');
    await dialog.getByRole('button', { name: 'Insturen' }).click();
    await page.getByRole('heading', { name: /D-\d{4}-0001 · Btw-aangifte Q4/ }).waitFor();
    expect(await page.locator('.task-card strong').textContent()).toBe('Beoordelen aangifte klant');

    await page.goto(`${host.url}#/work`);
    await page.getByLabel('Ik ben').selectOption({ label: 'Bram Jansen' });
    const row = page.getByRole('row', { name: /Beoordelen aangifte klant/ });
    await row.waitFor();
    await row.getByRole('button', { name: 'Afkeuren bericht' }).click();
    await page.getByRole('dialog').getByLabel('Reactie', { exact: true }).fill('De periode klopt niet');
    await page.getByRole('dialog').getByLabel('Extern', { exact: false }).check();
    await page.getByRole('dialog').getByRole('button', { name: 'Afkeuren bericht' }).click();
    await page.getByText('Je hebt nu geen taken.').waitFor();
    // The item is confidential: Bram no longer has a task in it, the submitter still sees it.
    await page.getByRole('tab', { name: /Dossieritems/ }).click();
    await expect.poll(() => page.getByRole('link', { name: /Btw-aangifte Q4/ }).count()).toBe(0);
    await page.getByLabel('Ik ben').selectOption({ label: 'Eva Smit (portal)' });
    await page.getByRole('link', { name: /Btw-aangifte Q4/ }).click();
    await page.getByText('De periode klopt niet').waitFor();
    expect(await page.locator('.task-card strong').textContent()).toBe('Beoordelen reactie van klant');
    await page.screenshot({ path: join(repoRoot, 'test', 'output', 'work-item.png') });
    expect(errors).toEqual([]);
  });
});
