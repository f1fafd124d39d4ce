import { describe, expect, it } from 'vitest';
import { connects, httpsRequest } from '../../helpers/https';
import { useOfficeTestApp } from '../../helpers/office-app';

const office = useOfficeTestApp();
const host = () => `kantoor-pc:${office.port}`;
const ours = () => `https://${host()}`;
const newToken = async () =>
  (await office.call<{ token: string }>('apiTokens.create', { name: 'Boekhouding', scopes: ['admin'] })).token;

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
    expect(withToken.json().data.length).toBeGreaterThan(0);
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
    for (const origin of [
      'https://evil.example',
      'null',
      `http://${host()}`,
      `https://kantoor-pc:${office.port + 1}`,
    ]) {
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
      {
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
        'content-type': 'application/x-www-form-urlencoded',
      },
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

describe('the pages of the links in task mails over the office network', () => {
  it('are answered by the app’s action links, connected once the app was made', async () => {
    await office.turnOn();
    // A made-up link is refused by the action links themselves; the page's own paths still serve the app.
    const madeUp = await office.get('/act/WyJ4Il0.abcdefghijklmnopqrstuv');
    expect(madeUp.status).toBe(404);
    expect(madeUp.headers['strict-transport-security']).toBe('max-age=15552000');
    expect((await office.get('/act-not-a-link')).status).toBe(200);
  });
});

describe('colleagues signed in over the office network', () => {
  const rpc = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    post(`/api/rpc/${method}`, { origin: ours(), 'sec-fetch-site': 'same-origin', ...headers }, JSON.stringify(body));
  const cookieOf = (reply: { headers: Record<string, string | string[] | undefined> }) =>
    String([reply.headers['set-cookie']].flat()[0]).split(';')[0]!;

  async function signIn(userId: string, login: string) {
    // Signed in with the password an administrator set, a colleague may only choose their own first.
    await office.call('accounts.setPassword', { userId, login, password: 'een eerste wachtwoord' });
    const first = await rpc('auth.signIn', { login, password: 'een eerste wachtwoord' });
    const firstSession = { cookie: cookieOf(first), 'x-stroomlijn-csrf': String(first.headers['x-stroomlijn-csrf']) };
    expect((await rpc('tasks.mine', {}, firstSession)).status).toBe(403);
    const own = await rpc(
      'auth.changePassword',
      { current: 'een eerste wachtwoord', next: 'een lang wachtwoord' },
      firstSession,
    );
    expect(own.status, own.text).toBe(200);
    const reply = await rpc('auth.signIn', { login, password: 'een lang wachtwoord' });
    expect(reply.status, reply.text).toBe(200);
    const setCookie = String([reply.headers['set-cookie']].flat()[0]);
    expect(setCookie).toMatch(/^stroomlijn_session=[^;]+; Expires=.*; HttpOnly; SameSite=Strict; Path=\/; Secure$/);
    const csrf = reply.headers['x-stroomlijn-csrf'];
    expect(typeof csrf).toBe('string');
    return { cookie: cookieOf(reply), csrf: String(csrf) };
  }

  it('signs in with a Secure session cookie and works only with the session’s CSRF token', async () => {
    await office.turnOn();
    const { cookie, csrf } = await signIn('user-bram', 'bram');
    const mine = await rpc('tasks.mine', {}, { cookie, 'x-stroomlijn-csrf': csrf });
    expect(mine.status, mine.text).toBe(200);
    const noToken = await rpc('tasks.mine', {}, { cookie });
    expect(noToken.status).toBe(403);
    const wrongToken = await rpc('tasks.mine', {}, { cookie, 'x-stroomlijn-csrf': `${csrf.slice(0, -2)}xx` });
    expect(wrongToken.status).toBe(403);
    // What anyone may ask before signing in needs no token, and hands the page its session's.
    const status = await rpc('auth.status', {}, { cookie });
    expect(status.status).toBe(200);
    expect(status.headers['x-stroomlijn-csrf']).toBe(csrf);
    expect(status.json().value.me.userId).toBe('user-bram');
  });

  it('refuses staff the administrator’s methods and changes nothing; the refusal is in the audit trail with their address', async () => {
    await office.turnOn();
    const { cookie, csrf } = await signIn('user-bram', 'bram');
    const before = office.saved();
    const refused = await rpc('officeNetwork.update', { enabled: false }, { cookie, 'x-stroomlijn-csrf': csrf });
    expect(refused.status).toBe(403);
    expect(office.saved()).toEqual(before);
    const settings = await rpc('settings.get', {}, { cookie, 'x-stroomlijn-csrf': csrf });
    expect(settings.status).toBe(403);
    const { entries } = await office.call<{ entries: { action: string; from: string; actor: { name: string } }[] }>(
      'audit.list',
      {},
    );
    // Newest first: the two refusals here, and the call before he chose his own password.
    expect(entries.filter((e) => e.action === 'refused').map((e) => [e.actor.name, e.from])).toEqual([
      ['Bram Jansen', '127.0.0.1'],
      ['Bram Jansen', '127.0.0.1'],
      ['Bram Jansen', '127.0.0.1'],
    ]);
    expect(entries.find((e) => e.action === 'signedIn')).toMatchObject({
      from: '127.0.0.1',
      actor: { name: 'Bram Jansen' },
    });
  });

  it('never makes the first administrator from another desk', async () => {
    await office.turnOn();
    const setup = await rpc('auth.setup', { name: 'Indringer', login: 'indringer', password: 'een lang wachtwoord' });
    expect(setup.status).toBe(403);
    expect(await office.call('accounts.list', {})).toEqual([]);
  });
});
