import type * as Electron from 'electron';
import { API_METHODS_ARG } from '../../shared/api/ipc';
import { apiMethods } from '../../shared/api/contract';
import type { ElectronModules } from './modules';

export interface WindowOptions {
  preloadPath: string;
  indexUrl: string;
  iconPath: string;
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

/** Deny everything a page could use to leave the app: navigation, new windows, webviews. */
export function lockDownContents(contents: Electron.WebContents, indexUrl: string, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== indexUrl) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Refuse every permission request (camera, notifications prompt, geolocation…). */
export function denyPermissions(session: Electron.Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function createMainWindow({ BrowserWindow, shell }: ElectronModules, options: WindowOptions): Electron.BrowserWindow {
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
  lockDownContents(window.webContents, options.indexUrl, (url) => void shell.openExternal(url));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.indexUrl);
  return window;
}
