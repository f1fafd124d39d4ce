import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium';
import { type HostProcess, startHostProcess } from '../helpers/host-process';
import { repoRoot } from '../helpers/paths';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const outputDir = join(repoRoot, 'test', 'output');
let browser: Browser;
let host: HostProcess;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  host = await startHostProcess(tempDir());
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', async (r) => r.status() >= 500 && errors.push(`${r.status()} ${r.url()} ${await r.text().catch(() => '')}`));
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('the app in Chromium, served by the browser host', () => {
  it('adds a person in Directory, and after a reload it is still there', async () => {
    await page.goto(`${host.url}#/directory/persons`);
    await page.getByRole('heading', { name: 'Adresboek' }).waitFor();
    await page.getByRole('button', { name: 'Nieuw' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Voornaam').fill('Noor');
    await dialog.getByLabel('Achternaam').fill('van Dam');
    await dialog.getByLabel('E-mail werk').fill('noor.vandam@stroomlijn.example');
    await dialog.getByLabel('Organisatie').selectOption({ label: 'Stroomlijn Advies B.V.' });
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').getByText('Noor van Dam is opgeslagen.').waitFor();

    await page.reload();
    const row = page.getByRole('row', { name: /Noor/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('noor.vandam@stroomlijn.example');
    expect(await row.textContent()).toContain('Stroomlijn Advies B.V.');
    await page.goto(`${host.url}#/directory/users`);
    await page.getByRole('row', { name: /Chantal/ }).waitFor();
    await page.screenshot({ path: join(outputDir, 'directory.png') });
  });

  it('switches the language to Deutsch, for the whole UI and after a reload', async () => {
    await page.goto(`${host.url}#/settings`);
    await page.getByText('Deutsch', { exact: true }).click();
    await page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    expect(await page.getByRole('navigation').textContent()).toContain('Adressbuch');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.screenshot({ path: join(outputDir, 'settings-de.png') });
    await page.getByRole('link', { name: 'Adressbuch' }).click();
    await page.getByRole('tab', { name: /Mitarbeiter/ }).waitFor();
    await page.screenshot({ path: join(outputDir, 'directory-de.png') });
  });

  it('runs without errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
