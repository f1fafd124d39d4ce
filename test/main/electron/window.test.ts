import { describe, expect, it } from 'vitest';
import { createMainWindow, denyPermissions, secureWebPreferences } from '../../../main/electron/window';
import { apiMethods } from '../../../shared/api/contract';
import { fakeElectron, fakeEvent } from '../../helpers/fake-electron';

const indexUrl = 'file:///app/dist/renderer/index.html';
const options = { preloadPath: '/app/dist/main/preload.cjs', indexUrl, iconPath: '/app/resources/icon.png' };

describe('main window', () => {
  it('is isolated and sandboxed, without Node, and tells the preload the API methods', () => {
    const prefs = secureWebPreferences('/p.cjs');
    expect(prefs).toMatchObject({ preload: '/p.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(prefs.additionalArguments).toEqual([`--stroomlijn-api-methods=${apiMethods.join(',')}`]);
  });

  it('loads the app page and shows once ready', () => {
    const fake = fakeElectron();
    const win = createMainWindow(fake.electron, options);
    const created = fake.windows[0]!;
    expect(created.options.webPreferences).toEqual(secureWebPreferences(options.preloadPath));
    expect(created.loaded).toBe(indexUrl);
    created.emit('ready-to-show');
    expect(created.visible).toBe(true);
    expect(win).toBe(created);
  });

  it('denies navigation away from the app, redirects, webviews and new windows; web links open outside', () => {
    const fake = fakeElectron();
    createMainWindow(fake.electron, options);
    const contents = fake.windows[0]!.webContents;
    const away = fakeEvent();
    contents.emit('will-navigate', away, 'https://evil.example/');
    expect(away.defaultPrevented).toBe(true);
    const reload = fakeEvent();
    contents.emit('will-navigate', reload, indexUrl);
    expect(reload.defaultPrevented).toBe(false);
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://docs.example/help' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://docs.example/help']);
  });

  it('denies every permission request and check', () => {
    const fake = fakeElectron();
    denyPermissions(fake.electron.session.defaultSession);
    const answers: boolean[] = [];
    fake.permissions.request!(null, 'media', (ok) => answers.push(ok));
    fake.permissions.request!(null, 'notifications', (ok) => answers.push(ok));
    expect(answers).toEqual([false, false]);
    expect(fake.permissions.check!()).toBe(false);
  });
});
