import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';
import { httpRequest } from '../helpers/http';

const app = useAppInBrowser();
const apiGet = (path: string, token: string) =>
  httpRequest(app.host.port, `/api/v1${path}`, {
    headers: { host: `127.0.0.1:${app.host.port}`, authorization: `Bearer ${token}` },
  });

describe('the API v1 and its tokens', () => {
  it('prints no token: the scripted install wrote it only to its token file (0600), and it works', async () => {
    const output = app.host.output();
    const { apiToken } = app.host;
    expect(apiToken).toMatch(/^stl_/);
    expect(output).not.toContain(apiToken);
    expect(output).not.toContain(apiToken.slice(0, 12));
    expect(output).toContain(`External API v1 at http://127.0.0.1:${app.host.port}/api/v1`);
    expect(statSync(join(`${app.host.dataDir}.setup`, 'api-token')).mode & 0o777).toBe(0o600);
    const types = await apiGet('/item-types', apiToken);
    expect(types.status).toBe(200);
    expect(types.json().data.map((t: { id: string }) => t.id)).toContain('type-accordering');
  });

  it('Settings → API: makes a token that is shown once, with a copy button, and revokes it after confirmation', async () => {
    const { page } = app;
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.host.url.replace(/\/$/, '') });
    await page.goto(`${app.host.url}#/settings`);
    const card = page.locator('fieldset', { has: page.getByText('Andere applicaties gebruiken de API v1') });
    await card.getByRole('row', { name: /Set-up token/ }).waitFor();
    expect(await card.getByTestId('api-base-url').textContent()).toBe(`http://127.0.0.1:${app.host.port}/api/v1`);

    await card.getByLabel('Nieuw token voor').fill('Boekhouding');
    await card.getByRole('button', { name: 'Token aanmaken' }).click();
    const shown = card.getByTestId('api-new-token');
    await shown.waitFor();
    const token = (await shown.textContent())!;
    expect(token).toMatch(/^stl_/);
    await card.getByRole('button', { name: 'Kopiëren' }).click();
    await card.getByRole('button', { name: 'Gekopieerd', exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    const row = card.getByRole('row', { name: /Boekhouding/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(`${token.slice(0, 10)}…`);
    expect(await row.textContent()).toContain('nooit');
    await page.screenshot({ path: join(outputDir, 'settings-api-tokens.png'), fullPage: true });

    // The token works; once the page is reloaded, it is nowhere to be seen again.
    expect((await apiGet('/items', token)).status).toBe(200);
    await page.reload();
    await card.getByRole('row', { name: /Boekhouding/ }).waitFor();
    expect(await page.content()).not.toContain(token);
    expect(await card.getByRole('row', { name: /Boekhouding/ }).textContent()).not.toContain('nooit');

    // Revoke: cancelling keeps it, confirming removes it, and the API refuses it.
    await card.getByRole('button', { name: 'Token Boekhouding intrekken' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();
    expect((await apiGet('/items', token)).status).toBe(200);
    await card.getByRole('button', { name: 'Token Boekhouding intrekken' }).click();
    await page
      .getByRole('dialog', { name: 'Token “Boekhouding” intrekken?' })
      .getByRole('button', { name: 'Intrekken' })
      .click();
    await expect.poll(() => card.getByRole('row', { name: /Boekhouding/ }).count()).toBe(0);
    expect((await apiGet('/items', token)).status).toBe(401);
    expect(app.errors).toEqual([]);
  });
});
