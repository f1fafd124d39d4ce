import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';

const app = useAppInBrowser({ viewport: { width: 1366, height: 820 } });

describe('the app in Chromium, served by the browser host', () => {
  it('reaches Chromium compressed: the scripts and style sheets the page loaded came at less than half their size', async () => {
    await app.page.goto(app.host.url);
    await app.page.locator('nav.sidebar').waitFor();
    const assets = await app.page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => /\/assets\/.*\.(js|css)$/.test(r.name))
        .map((r) => ({ name: r.name, wire: r.encodedBodySize, size: r.decodedBodySize })),
    );
    expect(assets.length).toBeGreaterThan(0);
    // Each of any size came compressed (a 1 KB runtime gains little), and all of it at less than half.
    for (const asset of assets.filter((a) => a.size > 10_000))
      expect(asset.wire, asset.name).toBeLessThan(asset.size / 2);
    const sum = (key: 'wire' | 'size') => assets.reduce((total, a) => total + a[key], 0);
    expect(sum('wire')).toBeLessThan(sum('size') / 2);
  });

  it('adds a person in Directory, and after a reload it is still there', async () => {
    await app.page.goto(`${app.host.url}#/directory/persons`);
    await app.page.getByRole('heading', { name: 'Adresboek' }).waitFor();
    await app.page.getByRole('button', { name: 'Nieuw' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByLabel('Voornaam').fill('Noor');
    await dialog.getByLabel('Achternaam').fill('van Dam');
    await dialog.getByLabel('E-mail werk').fill('noor.vandam@stroomlijn.example');
    await dialog.getByLabel('Organisatie').selectOption({ label: 'Stroomlijn Advies B.V.' });
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await app.page.getByRole('status').getByText('Noor van Dam is opgeslagen.').waitFor();

    await app.page.reload();
    const row = app.page.getByRole('row', { name: /Noor/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('noor.vandam@stroomlijn.example');
    expect(await row.textContent()).toContain('Stroomlijn Advies B.V.');
    await app.page.goto(`${app.host.url}#/directory/users`);
    await app.page.getByRole('row', { name: /Chantal/ }).waitFor();
    await app.page.screenshot({ path: join(outputDir, 'directory.png') });
  });

  it('switches the language to Deutsch, for the whole UI and after a reload', async () => {
    await app.page.goto(`${app.host.url}#/settings`);
    await app.page.getByText('Deutsch', { exact: true }).click();
    await app.page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    await app.page.reload();
    await app.page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    expect(await app.page.getByRole('navigation').textContent()).toContain('Adressbuch');
    expect(await app.page.locator('html').getAttribute('lang')).toBe('de');
    await app.page.screenshot({ path: join(outputDir, 'settings-de.png') });
    await app.page.getByRole('link', { name: 'Adressbuch' }).click();
    await app.page.getByRole('tab', { name: /Mitarbeiter/ }).waitFor();
    await app.page.screenshot({ path: join(outputDir, 'directory-de.png') });
  });

  it('runs without errors in the page', () => {
    expect(app.errors).toEqual([]);
  });
});
