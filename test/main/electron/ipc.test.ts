import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESKTOP_SESSION_FILE, desktopSession } from '../../../main/electron/desktop-session';
import { giveSignIn, PASSWORD } from '../../helpers/sign-in';
import { bindApi, isTrustedFrame } from '../../../main/electron/ipc';
import { buildBridge, methodsFromArgv } from '../../../main/electron/preload-bridge';
import { secureWebPreferences } from '../../../main/electron/window';
import { apiMethods } from '@shared/api/contract';
import { ipcChannel } from '@shared/api/ipc';
import { openTestApp } from '../../helpers/app';
import { fakeElectron } from '../../helpers/fake-electron';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const indexUrl = 'file:///app/dist/renderer/index.html';
const mainFrame = { url: `${indexUrl}#/directory`, parent: null };

describe('IPC binding', () => {
  it('trusts only the main frame of the app page', () => {
    expect(isTrustedFrame(mainFrame, indexUrl)).toBe(true);
    expect(isTrustedFrame({ url: indexUrl, parent: {} as never }, indexUrl)).toBe(false);
    expect(isTrustedFrame({ url: 'https://evil.example/', parent: null }, indexUrl)).toBe(false);
    expect(isTrustedFrame(null, indexUrl)).toBe(false);
  });

  it('binds one channel per API method to the real dispatcher, validating input and sender', async () => {
    const dir = tempDir();
    const app = await openTestApp(dir);
    await giveSignIn(app, 'user-anna', 'anna');
    const fake = fakeElectron();
    const session = desktopSession(fake.electron, join(dir, DESKTOP_SESSION_FILE));
    const unbind = bindApi(fake.electron.ipcMain, { ...app.core, session }, indexUrl);
    expect([...fake.handlers.keys()].sort()).toEqual(apiMethods.map(ipcChannel).sort());

    const call = (method: string, input: unknown, frame: unknown = mainFrame) =>
      fake.handlers.get(ipcChannel(method))!({ senderFrame: frame }, input);
    await call('auth.signIn', { login: 'anna', password: PASSWORD });
    const ok = (await call('directory.get', {})) as { ok: true; value: { users: unknown[] } };
    expect(ok.ok).toBe(true);
    expect(ok.value.users.length).toBeGreaterThan(0);

    const bad = (await call('directory.save', { kind: 'roles', entry: { name: '' } })) as {
      ok: false;
      error: { code: string; issues: unknown[] };
    };
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Invalid input for directory.save: entry.name: is required',
        issues: [{ path: 'entry.name', message: 'is required' }],
      },
    });

    const foreign = (await call('directory.get', {}, { url: 'https://evil.example/', parent: null })) as {
      ok: false;
      error: { code: string };
    };
    expect(foreign.error.code).toBe('forbidden');

    unbind();
    expect(fake.handlers.size).toBe(0);
    await app.close();
  });
});

describe('the desktop window’s session', () => {
  it('is made by a sign-in over IPC, kept in main (never in an answer), encrypted across restarts, and ended by sign-out', async () => {
    const dir = tempDir();
    const file = join(dir, DESKTOP_SESSION_FILE);
    const app = await openTestApp(dir);
    await giveSignIn(app, 'user-bram', 'bram');
    const fake = fakeElectron();
    const session = desktopSession(fake.electron, file);
    bindApi(fake.electron.ipcMain, { ...app.core, session }, indexUrl);
    const call = (method: string, input: unknown = {}) =>
      fake.handlers.get(ipcChannel(method))!({ senderFrame: mainFrame }, input) as Promise<{
        ok: boolean;
        value?: unknown;
        error?: { code: string };
      }>;

    expect((await call('tasks.mine')).error?.code).toBe('unauthorized');
    const signedIn = await call('auth.signIn', { login: 'Bram', password: PASSWORD });
    expect(signedIn).toMatchObject({ ok: true, value: { me: { userId: 'user-bram', admin: false } } });
    const secret = session.current!;
    expect(JSON.stringify(signedIn)).not.toContain(secret);
    expect(readFileSync(file).toString('latin1')).not.toContain(secret);
    expect(app.signIn.sessions.resolve(secret)).toMatchObject({ userId: 'user-bram', kind: 'desktop' });
    expect((await call('tasks.mine')).ok).toBe(true);
    expect((await call('directory.get')).error?.code).toBe('forbidden');

    // A restart of the desktop app finds the same session (the window stays signed in).
    const again = desktopSession(fakeElectron().electron, file);
    expect(again.current).toBe(secret);
    expect(app.core.callers.ofSession(again.current)).toMatchObject({
      kind: 'user',
      userId: 'user-bram',
      via: 'desktop',
    });
    // Without encryption by the operating system it is not written at all.
    const plain = desktopSession(fakeElectron({ encryption: false }).electron, join(dir, 'plain.bin'));
    plain.keep(secret, '2026-12-01T00:00:00.000Z');
    expect(existsSync(join(dir, 'plain.bin'))).toBe(false);
    expect(plain.current).toBe(secret);

    expect(await call('auth.signOut')).toMatchObject({ ok: true });
    expect(existsSync(file)).toBe(false);
    expect(app.signIn.sessions.resolve(secret)).toBeNull();
    expect((await call('tasks.mine')).error?.code).toBe('unauthorized');
    await app.close();
  });
});

describe('preload bridge', () => {
  it('exposes exactly the API methods named by main, each invoking only its own channel', async () => {
    const argv = ['/electron', '--type=renderer', ...secureWebPreferences('/p.cjs').additionalArguments!];
    const methods = methodsFromArgv(argv);
    expect(methods).toEqual(apiMethods);
    const invoked: [string, unknown][] = [];
    const bridge = buildBridge(methods, async (channel, input) => {
      invoked.push([channel, input]);
      return { ok: true, value: null };
    }) as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(bridge).sort()).toEqual([...apiMethods].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    await bridge['directory.get']!({});
    expect(invoked).toEqual([['stroomlijn:directory.get', {}]]);
    expect(methodsFromArgv(['/electron'])).toEqual([]);
  });
});
