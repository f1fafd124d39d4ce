import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDesktop } from '../../../main/electron/desktop';
import { ipcChannel } from '@shared/api/ipc';
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp';
import { fakeElectron, fakeEvent } from '../../helpers/fake-electron';
import { repoRoot, resourcesDir } from '../../helpers/paths';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

/** An app folder as the installer lays it out: the real resources, a built renderer of its own. */
function appFolder() {
  const appRoot = tempDir('app-root');
  symlinkSync(resourcesDir, join(appRoot, 'resources'));
  mkdirSync(join(appRoot, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>this app folder</title>');
  writeFileSync(join(appRoot, 'secret.txt'), 'outside the renderer');
  return appRoot;
}

describe('desktop shell', () => {
  it('quits at once when another instance holds the lock', async () => {
    const fake = fakeElectron({ singleInstance: false });
    const desktop = startDesktop(fake.electron, { appRoot: repoRoot, dataDir: tempDir(), version: '1' });
    expect(await desktop.ready).toBe(false);
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.windows).toEqual([]);
  });

  it('opens the window and the tray; closing hides to the tray; a second start shows it; quit closes the store', async () => {
    const dataDir = tempDir();
    const fake = fakeElectron();
    const desktop = startDesktop(fake.electron, { appRoot: repoRoot, dataDir, version: '1' });
    expect(await desktop.ready).toBe(true);
    const win = fake.windows[0]!;
    expect(win.loaded).toBe('app://stroomlijn/index.html');
    expect(fake.trays).toHaveLength(1);
    expect(fake.handlers.size).toBeGreaterThan(0);
    expect(existsSync(join(dataDir, 'stroomlijn.lock'))).toBe(true);

    win.show();
    const close = fakeEvent();
    win.emit('close', close);
    expect(close.defaultPrevented).toBe(true);
    expect(win.visible).toBe(false);

    fake.app.emit('second-instance');
    expect(win.visible).toBe(true);

    fake.app.emit('before-quit');
    const closeOnQuit = fakeEvent();
    win.emit('close', closeOnQuit);
    expect(closeOnQuit.defaultPrevented).toBe(false);

    const willQuit = fakeEvent();
    fake.app.emit('will-quit', willQuit);
    expect(willQuit.defaultPrevented).toBe(true);
    await until(() => fake.app.quitCalls > 0);
    expect(existsSync(join(dataDir, 'stroomlijn.lock'))).toBe(false);
    expect(fake.app.quitCalls).toBe(1);
  });

  it('shows an error box and exits when the data cannot be opened', async () => {
    const dataDir = tempDir();
    const first = fakeElectron();
    await startDesktop(first.electron, { appRoot: repoRoot, dataDir, version: '1' }).ready;
    const second = fakeElectron();
    expect(await startDesktop(second.electron, { appRoot: repoRoot, dataDir, version: '1' }).ready).toBe(false);
    expect(second.errors[0]![0]).toBe('Stroomlijn could not start');
    expect(second.errors[0]![1]).toMatch(/already using the data folder/);
    expect(second.app.exitCode).toBe(1);
    first.app.emit('will-quit', fakeEvent());
    await until(() => first.app.quitCalls > 0);
  });

  it('loads the renderer from app://stroomlijn/ out of the app folder only; links ask in the UI language', async () => {
    const appRoot = appFolder();
    const fake = fakeElectron();
    const desktop = startDesktop(fake.electron, { appRoot, dataDir: tempDir(), version: '1' });
    // The scheme is privileged before the app is ready (the fake throws otherwise, as Electron does).
    expect(fake.schemes.map((s) => s.scheme)).toEqual(['app']);
    expect(await desktop.ready).toBe(true);
    const win = fake.windows[0]!;
    expect(win.loaded).toBe('app://stroomlijn/index.html');

    const serve = fake.protocolHandlers.get('app')!;
    const page = await serve(new Request('app://stroomlijn/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html><title>this app folder</title>');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await serve(new Request('app://stroomlijn/..%2fsecret.txt'))).status).toBe(404);

    // The page itself may call the API; the language the user picks in Settings is the dialog's.
    const trusted = { senderFrame: { url: 'app://stroomlijn/index.html#/settings', parent: null } };
    const setup = fake.handlers.get(ipcChannel('auth.setup'))!;
    const admin = { name: 'Anna de Vries', login: 'anna', password: 'een lang wachtwoord' };
    expect(await setup(trusted, admin)).toMatchObject({ ok: true });
    const update = fake.handlers.get(ipcChannel('settings.update'))!;
    expect(await update(trusted, { language: 'de' })).toMatchObject({ ok: true });
    expect(win.webContents.windowOpenHandler!({ url: 'https://example.org/hilfe' })).toEqual({ action: 'deny' });
    expect(fake.boxes[0]!.options.message).toBe('https://example.org in Ihrem Browser öffnen?');
    expect(fake.opened).toEqual([]);

    fake.app.emit('will-quit', fakeEvent());
    await until(() => fake.app.quitCalls > 0);
  });
});
