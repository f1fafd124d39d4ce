import { existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OfficeNetworkStatus } from '@shared/api/office-contract';
import { CertificateFile, OFFICE_KEY_FILE } from '../../../main/office/certificate-file';
import { describeCertificate, makeCertificate } from '../../../main/office/certificate';
import { connects, freePort, httpsRequest } from '../../helpers/https';
import { officeAddresses as addresses, officeNames as names, useOfficeTestApp } from '../../helpers/office-app';
import { makeUnwritable } from '../../helpers/unwritable';

const office = useOfficeTestApp();
const { call, status, turnOn } = {
  call: <T>(method: string, input: unknown = {}) => office.call<T>(method, input),
  status: () => office.status(),
  turnOn: (extra: object = {}) => office.turnOn(extra),
};
const page = (address: string, host = `kantoor-pc:${office.port}`) => office.get('/', address, host);

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
    expect(on).toMatchObject({ enabled: true, port: office.port, hostNames: names, listening: addresses });
    expect(on.urls).toEqual([
      `https://kantoor-pc:${office.port}/`,
      `https://127.0.0.1:${office.port}/`,
      `https://127.0.0.2:${office.port}/`,
    ]);
    expect(on.certificate!.names).toEqual(names);
    for (const address of addresses) {
      const reply = await page(address);
      expect(reply.status).toBe(200);
      expect(reply.text).toContain('<title>Stroomlijn</title>');
      expect(reply.certificate.fingerprint256).toBe(on.certificate!.fingerprint);
    }
    expect(office.saved()).toEqual({ enabled: true, port: office.port, hostNames: names });
    expect(statSync(join(office.dataDir, OFFICE_KEY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('serves the page without the per-start token, with the security headers and HSTS', async () => {
    await turnOn();
    const reply = await page('127.0.0.1');
    expect(reply.text).not.toContain('stroomlijn-session');
    expect(reply.headers['strict-transport-security']).toBe('max-age=15552000');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['x-frame-options']).toBe('DENY');
    const asset = await httpsRequest('127.0.0.2', office.port, '/assets/app-1234.js', {
      headers: { host: `127.0.0.2:${office.port}` },
    });
    expect(asset.status).toBe(200);
  });

  it('answers exactly the configured names on its port; any other Host is refused (DNS rebinding)', async () => {
    await turnOn();
    expect((await page('127.0.0.1', `KANTOOR-PC:${office.port}`)).status).toBe(200);
    expect((await page('127.0.0.1', `127.0.0.2:${office.port}`)).status).toBe(200);
    for (const host of [
      `evil.example:${office.port}`,
      'kantoor-pc',
      `kantoor-pc:${office.port + 1}`,
      `localhost:${office.port}`,
      `kantoor-pc.evil.example:${office.port}`,
      `x@kantoor-pc:${office.port}`,
    ]) {
      const refused = await page('127.0.0.1', host);
      expect(`${host} → ${refused.status}`).toBe(`${host} → 403`);
      expect(refused.json().error.code).toBe('forbidden');
    }
  });

  it('comes back on at the next start with the same certificate', async () => {
    const on = await turnOn();
    await office.reopen();
    const again = await status();
    expect(again.listening).toEqual(addresses);
    expect(again.certificate).toEqual(on.certificate);
    expect((await page('127.0.0.2')).certificate.fingerprint256).toBe(on.certificate!.fingerprint);
  });

  it('turned off, stops listening at once and stays off at the next start', async () => {
    await turnOn();
    const off = await call<OfficeNetworkStatus>('officeNetwork.update', { enabled: false });
    expect(off.listening).toEqual([]);
    for (const address of addresses) expect(await connects(address, office.port)).toBe('ECONNREFUSED');
    await office.reopen();
    expect((await status()).listening).toEqual([]);
    expect(await connects('127.0.0.1', office.port)).toBe('ECONNREFUSED');
  });

  it('makes a new certificate when the names change, and on request; the listener keeps its port', async () => {
    const first = (await turnOn()).certificate!;
    const renamed = await call<OfficeNetworkStatus>('officeNetwork.update', {
      hostNames: ['kantoor-pc.lan', '127.0.0.1'],
    });
    expect(renamed.certificate!.names).toEqual(['kantoor-pc.lan', '127.0.0.1']);
    expect(renamed.certificate!.fingerprint).not.toBe(first.fingerprint);
    const reply = await page('127.0.0.1', `kantoor-pc.lan:${office.port}`);
    expect(reply.status).toBe(200);
    expect(reply.certificate.fingerprint256).toBe(renamed.certificate!.fingerprint);
    expect((await page('127.0.0.1', `kantoor-pc:${office.port}`)).status).toBe(403);
    const renewed = await call<OfficeNetworkStatus>('officeNetwork.renewCertificate');
    expect(renewed.certificate!.names).toEqual(renamed.certificate!.names);
    expect(renewed.certificate!.fingerprint).not.toBe(renamed.certificate!.fingerprint);
    expect((await page('127.0.0.1', `kantoor-pc.lan:${office.port}`)).certificate.fingerprint256).toBe(
      renewed.certificate!.fingerprint,
    );
  });

  it('moves to another port at once', async () => {
    await turnOn();
    const other = await freePort();
    const moved = await call<OfficeNetworkStatus>('officeNetwork.update', { port: other });
    expect(moved.port).toBe(other);
    expect(await connects('127.0.0.1', office.port)).toBe('ECONNREFUSED');
    expect((await httpsRequest('127.0.0.1', other, '/', { headers: { host: `kantoor-pc:${other}` } })).status).toBe(
      200,
    );
  });
});

