import { describe, expect, it } from 'vitest';
import { createMainWindow, denyPermissions, secureWebPreferences } from '../../../main/electron/window';
import { apiMethods } from '@shared/api/contract';
import type { Language } from '@shared/model/common';
import { fakeElectron, fakeEvent } from '../../helpers/fake-electron';

const indexUrl = 'app://stroomlijn/index.html';
const options = { preloadPath: '/app/dist/main/preload.cjs', indexUrl, iconPath: '/app/resources/icon.png' };

/** The window with a language the test can change, and its contents' handlers. */
function openWindow(language: Language = 'nl') {
  const fake = fakeElectron();
  const settings = { language };
  const win = createMainWindow(fake.electron, { ...options, language: () => settings.language });
  const contents = fake.windows[0]!.webContents;
  const navigate = (url: string) => {
    const event = fakeEvent({ url, isMainFrame: true });
    contents.emit('will-navigate', event);
    return event.defaultPrevented;
  };
  const frameNavigate = (url: string) => {
    const event = fakeEvent({ url, isMainFrame: false });
    contents.emit('will-frame-navigate', event);
    return event.defaultPrevented;
  };
  const windowOpen = (url: string) => contents.windowOpenHandler!({ url });
  return { fake, win, settings, contents, navigate, frameNavigate, windowOpen };
}

/** Runs the promises already settled (the dialog's answer, then openExternal); no time passes. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('main window', () => {
  it('is isolated and sandboxed, without Node, and tells the preload the API methods', () => {
    const prefs = secureWebPreferences('/p.cjs');
    expect(prefs).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(prefs.additionalArguments).toEqual([`--stroomlijn-api-methods=${apiMethods.join(',')}`]);
  });

  it('loads the app page from the app scheme and shows once ready', () => {
    const { fake, win } = openWindow();
    const created = fake.windows[0]!;
    expect(created.options.webPreferences).toEqual(secureWebPreferences(options.preloadPath));
    expect(created.loaded).toBe(indexUrl);
    created.emit('ready-to-show');
    expect(created.visible).toBe(true);
    expect(win).toBe(created);
  });

  it('stays on its own origin: other schemes and hosts are refused without a question', () => {
    const { fake, navigate } = openWindow();
    expect(navigate('app://stroomlijn/index.html#/work')).toBe(false);
    expect(navigate('app://stroomlijn/index.html')).toBe(false);
    const away = ['file:///etc/passwd', 'app://elsewhere/', 'app://stroomlijn.evil/index.html', 'javascript:alert(1)'];
    for (const url of away) {
      expect(navigate(url), url).toBe(true);
    }
    expect(fake.boxes).toEqual([]);
    expect(fake.opened).toEqual([]);
  });

  it('asks before a web link opens in the browser, naming its host; only Open opens it', async () => {
    const { fake, navigate, windowOpen } = openWindow('nl');
    // window.open and target=_blank both come to the window-open handler: no new window, a question.
    expect(windowOpen('https://docs.example/help?q=1')).toEqual({ action: 'deny' });
    expect(fake.boxes).toHaveLength(1);
    const box = fake.boxes[0]!;
    expect(box.options.message).toBe('https://docs.example openen in je browser?');
    expect(box.options.detail).toBe('Het volledige adres: https://docs.example/help?q=1');
    expect(box.options.buttons).toEqual(['Openen', 'Annuleren']);
    expect(box.options).toMatchObject({ defaultId: 1, cancelId: 1, type: 'question' });
    expect(box.parent).toBe(fake.windows[0]);
    expect(fake.opened).toEqual([]);
    box.click(1);
    await settle();
    expect(fake.opened).toEqual([]);

    // A click on a link in the page (no target) navigates: refused there, and asked the same way.
    expect(navigate('http://intranet.example:8080/page')).toBe(true);
    expect(fake.boxes[1]!.options.message).toBe('http://intranet.example:8080 openen in je browser?');
    fake.boxes[1]!.click(0);
    await settle();
    expect(fake.opened).toEqual(['http://intranet.example:8080/page']);
  });

  it('refuses every other scheme, and addresses with a user name, without asking', async () => {
    const { fake, navigate, windowOpen } = openWindow();
    const refused = [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'mailto:someone@example.org?subject=hi',
      'smb://fileserver/share',
      'stroomlijn-custom://do-something',
      'data:text/html,<script>alert(1)</script>',
      'ms-settings:privacy',
      'https://bank.example@evil.example/',
      'https://user:secret@evil.example/',
      'not a url',
    ];
    for (const url of refused) {
      expect(windowOpen(url), url).toEqual({ action: 'deny' });
      expect(navigate(url), url).toBe(true);
    }
    await settle();
    expect(fake.boxes).toEqual([]);
    expect(fake.opened).toEqual([]);
  });

  it('asks in the UI language, read at each click; an international host shows as DNS spells it', async () => {
    const { fake, settings, windowOpen } = openWindow('en');
    windowOpen('https://example.org/a');
    expect(fake.boxes[0]!.options).toMatchObject({
      message: 'Open https://example.org in your browser?',
      buttons: ['Open', 'Cancel'],
    });
    fake.boxes[0]!.click(1);
    settings.language = 'de';
    await settle();
    windowOpen('https://bücher.example/');
    expect(fake.boxes[1]!.options).toMatchObject({
      message: 'https://xn--bcher-kva.example in Ihrem Browser öffnen?',
      detail: 'Die vollständige Adresse: https://xn--bcher-kva.example/',
      buttons: ['Öffnen', 'Abbrechen'],
    });
  });

  it('asks one question at a time: a link while the question is open is refused', async () => {
    const { fake, windowOpen } = openWindow();
    windowOpen('https://one.example/');
    windowOpen('https://two.example/');
    windowOpen('https://three.example/');
    expect(fake.boxes).toHaveLength(1);
    fake.boxes[0]!.click(0);
    await settle();
    expect(fake.opened).toEqual(['https://one.example/']);
    windowOpen('https://four.example/');
    expect(fake.boxes).toHaveLength(2);
  });

  it('lets a mail preview frame show its own document and load nothing else; no redirects, no webviews', () => {
    const { fake, contents, frameNavigate } = openWindow();
    expect(frameNavigate('about:srcdoc')).toBe(false);
    expect(frameNavigate('app://stroomlijn/index.html')).toBe(false);
    for (const url of ['https://tracker.example/pixel', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(frameNavigate(url), url).toBe(true);
    }
    expect(fake.boxes).toEqual([]);
    const mainFrame = fakeEvent({ url: 'https://example.org/', isMainFrame: true });
    contents.emit('will-frame-navigate', mainFrame);
    expect(mainFrame.defaultPrevented).toBe(false); // the main frame is will-navigate's
    const redirect = fakeEvent({ url: 'https://example.org/' });
    contents.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
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
