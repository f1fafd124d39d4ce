import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Call, SessionSlot } from '../../main/api/call';
import { type BrowserHost, startBrowserHost } from '../../main/http/browser-host';
import { openTestApp, type TestApp } from '../helpers/app';
import { fakeClock } from '../helpers/clock';
import { cookieOf, rpc } from '../helpers/http';
import { giveSignIn, PASSWORD, signInOverRpc } from '../helpers/sign-in';
import { useTempDirs } from '../helpers/temp-dir';

const tempDir = useTempDirs();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let clock: ReturnType<typeof fakeClock>;
let app: TestApp;
let host: BrowserHost;
let dataDir: string;

/** Sign-in, limits and sessions through the real browser host, with the clock in the test's hand. */
beforeEach(async () => {
  const rendererDir = tempDir('renderer');
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  mkdirSync(join(rendererDir, 'assets'));
  clock = fakeClock();
  dataDir = tempDir();
  app = await openTestApp(dataDir, clock);
  const { dispatch, callers } = app.core;
  host = await startBrowserHost({ dispatch, callers, rendererDir, port: 0, log: () => undefined });
  await giveSignIn(app, 'user-bram', 'bram');
});

afterEach(async () => {
  await host.close();
  await app.close();
});

const call = (method: string, input: unknown, cookie?: string) =>
  rpc(host.port, host.token, method, input, cookie ?? '');
const signIn = (login: string, password: string) => call('auth.signIn', { login, password });
/** A sign-in from another desk (as the office network makes it): 'ok' or the error's code. */
async function signInFrom(address: string, login: string, password: string): Promise<string> {
  const session: SessionSlot = { kind: 'browser', keep: () => undefined, clear: () => undefined };
  const call: Call = { caller: { kind: 'anonymous' }, address, local: false, session };
  return app.core.dispatch(call, 'auth.signIn', { login, password }).then(
    () => 'ok',
    (error: { code: string }) => error.code,
  );
}
const whoIs = async (cookie: string) =>
  (await call('auth.status', {}, cookie)).json().value.me?.userId as string | undefined;

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict cookie (not Secure over plain HTTP) and keeps only hashes', async () => {
    const reply = await signIn('Bram', PASSWORD);
    expect(reply.status).toBe(200);
    const setCookie = String(reply.headers['set-cookie']);
    expect(setCookie).toMatch(/^stroomlijn_session=[A-Za-z0-9_-]{40,};/);
    expect(setCookie).toContain('HttpOnly; SameSite=Strict; Path=/');
    expect(setCookie).not.toContain('Secure');
    const cookie = cookieOf(reply);
    const secret = cookie.split('=')[1]!;
    expect(reply.text).not.toContain(secret);
    const me = { userId: 'user-bram', login: 'bram', admin: false, mustChangePassword: false };
    expect(reply.json().value.me).toMatchObject(me);
    expect(await whoIs(cookie)).toBe('user-bram');
    const auth = readFileSync(join(dataDir, 'auth.json'), 'utf8');
    expect(auth).not.toContain(secret);
    expect(auth).not.toContain(PASSWORD);
    expect(auth).toContain('$scrypt$ln=15,r=8,p=1$');
  });

  it('answers a wrong password and an unknown login alike; without a session only public methods', async () => {
    const wrong = await signIn('bram', 'niet het wachtwoord');
    const unknown = await signIn('niemand', PASSWORD);
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect((await call('tasks.mine', {})).status).toBe(401);
    expect((await call('tasks.mine', {}, 'stroomlijn_session=made-up')).status).toBe(401);
    expect((await call('auth.status', {})).json().value).toMatchObject({ setupNeeded: false });
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const cookie = cookieOf(await signIn('bram', PASSWORD));
    const out = await call('auth.signOut', {}, cookie);
    expect(out.status).toBe(200);
    expect(String(out.headers['set-cookie'])).toContain('stroomlijn_session=; Max-Age=0');
    expect(await whoIs(cookie)).toBeUndefined();
    expect((await call('tasks.mine', {}, cookie)).status).toBe(401);
  });
});

describe('the limit on failed sign-ins', () => {
  it('locks an account after 5 failures for 15 minutes, even for the right password, then lets it in', async () => {
    for (let i = 0; i < 4; i++) expect((await signIn('bram', `fout wachtwoord ${i}`)).status).toBe(401);
    const fifth = await signIn('bram', 'fout wachtwoord 5');
    expect(fifth.status).toBe(429);
    const until = new Date(clock.now().getTime() + 15 * MINUTE).toISOString();
    expect(fifth.json().error).toMatchObject({ code: 'rate_limited', retryAt: until });
    expect((await signIn('bram', PASSWORD)).status).toBe(429);
    expect((await app.dispatch('accounts.list', {})) as unknown[]).toContainEqual(
      expect.objectContaining({ userId: 'user-bram', lockedUntil: until }),
    );
    clock.advance(15 * MINUTE - 1);
    expect((await signIn('bram', PASSWORD)).status).toBe(429);
    clock.advance(1);
    expect((await signIn('bram', PASSWORD)).status).toBe(200);
  });

  it('a success resets the count: four failures, a sign-in, four failures do not lock', async () => {
    for (let i = 0; i < 4; i++) await signIn('bram', `fout ${i}`);
    expect((await signIn('bram', PASSWORD)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await signIn('bram', `fout ${i}`)).status).toBe(401);
    expect((await signIn('bram', PASSWORD)).status).toBe(200);
  });

  it('locks an address of another desk after 20 failures on any logins, also for an account that did nothing wrong', async () => {
    for (let i = 0; i < 19; i++) expect(await signInFrom('192.0.2.9', `onbekend-${i}`, PASSWORD)).toBe('unauthorized');
    expect(await signInFrom('192.0.2.9', 'onbekend-19', PASSWORD)).toBe('rate_limited');
    expect(await signInFrom('192.0.2.9', 'bram', PASSWORD)).toBe('rate_limited');
    // Another desk is not locked out by it.
    expect(await signInFrom('192.0.2.10', 'bram', PASSWORD)).toBe('ok');
    clock.advance(15 * MINUTE);
    expect(await signInFrom('192.0.2.9', 'bram', PASSWORD)).toBe('ok');
  });

  it('on this computer (everyone at the office PC is 127.0.0.1) counts failures per account only', async () => {
    for (let i = 0; i < 25; i++) expect((await signIn(`onbekend-${i}`, PASSWORD)).status).toBe(401);
    expect((await signIn('bram', PASSWORD)).status).toBe(200);
    // 26 scrypt hashes (an unknown login is hashed too, so it takes as long as a known one): slow on a busy machine.
  }, 90_000);
});

