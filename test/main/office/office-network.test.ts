import { readFileSync, statSync } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../../main/app';
import type { OfficeNetworkStatus } from '../../../shared/api/office-contract';
import { OFFICE_KEY_FILE } from '../../../main/office/certificate-file';
import { openTestApp } from '../../helpers/app';
import { fakeClock } from '../../helpers/clock';
import { connects, freePort, httpsRequest } from '../../helpers/https';
import { useTempDirs } from '../../helpers/temp-dir';
import { makeUnwritable } from '../../helpers/unwritable';

const tempDir = useTempDirs();
/** Two loopback addresses stand in for the office PC's network cards. */
const addresses = ['127.0.0.1', '127.0.0.2'];
const names = ['kantoor-pc', '127.0.0.1', '127.0.0.2'];
let dataDir: string;
let rendererDir: string;
let app: App;
let port: number;

const open = () => openTestApp(dataDir, fakeClock('2026-11-26T10:00:00.000Z'), { rendererDir, officeAddresses: addresses });
const call = <T>(method: string, input: unknown = {}) => app.dispatch(method, input) as Promise<T>;
const status = () => call<OfficeNetworkStatus>('officeNetwork.get');
const turnOn = (extra: object = {}) => call<OfficeNetworkStatus>('officeNetwork.update', { enabled: true, port, hostNames: names, ...extra });
const page = (address: string, host = `kantoor-pc:${port}`) => httpsRequest(address, port, '/', { headers: { host } });
const savedSettings = () => JSON.parse(readFileSync(join(dataDir, 'stroomlijn.json'), 'utf8')).settings.officeNetwork;

beforeEach(async () => {
  dataDir = tempDir();
  rendererDir = tempDir('renderer');
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>Stroomlijn</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app-1234.js'), 'console.log(1)');
  port = await freePort();
  app = await open();
});

afterEach(async () => {
  await app.close();
});

