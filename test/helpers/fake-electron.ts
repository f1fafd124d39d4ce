import { EventEmitter } from 'node:events';
import type * as Electron from 'electron';
import type { ElectronModules } from '../../main/electron/modules';

/** A stand-in for electron's event objects; navigation events carry `url` and `isMainFrame`. */
export const fakeEvent = (details: { url?: string; isMainFrame?: boolean } = {}) => {
  const event = { ...details, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
};

/** A message box on screen: what it asks, and a way to click one of its buttons. */
export interface FakeMessageBox {
  parent: unknown;
  options: Pick<Electron.MessageBoxOptions, 'message' | 'detail' | 'buttons' | 'defaultId' | 'cancelId' | 'type'>;
  click(button: number): void;
}

class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  visible = false;
  loaded: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string) {
    this.loaded = url;
    return Promise.resolve();
  }
  show() {
    this.visible = true;
  }
  hide() {
    this.visible = false;
  }
  focus() {}
  isMinimized() {
    return false;
  }
  restore() {}
}

class FakeTray extends EventEmitter {
  static created: FakeTray[] = [];
  menu: { label?: string; enabled?: boolean; type?: string; click?: () => void }[] = [];
  tooltip = '';
  constructor(readonly image: unknown) {
    super();
    FakeTray.created.push(this);
  }
  setToolTip(text: string) {
    this.tooltip = text;
  }
  setContextMenu(menu: FakeTray['menu']) {
    this.menu = menu;
  }
}

class FakeNotification extends EventEmitter {
  static shown: FakeNotification[] = [];
  static isSupported = () => true;
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  show() {
    FakeNotification.shown.push(this);
  }
}

/**
 * A stand-in for safeStorage: "encrypts" by XOR with a key of this fake (the real one asks the
 * operating system), so what it writes is not the text in the clear.
 */
export const fakeSafeStorage = (available = true) => {
  const xor = (data: Buffer) => Buffer.from(data.map((b, i) => b ^ (0x5a + (i % 7))));
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text: string) => xor(Buffer.concat([Buffer.from('enc:'), Buffer.from(text, 'utf8')])),
    decryptString: (data: Buffer) => {
      const plain = xor(data).toString('utf8');
      if (!plain.startsWith('enc:'))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return plain.slice(4);
    },
  };
};

export function fakeElectron(options: { singleInstance?: boolean; appPath?: string; encryption?: boolean } = {}) {
  FakeBrowserWindow.created = [];
  FakeTray.created = [];
  FakeNotification.shown = [];
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  const permissions: { request?: (c: unknown, p: string, cb: (ok: boolean) => void) => void; check?: () => boolean } =
    {};
  const app = Object.assign(new EventEmitter(), {
    /** Like Electron, the app becomes ready after the main script's first synchronous run. */
    ready: false,
    isReady: () => app.ready,
    quitCalls: 0,
    exitCode: null as number | null,
    requestSingleInstanceLock: () => options.singleInstance ?? true,
    whenReady: () => Promise.resolve(),
    quit() {
      app.quitCalls += 1;
    },
    exit(code: number) {
      app.exitCode = code;
    },
    getAppPath: () => options.appPath ?? '/app',
  });
  queueMicrotask(() => (app.ready = true));
  const errors: [string, string][] = [];
  const opened: string[] = [];
  const boxes: FakeMessageBox[] = [];
  const schemes: { scheme: string; privileges?: Record<string, boolean> }[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  // Electron's rules: privileged schemes once and before ready; handlers after ready, once per scheme.
  const protocol = {
    registerSchemesAsPrivileged(list: typeof schemes) {
      if (app.ready) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
      if (schemes.length > 0) throw new Error('registerSchemesAsPrivileged can be called only once');
      schemes.push(...list);
    },
    handle(scheme: string, handler: (request: Request) => Response | Promise<Response>) {
      if (!app.ready) throw new Error('protocol.handle must be called after the app is ready');
      if (protocolHandlers.has(scheme)) throw new Error(`The scheme ${scheme} is already handled`);
      protocolHandlers.set(scheme, handler);
    },
  };
  const showMessageBox = (...args: unknown[]) =>
    new Promise<{ response: number; checkboxChecked: boolean }>((resolve) => {
      const [parent, options] = args.length > 1 ? args : [null, args[0]];
      boxes.push({
        parent,
        options: options as FakeMessageBox['options'],
        click: (response) => resolve({ response, checkboxChecked: false }),
      });
    });
  const modules = {
    app,
    BrowserWindow: FakeBrowserWindow,
    Tray: FakeTray,
    Menu: { buildFromTemplate: (template: unknown) => template },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => handlers.set(channel, fn),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    dialog: { showErrorBox: (title: string, text: string) => errors.push([title, text]), showMessageBox },
    nativeImage: { createFromPath: (path: string) => ({ path }) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof permissions.request) => (permissions.request = fn),
        setPermissionCheckHandler: (fn: typeof permissions.check) => (permissions.check = fn),
      },
    },
    shell: { openExternal: (url: string) => opened.push(url) && Promise.resolve() },
    Notification: FakeNotification,
    protocol,
    safeStorage: fakeSafeStorage(options.encryption ?? true),
  };
  return {
    electron: modules as unknown as ElectronModules,
    app,
    handlers,
    permissions,
    errors,
    opened,
    boxes,
    schemes,
    protocolHandlers,
    windows: FakeBrowserWindow.created,
    trays: FakeTray.created,
    notifications: FakeNotification.shown,
  };
}
