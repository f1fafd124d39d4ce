import { createHash, X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { outputDir, useAppInBrowser } from '../helpers/app-in-browser';
import { chromiumPath } from '../helpers/chromium';
import { freePort } from '../helpers/https';

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
  createHash('sha256').update(cert.publicKey.export({ type: 'spki', format: 'der' })).digest('base64');

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
    const refused = await stranger.goto(`https://127.0.0.2:${port}/`).then(() => 'loaded', (e: Error) => e.message);
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
});
