import type * as Electron from 'electron';

/** The parts of electron the shell uses. Passed in, so tests run the shell with fakes. */
export interface ElectronModules {
  app: Electron.App;
  BrowserWindow: typeof Electron.BrowserWindow;
  Tray: typeof Electron.Tray;
  Menu: typeof Electron.Menu;
  ipcMain: Electron.IpcMain;
  dialog: Electron.Dialog;
  nativeImage: typeof Electron.nativeImage;
  session: typeof Electron.session;
  protocol: Electron.Protocol;
  shell: Electron.Shell;
  Notification: typeof Electron.Notification;
  safeStorage: Electron.SafeStorage;
}
