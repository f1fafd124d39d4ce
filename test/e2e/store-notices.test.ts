import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { outputDir } from '../helpers/app-in-browser';
import { launchChromium } from '../helpers/chromium';
import { crashedAfterDeals } from '../helpers/crash-image';
import { type HostProcess, startHostProcess } from '../helpers/host-process';
import { signInPage } from '../helpers/sign-in-page';
import { useTempDirs } from '../helpers/temp-dir';
import { startHostOnTinyDisk } from '../helpers/tiny-disk';
import { makeUnwritable } from '../helpers/unwritable';

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

/**
 * A data folder as a crash left it, then damaged: the database cut short, a line of the records'
 * journal broken — in both its copies, or (`oneCopy`) only in the journal itself.
 */
async function damagedFolder(oneCopy = false): Promise<string> {
  const crashed = tempDir();
  const deals = ['Warmtepomp Dorpsstraat', 'Zonnepanelen Kerkplein', 'Isolatie Molenweg'];
  await crashedAfterDeals(crashed, tempDir(), deals);
  truncateSync(join(crashed, 'stroomlijn.json'), 2000);
  const journal = join(crashed, 'records.json.journal');
  const lines = readFileSync(journal, 'utf8').split('\n');
  lines[2] = `${lines[2]!.slice(0, 30)}\u0000${lines[2]!.slice(31)}`;
  for (const copy of oneCopy ? [journal] : [journal, `${journal}.2`]) writeFileSync(copy, lines.join('\n'));
  return crashed;
}

/** The app started on the folder `prepared` makes, its records page at each size with the notices shown: `look`. */
async function noticesAtEachSize(
  prepared: Promise<string>,
  look: (page: Page, alert: Locator, width: number) => Promise<void>,
): Promise<void> {
  const host = await startHostProcess(await prepared);
  hosts.push(host);
  for (const viewport of sizes) {
    const page = await browser.newPage({ viewport });
    await signInPage(page, `${host.url}#/records`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await look(page, alert, viewport.width);
    await page.close();
  }
}

describe('the store in the app, in Chromium', () => {
  it('shows what a start found wrong with the data files, in Dutch, until dismissed', () =>
    noticesAtEachSize(damagedFolder(), async (page, alert, width) => {
      const text = await alert.textContent();
      expect(text).toContain('stroomlijn.json kon niet worden gelezen: het bestand is beschadigd. ');
      expect(text).toContain('De back-up is teruggezet; er ontbreekt niets.');
      expect(text).toContain('records.json.journal kon vanaf regel 3 niet worden gelezen: die regel is beschadigd. ');
      expect(text).toContain('De tweede kopie, records.json.journal.2, kon daar ook niet worden gelezen. Alles tot ');
      expect(text).toContain('Wijzigingen aan deze kunnen ontbreken: Isolatie Molenweg, en aan nog 1.');
      await page.screenshot({ path: join(outputDir, `store-notices-${width}.png`) });
      await alert.getByRole('button', { name: 'Sluiten' }).click();
      await alert.waitFor({ state: 'detached' });
    }));

  it('says that one copy of a journal was damaged and made again from the other, with nothing missing', () =>
    noticesAtEachSize(damagedFolder(true), async (page, alert, width) => {
      expect(await alert.textContent()).toContain(
        'records.json.journal kon vanaf regel 3 niet worden gelezen: die regel is beschadigd. Het is gelezen uit ' +
          'de tweede kopie, records.json.journal.2, en daaruit opnieuw gemaakt: er ontbreekt niets.',
      );
      await page.getByText('Isolatie Molenweg').first().waitFor();
      await page.screenshot({ path: join(outputDir, `store-notices-copy-${width}.png`) });
    }));

  it('says in the form which file could not be saved and why; saving works again once it can be', async () => {
    const host = await startHostProcess(tempDir());
    hosts.push(host);
    const page = await browser.newPage({ viewport: sizes[0] });
    await signInPage(page, `${host.url}#/directory/roles`);
    await page.getByRole('button', { name: 'Nieuw' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Naam').fill('Planning');
    const unblock = makeUnwritable(join(host.dataDir, 'stroomlijn.json'));
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const error = dialog.getByRole('alert');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      'Dat lukte niet stroomlijn.json kon niet worden opgeslagen: er staat een map of een ander bestand waar het ' +
        'bestand (of de back-up ervan) hoort. Er is niets gewijzigd; probeer het opnieuw zodra dat is verholpen.',
    );
    await page.screenshot({ path: join(outputDir, 'not-saved-1280.png') });
    await page.setViewportSize(sizes[1]!);
    await page.screenshot({ path: join(outputDir, 'not-saved-1920.png') });
    unblock();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').getByText('Planning is opgeslagen.').waitFor();
    await page.close();
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
