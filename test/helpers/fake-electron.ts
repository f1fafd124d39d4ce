import { EventEmitter } from 'node:events';
import type { ElectronModules } from '../../main/electron/modules';

/** A stand-in for electron's event objects. */
export const fakeEvent = () => {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
};

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
      if (!plain.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return plain.slice(4);
    },
  };
};

export function fakeElectron(options: { singleInstance?: boolean; appPath?: string; encryption?: boolean } = {}) {
  FakeBrowserWindow.created = [];
  FakeTray.created = [];
  FakeNotification.shown = [];
  const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
  const permissions: { request?: (c: unknown, p: string, cb: (ok: boolean) => void) => void; check?: () => boolean } = {};
  const app = Object.assign(new EventEmitter(), {
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
  const errors: [string, string][] = [];
  const opened: string[] = [];
  const modules = {
    app,
    BrowserWindow: FakeBrowserWindow,
    Tray: FakeTray,
    Menu: { buildFromTemplate: (template: unknown) => template },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => handlers.set(channel, fn),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    dialog: { showErrorBox: (title: string, text: string) => errors.push([title, text]) },
    nativeImage: { createFromPath: (path: string) => ({ path }) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: typeof permissions.request) => (permissions.request = fn),
        setPermissionCheckHandler: (fn: typeof permissions.check) => (permissions.check = fn),
      },
    },
    shell: { openExternal: (url: string) => opened.push(url) && Promise.resolve() },
    Notification: FakeNotification,
    safeStorage: fakeSafeStorage(options.encryption ?? true),
  };
  return {
    electron: modules as unknown as ElectronModules,
    app,
    handlers,
    permissions,
    errors,
    opened,
    windows: FakeBrowserWindow.created,
    trays: FakeTray.created,
    notifications: FakeNotification.shown,
  };
}
