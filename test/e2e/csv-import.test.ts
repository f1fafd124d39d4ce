import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser';
import { rpc } from '../helpers/http';
import { repoRoot } from '../helpers/paths';
import { shootBothSizes } from '../helpers/screenshots';

const fixture = join(repoRoot, 'test', 'fixtures', 'csv', 'contacten-windows-1252.csv');

const app = useAppInBrowser({
  async prepare(host) {
    await rpc(host.port, host.token, 'settings.update', { language: 'nl' });
    // The office's installer is in the Directory already; the file writes its name in other letters.
    const installer = { name: 'Installatiebedrijf Öztürk & Zn.', city: 'Deventer' };
    await rpc(host.port, host.token, 'directory.save', { kind: 'organisations', entry: installer });
  },
});

const shoot = (name: string) => shootBothSizes(app.page, name);

describe('CSV import in Chromium, in Dutch', () => {
  it('imports the Windows-1252 export: maps the Dutch headers, previews, creates the new organisation', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/directory/contacts`);
    await page.getByRole('button', { name: 'CSV importeren' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('CSV-bestand').setInputFiles(fixture);
    const read = 'Gelezen als Windows-1252 (Excel op Windows), met puntkomma’s tussen de cellen.';
    await dialog.getByText(read).waitFor();
    // The Dutch headers, guessed: first name, prefix and last name make the contact's name.
    expect(await dialog.getByLabel('Voornaam').inputValue()).toBe('name');
    expect(await dialog.getByLabel('Tussenvoegsel').inputValue()).toBe('name');
    expect(await dialog.getByLabel('Organisatie').inputValue()).toBe('organisationId');
    expect(await dialog.getByLabel('Datum toestemming').inputValue()).toBe('consentDate');
    expect(await dialog.getByLabel('Notitie').inputValue()).toBe('');
    await dialog.getByText('4 regels: 2 nieuw, 0 bijgewerkt, 2 geweigerd.').waitFor();
    const first = dialog.locator('table.csv-preview tbody tr').first();
    expect(await first.locator('td').allTextContents()).toEqual([
      '2',
      'René Müller',
      'rene.muller@oztuerk.example',
      'Installatiebedrijf Öztürk & Zn.',
      '',
      'Ja',
      '2026-11-26',
    ]);
    await dialog.getByText('Er is geen organisatie “Nieuwe Zaak B.V.”', { exact: false }).first().waitFor();
    await dialog.getByText('“31-02-2026” is geen datum', { exact: false }).first().waitFor();
    await shoot('csv-import-mapping-nl');

    await dialog.getByLabel('Aanmaken').check();
    const summary = '4 regels: 3 nieuw, 0 bijgewerkt, 1 geweigerd. Nieuwe organisaties: Nieuwe Zaak B.V.';
    await dialog.getByText(summary).waitFor();
    await dialog.getByText('Nieuwe Zaak B.V. (nieuw)').waitFor();
    await dialog.getByRole('button', { name: '3 regels importeren' }).click();
    await dialog.getByText('1 organisatie aangemaakt.', { exact: false }).waitFor();
    await shoot('csv-import-report-nl');
    await dialog.getByRole('button', { name: 'Sluiten' }).first().click();

    await page.getByRole('searchbox').fill('René');
    const row = page.locator('table tbody tr', { hasText: 'René Müller' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Installatiebedrijf Öztürk & Zn.');
    expect(await page.locator('body').textContent()).not.toContain('\uFFFD');
    expect(app.errors).toEqual([]);
  });
});
