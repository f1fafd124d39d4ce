import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';
import { startSmtp, type TestSmtp } from '../helpers/smtp';

// A real SMTP server on loopback that wants a user name and password the office gets wrong.
let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp({ auth: { user: 'kantoor', pass: 'geheim' } });
});
afterAll(() => smtp.close());

const app = useAppInBrowser();

const shoot = async (name: string) => {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await app.page.setViewportSize({ width, height });
    await app.page.screenshot({ path: join(outputDir, `${name}-${width}x${height}.png`) });
  }
};

describe('the server’s refusals in Dutch, in Chromium', () => {
  it('says in Dutch why the SMTP server refused the connection test', async () => {
    await app.page.goto(`${app.host.url}#/settings`);
    await app.page.getByLabel('Versturen via een SMTP-server').check();
    await app.page.locator('#smtp-host').fill('127.0.0.1');
    await app.page.locator('#smtp-port').fill(String(smtp.port));
    await app.page.locator('#smtp-user').fill('kantoor');
    await app.page.locator('#smtp-password').fill('fout');
    await app.page.getByRole('button', { name: 'Verbinding testen' }).click();
    const status = app.page.locator('.error-box[role=status]');
    await status.waitFor({ timeout: 20_000 });
    const text = await status.textContent();
    expect(text).toMatch(
      /^Geen verbinding met 127\.0\.0\.1:\d+: de server weigerde de gebruikersnaam of het wachtwoord \(/,
    );
    expect(text).not.toMatch(/Could not connect|refused the user name/);
    await status.scrollIntoViewIfNeeded();
    await shoot('dutch-errors-smtp');
  });

  it('says in Dutch what is wrong with a CSV file: its header, and a line of it', async () => {
    await app.page.goto(`${app.host.url}#/directory/roles`);
    await app.page.getByRole('button', { name: /CSV importeren/ }).click();
    const dialog = app.page.getByRole('dialog');
    // No column goes to the required name: the mapping step says so in Dutch, and nothing can be imported.
    await dialog.getByLabel(/plak de tekst/).fill('kleur,stad\nrood,Delft');
    await dialog.getByRole('button', { name: 'Bestand lezen' }).click();
    await dialog.getByText(/Geen kolom gaat naar [^,]+, dat verplicht is\./).waitFor();
    expect(await dialog.textContent()).not.toMatch(/missing|required|cannot be imported/);
    await shoot('dutch-errors-csv-header');

    await dialog.getByRole('button', { name: 'Ander bestand' }).click();
    await dialog.getByLabel(/plak de tekst/).fill('name,description\nBoekhouding,Cijfers,extra\nSecretariaat,Post');
    await dialog.getByRole('button', { name: 'Bestand lezen' }).click();
    await dialog.getByText('De regel heeft 3 cellen waar de kopregel er 2 heeft.').first().waitFor();
    await dialog.getByRole('button', { name: '1 regel importeren' }).click();
    await dialog.getByText('2 regels gelezen: 1 toegevoegd, 0 bijgewerkt, 1 geweigerd.').waitFor();
    expect(await dialog.textContent()).not.toMatch(/cells|header has/);
    await shoot('dutch-errors-csv-line');
  });
});
