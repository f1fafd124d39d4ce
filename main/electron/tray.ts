import type * as Electron from 'electron';
import type { ElectronModules } from './modules';

export interface TrayOptions {
  iconPath: string;
  onOpen(): void;
  onQuit(): void;
  /** One line on the engine, e.g. "Engine: not running yet". */
  engineStatus(): string;
}

export function trayMenuTemplate(options: TrayOptions): Electron.MenuItemConstructorOptions[] {
  return [
    { label: 'Open Stroomlijn', click: () => options.onOpen() },
    { type: 'separator' },
    { label: options.engineStatus(), enabled: false },
    { type: 'separator' },
    { label: 'Quit Stroomlijn', click: () => options.onQuit() },
  ];
}

/** The tray icon that keeps the app reachable while its window is closed. */
export function createTray({ Tray, Menu, nativeImage }: ElectronModules, options: TrayOptions): Electron.Tray {
  const tray = new Tray(nativeImage.createFromPath(options.iconPath));
  tray.setToolTip('Stroomlijn');
  const refresh = () => tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(options)));
  refresh();
  tray.on('click', () => options.onOpen());
  return tray;
}
