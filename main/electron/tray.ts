import type * as Electron from 'electron';
import type { ElectronModules } from './modules';

export interface EngineState {
  paused: boolean;
  /** Messages queued or being sent. */
  waiting: number;
}

export interface TrayOptions {
  iconPath: string;
  onOpen(): void;
  onQuit(): void;
  engine(): EngineState;
  onTogglePause(): void;
  /** How often the menu's figures refresh; 0 in tests. */
  refreshMs?: number;
}

export function trayMenuTemplate(options: TrayOptions): Electron.MenuItemConstructorOptions[] {
  const engine = options.engine();
  return [
    { label: 'Open Stroomlijn', click: () => options.onOpen() },
    { type: 'separator' },
    { label: engine.paused ? 'Engine paused' : 'Engine running', enabled: false },
    { label: `${engine.waiting} message${engine.waiting === 1 ? '' : 's'} waiting`, enabled: false },
    { label: engine.paused ? 'Resume the engine' : 'Pause the engine', click: () => options.onTogglePause() },
    { type: 'separator' },
    { label: 'Quit Stroomlijn', click: () => options.onQuit() },
  ];
}

/** The tray icon that keeps the app reachable while its window is closed, with the engine's state. */
export function createTray({ Tray, Menu, nativeImage }: ElectronModules, options: TrayOptions): Electron.Tray {
  const tray = new Tray(nativeImage.createFromPath(options.iconPath));
  tray.setToolTip('Stroomlijn');
  const refresh = () => {
    const engine = options.engine();
    tray.setToolTip(`Stroomlijn — ${engine.paused ? 'paused' : 'running'}, ${engine.waiting} waiting`);
    const onTogglePause = () => {
      options.onTogglePause();
      refresh();
    };
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate({ ...options, onTogglePause })));
  };
  refresh();
  tray.on('click', () => options.onOpen());
  // The tray lives as long as the app, and so does this refresh of its figures.
  const refreshMs = options.refreshMs ?? 10_000;
  if (refreshMs > 0) setInterval(refresh, refreshMs);
  return tray;
}