describe('a change of the office network that cannot be carried out', () => {
  it('is refused at the port when another program has it, and changes nothing', async () => {
    const squatter = createServer().listen(office.port, '127.0.0.2');
    await once(squatter, 'listening');
    try {
      await expect(turnOn()).rejects.toMatchObject({
        code: 'invalid_input',
        issues: [{ path: 'port', message: 'is in use by another program' }],
      });
      expect(await connects('127.0.0.1', office.port)).toBe('ECONNREFUSED');
      expect(await status()).toMatchObject({ enabled: false, listening: [] });
      expect((await status()).certificate).toBeUndefined();
      expect(office.saved()).toEqual({ enabled: false, port: 4443, hostNames: [] });
    } finally {
      squatter.close();
    }
  });

  it('is refused without a name colleagues type, or with one that is not a host', async () => {
    await expect(
      call('officeNetwork.update', { enabled: true, port: office.port, hostNames: [] }),
    ).rejects.toMatchObject({ issues: [{ path: 'hostNames' }] });
    await expect(call('officeNetwork.update', { hostNames: ['https://kantoor-pc/'] })).rejects.toMatchObject({
      issues: [{ path: 'hostNames[0]' }],
    });
    await expect(call('officeNetwork.update', { hostNames: ['999.1.2.3'] })).rejects.toMatchObject({
      issues: [{ path: 'hostNames[0]' }],
    });
    await expect(call('officeNetwork.update', { port: 70000 })).rejects.toMatchObject({ issues: [{ path: 'port' }] });
    await expect(call('officeNetwork.renewCertificate')).rejects.toMatchObject({ issues: [{ path: 'hostNames' }] });
    expect(await status()).toMatchObject({ enabled: false, hostNames: [], port: 4443 });
  });

  it('leaves no trace when the settings cannot be written: the old certificate and listener stay', async () => {
    const on = await turnOn();
    const undo = makeUnwritable(join(office.dataDir, 'stroomlijn.json'));
    try {
      await expect(call('officeNetwork.update', { hostNames: ['kantoor-pc.lan'] })).rejects.toBeDefined();
      await expect(call('officeNetwork.update', { port: await freePort() })).rejects.toBeDefined();
    } finally {
      undo();
    }
    expect(await status()).toMatchObject({ hostNames: names, port: office.port, certificate: on.certificate });
    expect((await page('127.0.0.1')).certificate.fingerprint256).toBe(on.certificate!.fingerprint);
    await office.reopen();
    expect((await status()).certificate).toEqual(on.certificate);
  });
});

describe('the office network at start', () => {
  it('starts the app when its port was taken meanwhile, says so, and listens once saved again', async () => {
    await turnOn();
    await office.app.close();
    const squatter = createServer().listen(office.port, '127.0.0.1');
    await once(squatter, 'listening');
    try {
      office.app = await office.open();
      expect(await status()).toMatchObject({ enabled: true, listening: [], problem: { reason: 'portInUse' } });
    } finally {
      squatter.close();
    }
    const again = await call<OfficeNetworkStatus>('officeNetwork.update', {});
    expect(again.listening).toEqual(addresses);
    expect(again.problem).toBeUndefined();
    expect((await page('127.0.0.2')).status).toBe(200);
  });

  it('makes a new certificate when its file was damaged', async () => {
    const on = await turnOn();
    await office.app.close();
    writeFileSync(join(office.dataDir, OFFICE_KEY_FILE), '-----BEGIN PRIVATE KEY-----\nAAAA');
    office.app = await office.open();
    const again = await status();
    expect(again.listening).toEqual(addresses);
    expect(again.certificate!.fingerprint).not.toBe(on.certificate!.fingerprint);
    expect((await page('127.0.0.1')).certificate.fingerprint256).toBe(again.certificate!.fingerprint);
  });

  it('keeps the staged certificate a crash left only if the settings were written for it', async () => {
    const on = await turnOn();
    const file = new CertificateFile(office.dataDir);
    const forOtherNames = await makeCertificate(['elders'], new Date('2026-11-26T10:00:00.000Z'));
    await file.stage(forOtherNames);
    await office.reopen();
    expect((await status()).certificate).toEqual(on.certificate);
    expect(existsSync(file.nextPath)).toBe(false);

    const renamed = ['kantoor-pc.lan', '127.0.0.1'];
    const staged = await makeCertificate(renamed, new Date('2026-11-26T10:00:00.000Z'));
    await file.stage(staged);
    await office.app.store.update((data) => {
      data.settings = { ...data.settings, officeNetwork: { ...data.settings.officeNetwork, hostNames: renamed } };
    });
    await office.reopen();
    expect((await status()).certificate!.fingerprint).toBe(describeCertificate(staged.certPem).fingerprint);
    expect((await page('127.0.0.1', `kantoor-pc.lan:${office.port}`)).status).toBe(200);
  });
});
