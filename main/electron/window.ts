import type * as Electron from 'electron';
import { API_METHODS_ARG } from '@shared/api/ipc';
import { apiMethods } from '@shared/api/contract';
import type { Language } from '@shared/model/common';
import { isAppUrl } from './app-protocol';
import { createLinkOpener } from './external-links';
import type { ElectronModules } from './modules';

export interface WindowOptions {
  preloadPath: string;
  indexUrl: string;
  iconPath: string;
  /** The UI language, for the question before a link opens outside. */
  language: () => Language;
}

/** The web preferences of every window: isolated, sandboxed, no Node in the page. */
export const secureWebPreferences = (preloadPath: string): Electron.WebPreferences => ({
  preload: preloadPath,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  additionalArguments: [`${API_METHODS_ARG}${apiMethods.join(',')}`],
});

/** What a subframe (a sandboxed mail preview) may show besides the app's own pages. */
const SUBFRAME_DOCUMENTS = new Set(['about:srcdoc', 'about:blank']);

/**
 * Deny everything a page could use to leave the app: the window stays on the app's own origin; a
 * web link (a click, window.open, target=_blank) goes to `offerLink`, which asks before it opens
 * it outside; redirects, webviews and new windows are refused. A subframe may load only the app's
 * own pages and srcdoc documents: a link inside a mail preview opens nothing.
 */
export function lockDownContents(contents: Electron.WebContents, offerLink: (url: string) => void): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    offerLink(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || SUBFRAME_DOCUMENTS.has(event.url) || isAppUrl(event.url)) return;
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    offerLink(url);
    return { action: 'deny' };
  });
}

/** Refuse every permission request (camera, notifications prompt, geolocation…). */
export function denyPermissions(session: Electron.Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function createMainWindow(
  { BrowserWindow, shell, dialog }: ElectronModules,
  options: WindowOptions,
): Electron.BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Stroomlijn',
    icon: options.iconPath,
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  const openLink = createLinkOpener({ dialog, shell, language: options.language, parent: () => window });
  lockDownContents(window.webContents, (url) => {
    openLink(url).catch((error: unknown) => console.error('open link', error));
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.indexUrl);
  return window;
}
