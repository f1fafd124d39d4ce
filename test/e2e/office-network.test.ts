import { createHash, X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';
import { chromiumPath } from '../helpers/chromium';
import { freePort, httpsRequest } from '../helpers/https';
import { vatReturn } from '../helpers/items';
import { signInPage } from '../helpers/sign-in-page';

/** The office PC's network cards, played by two loopback addresses. */
const app = useAppInBrowser({
  viewport: { width: 1280, height: 800 },
  args: ['--office-address', '127.0.0.1', '--office-address', '127.0.0.2'],
});
let colleague: Browser | null = null;
afterAll(async () => {
  await colleague?.close();
});

/** The certificate a TLS client gets from `address:port`, PEM. */
function servedCertificate(address: string, port: number, servername: string): Promise<X509Certificate> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: address, port, servername, rejectUnauthorized: false }, () => {
      const der = socket.getPeerCertificate().raw;
      socket.end();
      resolve(new X509Certificate(der));
    });
    socket.once('error', reject);
  });
}

/** What Chromium's --ignore-certificate-errors-spki-list pins: the SHA-256 of the key (SPKI), base64. */
const spkiHash = (cert: X509Certificate) =>
  createHash('sha256')
    .update(cert.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');

describe('the office network in Chromium', () => {
  let port = 0;
  let fingerprint = '';

  it('an administrator switches it on in Settings: it listens at once and shows the fingerprint colleagues check', async () => {
    const { page } = app;
    port = await freePort();
    await page.goto(`${app.host.url}#/settings`);
    const card = page.getByTestId('office-network');
    await card.getByTestId('office-state').getByText('Uit').waitFor();
    await card.getByLabel('Namen en adressen die collega’s intypen, één per regel').fill('kantoor-pc\n127.0.0.2');
    await card.getByLabel('Poort').fill(String(port));
    await card.getByLabel('Beschikbaar voor collega’s op het kantoornetwerk').check();
    await card.getByRole('button', { name: 'Opslaan' }).click();
    await card.getByTestId('office-urls').getByText(`https://kantoor-pc:${port}/`).waitFor();
    fingerprint = (await card.getByTestId('office-fingerprint').textContent())!;
    const served = await servedCertificate('127.0.0.2', port, 'kantoor-pc');
    expect(served.fingerprint256).toBe(fingerprint);
    expect(served.subjectAltName).toBe('DNS:kantoor-pc, IP Address:127.0.0.2');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outputDir, 'office-network-nl-1280.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outputDir, 'office-network-nl-1920.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByText('Deutsch', { exact: true }).click();
    await card.getByText('Für Kollegen im Büronetzwerk bereitstellen').waitFor();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outputDir, 'office-network-de-1280.png') });
    await page.getByText('Nederlands', { exact: true }).click();
    expect(app.errors).toEqual([]);
  });

  it('a colleague’s browser that does not know the certificate is stopped; one that trusts it gets the app', async () => {
    const url = `https://kantoor-pc:${port}/`;
    const unknown = await app.browser.newContext();
    const stranger = await unknown.newPage();
    const refused = await stranger.goto(`https://127.0.0.2:${port}/`).then(
      () => 'loaded',
      (e: Error) => e.message,
    );
    expect(refused).toContain('ERR_CERT_AUTHORITY_INVALID');
    await unknown.close();

    const served = await servedCertificate('127.0.0.2', port, 'kantoor-pc');
    colleague = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        `--host-resolver-rules=MAP kantoor-pc 127.0.0.2`,
        `--ignore-certificate-errors-spki-list=${spkiHash(served)}`,
      ],
    });
    const context = await colleague.newContext({ viewport: { width: 1280, height: 800 } });
    const desk = await context.newPage();
    const response = await desk.goto(url);
    expect(response!.status()).toBe(200);
    expect(response!.headers()['strict-transport-security']).toBe('max-age=15552000');
    expect(await desk.content()).not.toContain('stroomlijn-session');
    await desk.screenshot({ path: join(outputDir, 'office-network-colleague.png') });
  });

  it('a colleague signs in over HTTPS, sees and does only their own work, is refused the rest; the audit trail shows it all', async () => {
    await app.host.signInAs('user-bram', 'bram');
    // Another application submits for Eva: Bram reviews it (a confidential approval message).
    const { submitterUserId: _eva, ...letter } = vatReturn('Btw-aangifte december');
    expect((await app.host.api('POST', '/items', letter, 'user-eva')).status).toBe(201);

    const context = await colleague!.newContext({ viewport: { width: 1280, height: 800 } });
    const desk = await context.newPage();
    const url = `https://kantoor-pc:${port}/`;
    await signInPage(desk, `${url}#/work`, 'bram');
    const cookie = (await context.cookies(url)).find((c) => c.name === 'stroomlijn_session')!;
    expect([cookie.httpOnly, cookie.secure, cookie.sameSite]).toEqual([true, true, 'Strict']);
    // Only Work and Records; his task, which he acts on.
    expect(
      await desk.locator('nav.sidebar a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['#/work', '#/records']);
    const row = desk.getByRole('row', { name: /Beoordelen aangifte klant/ });
    await row.waitFor();
    await row.getByRole('button', { name: 'Goedkeuren bericht' }).click();
    await desk.getByRole('dialog').getByLabel('Reactie', { exact: true }).fill('In orde');
    await desk.getByRole('dialog').getByRole('button', { name: 'Goedkeuren bericht' }).click();
    await desk.getByText('Je hebt nu geen taken.').waitFor();
    // The Design area is for administrators, and so is the settings API: the server says so, not the page.
    await desk.goto(`${url}#/design`);
    await desk.getByText('Je bent ingelogd als Bram Jansen, geen beheerder.', { exact: false }).waitFor();
    await desk.screenshot({ path: join(outputDir, 'office-network-colleague-design.png') });
    const office = (headers: Record<string, string>, method = 'settings.get') =>
      httpsRequest('127.0.0.2', port, `/api/rpc/${method}`, {
        method: 'POST',
        headers: {
          host: `kantoor-pc:${port}`,
          'content-type': 'application/json',
          cookie: `${cookie.name}=${cookie.value}`,
          ...headers,
        },
        body: '{}',
      });
    const status = await office({ origin: url.slice(0, -1) }, 'auth.status');
    const csrf = String(status.headers['x-stroomlijn-csrf']);
    const settings = await office({ origin: url.slice(0, -1), 'x-stroomlijn-csrf': csrf });
    expect([settings.status, settings.json().error.code]).toEqual([403, 'forbidden']);
    // Without the session's CSRF token, or from another site, nothing gets through.
    expect((await office({ origin: url.slice(0, -1) }, 'tasks.mine')).status).toBe(403);
    expect((await office({ origin: 'https://evil.example', 'x-stroomlijn-csrf': csrf }, 'tasks.mine')).status).toBe(
      403,
    );
    await context.close();

    // The administrator's audit trail: the office network switched on, Bram's sign-in, the refusal.
    const { page } = app;
    await page.goto(`${app.host.url}#/audit`);
    await page.getByRole('heading', { name: 'Logboek' }).waitFor();
    const rows = page.locator('table.audit-table tbody tr');
    await rows.first().waitFor();
    const lines = (await rows.allTextContents()).join('\n');
    // (The colleague's browser here connects from 127.0.0.1, like the administrator's.)
    expect(lines).toMatch(/Bram Jansen\s*Aangemeld\s*bram\s*127\.0\.0\.1/);
    expect(lines).toMatch(/Bram Jansen\s*Geweigerd\s*verzoek: instellingen\s*127\.0\.0\.1/);
    expect(lines).toMatch(/Instellingen gewijzigd.*onderdeel: kantoornetwerk/);
    await page.screenshot({ path: join(outputDir, 'audit-nl-1280.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(outputDir, 'audit-nl-1920.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${app.host.url}#/settings`);
    await page.getByText('Deutsch', { exact: true }).click();
    await page.goto(`${app.host.url}#/audit`);
    await page.getByRole('heading', { name: 'Protokoll' }).waitFor();
    await page.getByRole('combobox', { name: 'Was' }).selectOption({ label: 'Abgewiesen' });
    await expect.poll(async () => (await rows.allTextContents()).every((r) => r.includes('Abgewiesen'))).toBe(true);
    await page.screenshot({ path: join(outputDir, 'audit-de-1280.png') });
    await page.goto(`${app.host.url}#/settings`);
    await page.getByText('Nederlands', { exact: true }).click();
    expect(app.errors).toEqual([]);
  });
});
