import { describe, expect, it } from 'vitest';
import { connects, httpsRequest } from '../../helpers/https';
import { useOfficeTestApp } from '../../helpers/office-app';

const office = useOfficeTestApp();
const host = () => `kantoor-pc:${office.port}`;
const ours = () => `https://${host()}`;
const newToken = async () => (await office.call<{ token: string }>('apiTokens.create', { name: 'Boekhouding' })).token;

const post = (path: string, headers: Record<string, string>, body = '{}') =>
  httpsRequest('127.0.0.1', office.port, path, {
    method: 'POST',
    headers: { host: host(), 'content-type': 'application/json', ...headers },
    body,
  });

describe('the API v1 over the office network', () => {
  it('is served there only while it is on, with tokens as on this computer', async () => {
    const token = await newToken();
    expect(await connects('127.0.0.1', office.port)).toBe('ECONNREFUSED');
    await office.turnOn();
    const health = await office.get('/api/v1/health');
    expect(health.status).toBe(200);
    expect(health.headers['strict-transport-security']).toBe('max-age=15552000');
    const without = await office.get('/api/v1/item-types');
    expect(without.status).toBe(401);
    const withToken = await httpsRequest('127.0.0.2', office.port, '/api/v1/item-types', {
      headers: { host: host(), authorization: `Bearer ${token}` },
    });
    expect(withToken.status).toBe(200);
    expect(withToken.json().length).toBeGreaterThan(0);
  });

  it('refuses a foreign Host and a foreign Origin, token or not', async () => {
    const token = await newToken();
    await office.turnOn();
    const auth = { authorization: `Bearer ${token}` };
    const foreignHost = await httpsRequest('127.0.0.1', office.port, '/api/v1/item-types', {
      headers: { host: `evil.example:${office.port}`, ...auth },
    });
    expect(foreignHost.status).toBe(403);
    const foreignOrigin = await httpsRequest('127.0.0.1', office.port, '/api/v1/item-types', {
      headers: { host: host(), origin: 'https://evil.example', ...auth },
    });
    expect(foreignOrigin.status).toBe(403);
    expect(foreignOrigin.json().error.code).toBe('forbidden');
  });
});

describe('cross-site requests to the office network', () => {
  it('refuses another origin, an opaque one, plain http and our name on another port', async () => {
    await office.turnOn();
    for (const origin of ['https://evil.example', 'null', `http://${host()}`, `https://kantoor-pc:${office.port + 1}`]) {
      const reply = await post('/api/rpc/auth.status', { origin });
      expect(`${origin} → ${reply.status}`).toBe(`${origin} → 403`);
    }
  });

  it('refuses a request the browser marks as coming from another site', async () => {
    await office.turnOn();
    for (const site of ['cross-site', 'same-site', 'none']) {
      const reply = await post('/api/rpc/auth.status', { origin: ours(), 'sec-fetch-site': site });
      expect(`${site} → ${reply.status}`).toBe(`${site} → 403`);
    }
  });

  it('refuses a cross-site form post before reading it, and changes nothing', async () => {
    await office.turnOn();
    const before = office.saved();
    const form = await post(
      '/api/rpc/officeNetwork.update',
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' },
      'enabled=false',
    );
    expect(form.status).toBe(403);
    expect(office.saved()).toEqual(before);
    expect((await office.status()).listening.length).toBe(2);
  });

  it('lets a navigation from another site open the page (a link in an intranet page)', async () => {
    await office.turnOn();
    const reply = await httpsRequest('127.0.0.1', office.port, '/', {
      headers: { host: host(), 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' },
    });
    expect(reply.status).toBe(200);
  });
});
