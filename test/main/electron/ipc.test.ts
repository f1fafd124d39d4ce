import { describe, expect, it } from 'vitest';
import { bindApi, isTrustedFrame } from '../../../main/electron/ipc';
import { buildBridge, methodsFromArgv } from '../../../main/electron/preload-bridge';
import { secureWebPreferences } from '../../../main/electron/window';
import { apiMethods } from '../../../shared/api/contract';
import { ipcChannel } from '../../../shared/api/ipc';
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
    const app = await openTestApp(tempDir());
    const fake = fakeElectron();
    const unbind = bindApi(fake.electron.ipcMain, app.dispatch, indexUrl);
    expect([...fake.handlers.keys()].sort()).toEqual(apiMethods.map(ipcChannel).sort());

    const call = (method: string, input: unknown, frame: unknown = mainFrame) => fake.handlers.get(ipcChannel(method))!({ senderFrame: frame }, input);
    const ok = (await call('directory.get', {})) as { ok: true; value: { users: unknown[] } };
    expect(ok.ok).toBe(true);
    expect(ok.value.users.length).toBeGreaterThan(0);

    const bad = (await call('directory.save', { kind: 'roles', entry: { name: '' } })) as { ok: false; error: { code: string; issues: unknown[] } };
    expect(bad).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Invalid input for directory.save: entry.name: is required', issues: [{ path: 'entry.name', message: 'is required' }] } });

    const foreign = (await call('directory.get', {}, { url: 'https://evil.example/', parent: null })) as { ok: false; error: { code: string } };
    expect(foreign.error.code).toBe('forbidden');

    unbind();
    expect(fake.handlers.size).toBe(0);
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
