import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDesktop } from '../../../main/electron/desktop';
import { fakeElectron, fakeEvent } from '../../helpers/fake-electron';
import { repoRoot } from '../../helpers/paths';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

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
    expect(win.loaded).toBe(`file://${join(repoRoot, 'dist', 'renderer', 'index.html')}`);
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
});
