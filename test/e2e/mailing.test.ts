import { describe, expect, it } from 'vitest';
import { useAppInBrowser } from '../helpers/app-in-browser';
import { rpc } from '../helpers/http';

const app = useAppInBrowser({
  async prepare(host) {
    const rows = Array.from({ length: 20 }, (_, i) => `Mailing ${String(i + 1).padStart(2, '0')},${i < 2 ? '' : `m${i}@klant.example`},org-buurt,${i === 2 ? 'nee' : 'ja'}`);
    await rpc(host.port, host.token, 'directory.importCsv', { kind: 'contacts', csv: ['name,email,organisationId,consentEmail', ...rows].join('\n') });
  },
});

describe('a mailing in Chromium', () => {
  it('mails 20 contacts: 17 sent, and the 2 without address and the 1 without consent listed', async () => {
    await app.page.goto(`${app.host.url}#/directory/contacts`);
    await app.page.getByRole('searchbox').fill('Mailing');
    await app.page.getByText('20 regels').waitFor();
    await app.page.getByLabel('Alles selecteren').check();
    await app.page.getByRole('button', { name: 'Mailing aan 20' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByLabel('Berichtsjabloon').selectOption({ label: 'Instuurder' });
    await dialog.getByRole('button', { name: 'Ontvangers controleren' }).click();
    await dialog.getByText('3 van hen kunnen deze mail niet krijgen', { exact: false }).waitFor();
    expect(await dialog.locator('tbody tr').allTextContents()).toEqual(['Mailing 01geen adres', 'Mailing 02geen adres', 'Mailing 03geen toestemming']);
    await dialog.getByRole('button', { name: 'Versturen aan 17' }).click();
    await dialog.getByRole('status').getByText('17 verstuurd, 0 mislukt, 3 niet verstuurd, van 20.').waitFor({ timeout: 20_000 });
    await dialog.getByRole('button', { name: 'Verwerkingshistorie openen' }).click();
    await app.page.getByRole('heading', { name: 'Berichten' }).waitFor();
    await expect.poll(() => app.page.locator('tbody tr').count()).toBe(20);
  });
});
