import { join } from 'node:path';
import type * as Electron from 'electron';
import { createApp, type App } from '../app';
import type { ApiServer } from '../http/api-server';
import { startDesktopApi } from '../host/desktop-api';
import { APP_INDEX_URL, handleAppScheme, registerAppScheme } from './app-protocol';
import { bindApi } from './ipc';
import type { ElectronModules } from './modules';
import { createTray } from './tray';
import { notifyInbox } from './notifications';
import { createMainWindow, denyPermissions } from './window';
import { DESKTOP_SESSION_FILE, desktopSession } from './desktop-session';

export interface DesktopOptions {
  /** The folder with package.json, dist/ and resources/. */
  appRoot: string;
  dataDir: string;
  version: string;
  /** Serve the API v1 on this loopback port (0: a free one); without it, no API server. */
  apiPort?: number;
  /** Where the office network listens when switched on (default: every address). */
  officeAddresses?: string[];
}

export interface Desktop {
  /** Resolves once the window and tray exist (false when another instance already runs). */
  ready: Promise<boolean>;
}

/**
 * The Electron shell: single instance, one window whose close hides it to the tray, the tray
 * menu, and the API bound to IPC. All electron modules come in through `electron`.
 */
export function startDesktop(electron: ElectronModules, options: DesktopOptions): Desktop {
  const { app, dialog } = electron;
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return { ready: Promise.resolve(false) };
  }
  // Before the app is ready, as Electron requires: the renderer loads from app://stroomlijn/.
  registerAppScheme(electron.protocol);
  const paths = {
    rendererDir: join(options.appRoot, 'dist', 'renderer'),
    indexUrl: APP_INDEX_URL,
    preloadPath: join(options.appRoot, 'dist', 'main', 'preload.cjs'),
    iconPath: join(options.appRoot, 'resources', 'icon.png'),
    trayIconPath: join(options.appRoot, 'resources', 'tray.png'),
  };
  let window: Electron.BrowserWindow | null = null;
  let tray: Electron.Tray | null = null;
  let core: App | null = null;
  let api: ApiServer | null = null;
  let quitting = false;

  const show = () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };

  app.on('second-instance', show);
  app.on('before-quit', () => {
    quitting = true;
  });
  // The engine keeps running in the tray when the window is closed.
  app.on('window-all-closed', () => undefined);
  app.on('will-quit', (event) => {
    if (!core) return;
    event.preventDefault();
    const closing = core;
    core = null;
    void (api?.close() ?? Promise.resolve()).then(() => closing.close()).finally(() => app.quit());
  });

  const ready = app.whenReady().then(async () => {
    try {
      core = await createApp({
        dataDir: options.dataDir,
        resourcesDir: join(options.appRoot, 'resources'),
        rendererDir: join(options.appRoot, 'dist', 'renderer'),
        host: 'electron',
        version: options.version,
        smtpUrl: process.env.SMTP_URL,
        ...(options.officeAddresses ? { officeAddresses: options.officeAddresses } : {}),
      });
    } catch (error) {
      dialog.showErrorBox('Stroomlijn could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
      return false;
    }
    denyPermissions(electron.session.defaultSession);
    handleAppScheme(electron.protocol, paths.rendererDir);
    const session = desktopSession(electron, join(options.dataDir, DESKTOP_SESSION_FILE));
    bindApi(electron.ipcMain, { dispatch: core.dispatch, callers: core.callers, session }, paths.indexUrl);
    const started = core;
    notifyInbox(
      electron,
      core.inbox,
      (id) => started.store.data.directory.users.find((u) => u.id === id)?.name ?? id,
      (hash) => {
        show();
        void window?.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`);
      },
    );
    if (options.apiPort !== undefined)
      api = await startDesktopApi(core, { port: options.apiPort, version: options.version });
    window = createMainWindow(electron, { ...paths, language: () => started.store.data.settings.language });
    window.on('close', (event) => {
      if (quitting) return;
      event.preventDefault();
      window?.hide();
    });
    tray = createTray(electron, {
      iconPath: paths.trayIconPath,
      onOpen: show,
      onQuit: () => app.quit(),
      engine: () => {
        const status = core?.engine.status();
        return { paused: status?.paused ?? false, waiting: status?.waitingMessages ?? 0 };
      },
      onTogglePause: () => {
        if (core)
          void core.engine
            .setPaused(!core.engine.status().paused)
            .catch((e: unknown) => console.error('engine pause', e));
      },
    });
    return tray !== null;
  });
  return { ready };
}