describe('sessions', () => {
  it('end after 8 idle hours; use keeps them alive', async () => {
    const cookie = cookieOf(await signIn('bram', PASSWORD));
    clock.advance(8 * HOUR - MINUTE);
    expect(await whoIs(cookie)).toBe('user-bram');
    clock.advance(8 * HOUR - MINUTE);
    expect(await whoIs(cookie)).toBe('user-bram');
    clock.advance(8 * HOUR);
    expect(await whoIs(cookie)).toBeUndefined();
    expect((await call('inbox.list', {}, cookie)).status).toBe(401);
  });

  it('end 7 days after sign-in however much they are used', async () => {
    const cookie = cookieOf(await signIn('bram', PASSWORD));
    for (let h = 0; h < 7 * 24 - 6; h += 6) {
      clock.advance(6 * HOUR);
      expect(await whoIs(cookie)).toBe('user-bram');
    }
    clock.advance(6 * HOUR);
    expect(await whoIs(cookie)).toBeUndefined();
  });

  it('a password change ends the user’s other sessions, not this one; an administrator ends them all', async () => {
    const here = cookieOf(await signIn('bram', PASSWORD));
    const there = cookieOf(await signIn('bram', PASSWORD));
    const next = 'een nieuw lang wachtwoord';
    expect((await call('auth.changePassword', { current: 'fout', next }, here)).status).toBe(400);
    expect(await whoIs(there)).toBe('user-bram');
    expect((await call('auth.changePassword', { current: PASSWORD, next }, here)).status).toBe(200);
    expect(await whoIs(here)).toBe('user-bram');
    expect(await whoIs(there)).toBeUndefined();
    expect((await signIn('bram', PASSWORD)).status).toBe(401);
    const again = cookieOf(await signIn('bram', next));
    expect(await app.dispatch('accounts.endSessions', { userId: 'user-bram' })).toEqual({ ended: 2 });
    expect(await whoIs(here)).toBeUndefined();
    expect(await whoIs(again)).toBeUndefined();
  });

  it('an administrator’s new password must be replaced first; the last administrator stays; a demoted admin loses rights at once', async () => {
    await giveSignIn(app, 'user-anna', 'anna');
    const anna = await signInOverRpc(host.port, host.token, 'anna');
    expect(
      (await call('accounts.setPassword', { userId: 'user-bram', password: 'tijdelijk wachtwoord' }, anna)).status,
    ).toBe(200);
    const bram = await signIn('bram', 'tijdelijk wachtwoord');
    expect(bram.json().value.me.mustChangePassword).toBe(true);
    // On the server too: nothing but choosing his own password until he has.
    const bramCookie = cookieOf(bram);
    const early = await call('tasks.mine', {}, bramCookie);
    expect([early.status, early.json().error.message]).toEqual([
      403,
      'Choose your own password first (auth.changePassword).',
    ]);
    const own = await call(
      'auth.changePassword',
      { current: 'tijdelijk wachtwoord', next: 'mijn eigen wachtwoord' },
      bramCookie,
    );
    expect(own.status).toBe(200);
    expect((await call('tasks.mine', {}, bramCookie)).status).toBe(200);

    expect((await call('settings.get', {}, anna)).status).toBe(200);
    const directory = (await call('directory.get', {}, anna)).json().value;
    const user = (id: string) => directory.users.find((u: { id: string }) => u.id === id);
    // Anna is the only administrator who can sign in: she cannot demote or remove herself (nobody could manage Stroomlijn).
    const alone = await call('directory.save', { kind: 'users', entry: { ...user('user-anna'), admin: false } }, anna);
    expect(alone.status).toBe(409);
    expect((await call('directory.remove', { kind: 'users', id: 'user-anna' }, anna)).status).toBe(409);
    expect((await call('settings.get', {}, anna)).status).toBe(200);
    expect(
      (await call('directory.save', { kind: 'users', entry: { ...user('user-bram'), admin: true } }, anna)).status,
    ).toBe(200);
    const demoted = await call(
      'directory.save',
      { kind: 'users', entry: { ...user('user-anna'), admin: false } },
      anna,
    );
    expect(demoted.status).toBe(200);
    expect((await call('settings.get', {}, anna)).status).toBe(403);
  });
});