describe('the office network', () => {
  it('is off by default: nothing listens on its port, and no certificate is made', async () => {
    const off = await status();
    expect(off).toMatchObject({ enabled: false, port: 4443, hostNames: [], listening: [] });
    expect(off.certificate).toBeUndefined();
    expect(off.suggestions.length).toBeGreaterThan(0);
    for (const address of addresses) expect(await connects(address, 4443)).toBe('ECONNREFUSED');
  });

  it('turned on, serves HTTPS at once on every address with a certificate made for the names', async () => {
    const on = await turnOn();
    expect(on).toMatchObject({ enabled: true, port, hostNames: names, listening: addresses });
    expect(on.urls).toEqual([`https://kantoor-pc:${port}/`, `https://127.0.0.1:${port}/`, `https://127.0.0.2:${port}/`]);
    expect(on.certificate!.names).toEqual(names);
    for (const address of addresses) {
      const reply = await page(address);
      expect(reply.status).toBe(200);
      expect(reply.text).toContain('<title>Stroomlijn</title>');
      expect(reply.certificate.fingerprint256).toBe(on.certificate!.fingerprint);
    }
    expect(savedSettings()).toEqual({ enabled: true, port, hostNames: names });
    expect(statSync(join(dataDir, OFFICE_KEY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('serves the page without the per-start token, with the security headers and HSTS', async () => {
    await turnOn();
    const reply = await page('127.0.0.1');
    expect(reply.text).not.toContain('stroomlijn-session');
    expect(reply.headers['strict-transport-security']).toBe('max-age=15552000');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['x-frame-options']).toBe('DENY');
    const asset = await httpsRequest('127.0.0.2', port, '/assets/app-1234.js', { headers: { host: `127.0.0.2:${port}` } });
    expect(asset.status).toBe(200);
  });

  it('answers exactly the configured names on its port; any other Host is refused (DNS rebinding)', async () => {
    await turnOn();
    expect((await page('127.0.0.1', `KANTOOR-PC:${port}`)).status).toBe(200);
    expect((await page('127.0.0.1', `127.0.0.2:${port}`)).status).toBe(200);
    for (const host of [`evil.example:${port}`, 'kantoor-pc', `kantoor-pc:${port + 1}`, `localhost:${port}`, `kantoor-pc.evil.example:${port}`, `x@kantoor-pc:${port}`]) {
      const refused = await page('127.0.0.1', host);
      expect(`${host} → ${refused.status}`).toBe(`${host} → 403`);
      expect(refused.json().error.code).toBe('forbidden');
    }
  });

  it('comes back on at the next start with the same certificate', async () => {
    const on = await turnOn();
    await app.close();
    app = await open();
    const again = await status();
    expect(again.listening).toEqual(addresses);
    expect(again.certificate).toEqual(on.certificate);
    expect((await page('127.0.0.2')).certificate.fingerprint256).toBe(on.certificate!.fingerprint);
  });

  it('turned off, stops listening at once and stays off at the next start', async () => {
    await turnOn();
    const off = await call<OfficeNetworkStatus>('officeNetwork.update', { enabled: false });
    expect(off.listening).toEqual([]);
    for (const address of addresses) expect(await connects(address, port)).toBe('ECONNREFUSED');
    await app.close();
    app = await open();
    expect((await status()).listening).toEqual([]);
    expect(await connects('127.0.0.1', port)).toBe('ECONNREFUSED');
  });

  it('makes a new certificate when the names change, and on request; the listener keeps its port', async () => {
    const first = (await turnOn()).certificate!;
    const renamed = await call<OfficeNetworkStatus>('officeNetwork.update', { hostNames: ['kantoor-pc.lan', '127.0.0.1'] });
    expect(renamed.certificate!.names).toEqual(['kantoor-pc.lan', '127.0.0.1']);
    expect(renamed.certificate!.fingerprint).not.toBe(first.fingerprint);
    const reply = await page('127.0.0.1', `kantoor-pc.lan:${port}`);
    expect(reply.status).toBe(200);
    expect(reply.certificate.fingerprint256).toBe(renamed.certificate!.fingerprint);
    expect((await page('127.0.0.1', `kantoor-pc:${port}`)).status).toBe(403);
    const renewed = await call<OfficeNetworkStatus>('officeNetwork.renewCertificate');
    expect(renewed.certificate!.names).toEqual(renamed.certificate!.names);
    expect(renewed.certificate!.fingerprint).not.toBe(renamed.certificate!.fingerprint);
    expect((await page('127.0.0.1', `kantoor-pc.lan:${port}`)).certificate.fingerprint256).toBe(renewed.certificate!.fingerprint);
  });

  it('moves to another port at once', async () => {
    await turnOn();
    const other = await freePort();
    const moved = await call<OfficeNetworkStatus>('officeNetwork.update', { port: other });
    expect(moved.port).toBe(other);
    expect(await connects('127.0.0.1', port)).toBe('ECONNREFUSED');
    expect((await httpsRequest('127.0.0.1', other, '/', { headers: { host: `kantoor-pc:${other}` } })).status).toBe(200);
  });
});

describe('a change of the office network that cannot be carried out', () => {
  it('is refused at the port when another program has it, and changes nothing', async () => {
    const squatter = createServer().listen(port, '127.0.0.2');
    await once(squatter, 'listening');
    try {
      await expect(turnOn()).rejects.toMatchObject({ code: 'invalid_input', issues: [{ path: 'port', message: 'is in use by another program' }] });
      expect(await connects('127.0.0.1', port)).toBe('ECONNREFUSED');
      expect(await status()).toMatchObject({ enabled: false, listening: [] });
      expect((await status()).certificate).toBeUndefined();
      expect(savedSettings()).toEqual({ enabled: false, port: 4443, hostNames: [] });
    } finally {
      squatter.close();
    }
  });

  it('is refused without a name colleagues type, or with one that is not a host', async () => {
    await expect(call('officeNetwork.update', { enabled: true, port, hostNames: [] })).rejects.toMatchObject({ issues: [{ path: 'hostNames' }] });
    await expect(call('officeNetwork.update', { hostNames: ['https://kantoor-pc/'] })).rejects.toMatchObject({ issues: [{ path: 'hostNames[0]' }] });
    await expect(call('officeNetwork.update', { hostNames: ['999.1.2.3'] })).rejects.toMatchObject({ issues: [{ path: 'hostNames[0]' }] });
    await expect(call('officeNetwork.update', { port: 70000 })).rejects.toMatchObject({ issues: [{ path: 'port' }] });
    await expect(call('officeNetwork.renewCertificate')).rejects.toMatchObject({ issues: [{ path: 'hostNames' }] });
    expect(await status()).toMatchObject({ enabled: false, hostNames: [], port: 4443 });
  });

  it('leaves no trace when the settings cannot be written: the old certificate and listener stay', async () => {
    const on = await turnOn();
    const undo = makeUnwritable(join(dataDir, 'stroomlijn.json'));
    try {
      await expect(call('officeNetwork.update', { hostNames: ['kantoor-pc.lan'] })).rejects.toBeDefined();
      await expect(call('officeNetwork.update', { port: await freePort() })).rejects.toBeDefined();
    } finally {
      undo();
    }
    expect(await status()).toMatchObject({ hostNames: names, port, certificate: on.certificate });
    expect((await page('127.0.0.1')).certificate.fingerprint256).toBe(on.certificate!.fingerprint);
    await app.close();
    app = await open();
    expect((await status()).certificate).toEqual(on.certificate);
  });
});
