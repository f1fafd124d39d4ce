import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { outputDir } from '../helpers/app-in-browser';
import { launchChromium } from '../helpers/chromium';
import { crashedAfterDeals } from '../helpers/crash-image';
import { type HostProcess, startHostProcess } from '../helpers/host-process';
import { signInPage } from '../helpers/sign-in-page';
import { useTempDirs } from '../helpers/temp-dir';
import { startHostOnTinyDisk } from '../helpers/tiny-disk';

const tempDir = useTempDirs();
let browser: Browser;
let hosts: HostProcess[] = [];
beforeAll(async () => {
  mkdirSync(outputDir, { recursive: true });
  browser = await launchChromium();
});
afterAll(() => browser?.close());
afterEach(async () => {
  await Promise.all(hosts.map((h) => h.stop()));
  hosts = [];
});

const sizes = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

/** A data folder as a crash left it, then damaged: the database cut short, a line of the records' journal broken. */
async function damagedFolder(): Promise<string> {
  const crashed = tempDir();
  const deals = ['Warmtepomp Dorpsstraat', 'Zonnepanelen Kerkplein', 'Isolatie Molenweg'];
  await crashedAfterDeals(crashed, tempDir(), deals);
  truncateSync(join(crashed, 'stroomlijn.json'), 2000);
  const journal = join(crashed, 'records.json.journal');
  const lines = readFileSync(journal, 'utf8').split('\n');
  lines[2] = `${lines[2]!.slice(0, 30)}\u0000${lines[2]!.slice(31)}`;
  writeFileSync(journal, lines.join('\n'));
  return crashed;
}

describe('the store in the app, in Chromium', () => {
  it('shows what a start found wrong with the data files, in Dutch, until dismissed', async () => {
    const host = await startHostProcess(await damagedFolder());
    hosts.push(host);
    for (const viewport of sizes) {
      const page = await browser.newPage({ viewport });
      await signInPage(page, `${host.url}#/records`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.textContent();
      expect(text).toContain('stroomlijn.json kon niet worden gelezen: het bestand is beschadigd. ');
      expect(text).toContain('De back-up is teruggezet; er ontbreekt niets.');
      expect(text).toContain('records.json.journal kon vanaf regel 3 niet worden gelezen: die regel is beschadigd. ');
      expect(text).toContain('Alles tot ');
      await page.screenshot({ path: join(outputDir, `store-notices-${viewport.width}.png`) });
      await alert.getByRole('button', { name: 'Sluiten' }).click();
      await alert.waitFor({ state: 'detached' });
      await page.close();
    }
  });

  it('says in the form that the disk is full and nothing was saved; saving works again once freed', async () => {
    const tiny = await startHostOnTinyDisk(tempDir(), '8m');
    hosts.push(tiny.host);
    const page = await browser.newPage({ viewport: sizes[0] });
    await signInPage(page, `${tiny.host.url}#/directory/roles`);
    await page.getByRole('button', { name: 'Nieuw' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam').fill('Planning');
    tiny.fill();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const error = dialog.getByRole('alert');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      'Dat lukte niet De schijf is vol: er is niets opgeslagen. Maak ruimte vrij op de schijf en probeer het opnieuw.',
    );
    await page.screenshot({ path: join(outputDir, 'disk-full-1280.png') });
    await page.setViewportSize(sizes[1]!);
    await page.screenshot({ path: join(outputDir, 'disk-full-1920.png') });
    tiny.free();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').getByText('Planning is opgeslagen.').waitFor();
    await page.close();
  });
});
