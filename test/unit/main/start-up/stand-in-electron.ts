import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { FakeElectronNet } from '../electron/fake-electron-net';
import { FakeSafeStorage, type KeyProvider } from '../electron/fake-safe-storage';

/**
 * A stand-in for the `electron` module, for running main/index.ts under plain Node (start-up.test.ts loads it
 * through a module hook). It records every call, and enforces Electron 45's rules about the `ready` event,
 * throwing where Electron throws:
 *
 * - Before `ready` only: `protocol.registerSchemesAsPrivileged` ("can only be used before the ready event of
 *   the app module gets emitted and can be called only once", docs/api/protocol.md), `app.enableSandbox`
 *   ("can only be called before app is ready", docs/api/app.md), `app.setPath('userData' | 'sessionData')`
 *   (docs/api/app.md: the session's data path must be set "before the ready event … is emitted"), and, as this
 *   app's own rule, `app.requestSingleInstanceLock` (a second instance must quit before it does anything).
 * - After `ready` only: `screen` ("The 'screen' module can't be used before the app 'ready' event",
 *   shell/browser/api/electron_api_screen.cc; lib/browser/api/screen.ts creates it on first property access),
 *   `session.defaultSession` / `fromPartition` ("Session can only be received when app is ready",
 *   electron_api_session.cc) and so `protocol.handle`, `safeStorage`'s async calls (see fake-safe-storage.ts),
 *   `new Notification` ("Cannot create Notification before app is ready", electron_api_notification.cc),
 *   `new BrowserWindow` ("Cannot create BrowserWindow before app is ready"), `net.request` (fake-electron-net.ts).
 * - `Menu` has no ready check in electron_api_menu.cc, so none is enforced here.
 * - `ipcMain.handle` twice for one channel throws "Attempted to register a second handler for '…'"
 *   (lib/browser/ipc-main-impl.ts).
 * - `web-contents-created` is emitted for a window's webContents while the window is being created, so
 *   policies installed on it apply before the page loads (docs/api/app.md).
 */

export interface Call {
  api: string;
  args: unknown[];
  beforeReady: boolean;
}

const env = process.env;
const calls: Call[] = [];
const violations: string[] = [];
let ready = false;
let nextWebContentsId = 1;
const readyWaiters: (() => void)[] = [];
const windows: FakeBrowserWindow[] = [];
const windowLoaded: ((window: FakeBrowserWindow) => void)[] = [];

/** Values as they can cross a process boundary: functions by name, no cycles. */
function plain(value: unknown, depth = 0): unknown {
  if (typeof value === 'function') return '[function]';
  if (value === null || typeof value !== 'object') return value;
  if (depth > 4) return '[…]';
  if (Array.isArray(value)) return value.map((item) => plain(item, depth + 1));
  if (value instanceof FakeMenu || value instanceof FakeSession || value instanceof EventEmitter)
    return `[${value.constructor.name}]`;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item, depth + 1)]));
}

function record(api: string, ...args: unknown[]): void {
  calls.push({ api, args: args.map((arg) => plain(arg)), beforeReady: !ready });
}

/** Throws as Electron does, and remembers it: the test fails on any rule broken, even one caught. */
function rule(ok: boolean, message: string): void {
  if (ok) return;
  violations.push(message);
  throw new Error(message);
}

function requireReady(message: string, type: ErrorConstructor = Error): void {
  if (ready) return;
  violations.push(message);
  throw new type(message);
}

// ---------------------------------------------------------------------------------------------
// app
// ---------------------------------------------------------------------------------------------

const home = env.STAND_IN_HOME ?? join(process.cwd(), '.cache', 'stand-in-electron');
const paths: Record<string, string> = {
  home,
  appData: join(home, 'appData'),
  userData: join(home, 'appData', 'Mix Explorer'),
  sessionData: join(home, 'appData', 'Mix Explorer'),
  downloads: join(home, 'Downloads'),
  logs: join(home, 'appData', 'Mix Explorer', 'logs'),
  temp: join(home, 'tmp'),
};

class FakeApp extends EventEmitter {
  readonly isPackaged = env.STAND_IN_PACKAGED === '1';
  exitCode: number | undefined;
  quitRequested = false;

  override on(event: string | symbol, listener: (...args: never[]) => void): this {
    record(`app.on:${String(event)}`);
    return super.on(event, listener as (...args: unknown[]) => void);
  }

  override once(event: string | symbol, listener: (...args: never[]) => void): this {
    record(`app.once:${String(event)}`);
    return super.once(event, listener as (...args: unknown[]) => void);
  }

  getPath(name: string): string {
    const path = paths[name];
    if (path === undefined) throw new Error(`Failed to get '${name}' path`);
    return path;
  }

  setPath(name: string, path: string): void {
    record('app.setPath', name, path);
    if (name === 'userData' || name === 'sessionData') {
      rule(!ready, `app.setPath('${name}') must be called before the ready event`);
    }
    paths[name] = path;
    if (name === 'userData') paths.sessionData = path;
  }

  getVersion(): string {
    return '0.1.0';
  }

  getName(): string {
    return 'Mix Explorer';
  }

  isReady(): boolean {
    return ready;
  }

  whenReady(): Promise<void> {
    record('app.whenReady');
    return ready ? Promise.resolve() : new Promise((resolve) => readyWaiters.push(resolve));
  }

  enableSandbox(): void {
    record('app.enableSandbox');
    rule(!ready, 'app.enableSandbox() can only be called before app is ready');
  }

  requestSingleInstanceLock(): boolean {
    record('app.requestSingleInstanceLock');
    rule(!ready, 'app.requestSingleInstanceLock() must run before ready, so a second instance quits at once');
    return env.STAND_IN_SECOND_INSTANCE !== '1';
  }

  setAppUserModelId(id: string): void {
    record('app.setAppUserModelId', id);
  }

  setAsDefaultProtocolClient(...args: unknown[]): boolean {
    record('app.setAsDefaultProtocolClient', ...args);
    return true;
  }

  setAboutPanelOptions(options: unknown): void {
    record('app.setAboutPanelOptions', options);
  }

  quit(): void {
    record('app.quit');
    this.quitRequested = true;
  }

  exit(code = 0): void {
    record('app.exit', code);
    this.exitCode = code;
  }
}

export const app = new FakeApp();

// ---------------------------------------------------------------------------------------------
// sessions, protocol, safeStorage, net
// ---------------------------------------------------------------------------------------------

class FakeSession extends EventEmitter {
  readonly webRequest = {
    onBeforeRequest: (...args: unknown[]) => record('session.webRequest.onBeforeRequest', ...args),
  };
  readonly cookies = { flushStore: async () => record('session.cookies.flushStore') };
  readonly protocol = { handle: (scheme: string) => record('session.protocol.handle', scheme) };

  constructor(readonly partition: string) {
    super();
  }

  setPermissionRequestHandler(handler: unknown): void {
    record('session.setPermissionRequestHandler', this.partition, handler);
  }

  setPermissionCheckHandler(handler: unknown): void {
    record('session.setPermissionCheckHandler', this.partition, handler);
  }

  async clearStorageData(): Promise<void> {
    record('session.clearStorageData', this.partition);
  }
}

const sessions = new Map<string, FakeSession>();
function sessionFor(partition: string): FakeSession {
  requireReady('Session can only be received when app is ready', TypeError);
  let found = sessions.get(partition);
  if (!found) {
    found = new FakeSession(partition);
    sessions.set(partition, found);
  }
  return found;
}

export const session = {
  get defaultSession(): FakeSession {
    return sessionFor('');
  },
  fromPartition(partition: string): FakeSession {
    record('session.fromPartition', partition);
    return sessionFor(partition);
  },
};

let privilegedSchemesRegistered = false;
export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown): void {
    record('protocol.registerSchemesAsPrivileged', schemes);
    rule(!ready, 'protocol.registerSchemesAsPrivileged can only be used before the ready event');
    rule(!privilegedSchemesRegistered, 'protocol.registerSchemesAsPrivileged can be called only once');
    privilegedSchemesRegistered = true;
  },
  handle(scheme: string, handler: unknown): void {
    record('protocol.handle', scheme, handler);
    // protocol.handle works on session.defaultSession.
    sessionFor('').protocol.handle(scheme);
  },
};

export const safeStorage = new FakeSafeStorage(
  (env.STAND_IN_KEY_PROVIDER as KeyProvider | undefined) ?? 'secret-service',
);
safeStorage.ready = false;
if (env.STAND_IN_KEYRING === 'hold') safeStorage.holdKeyring();

const fakeNet = new FakeElectronNet();
fakeNet.ready = false;
export const net = { request: fakeNet.request, fetch: fakeNet.fetch };

// ---------------------------------------------------------------------------------------------
// screen, menus, notifications, windows
// ---------------------------------------------------------------------------------------------

const display = {
  id: 1,
  label: 'Stand-in display',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  scaleFactor: 1,
};
const realScreen = {
  getAllDisplays: () => [display],
  getPrimaryDisplay: () => display,
  getDisplayMatching: () => display,
  on: () => realScreen,
};
export const screen = new Proxy(realScreen, {
  get(target, property, receiver) {
    requireReady("The 'screen' module can't be used before the app 'ready' event");
    return Reflect.get(target, property, receiver) as unknown;
  },
});

class FakeMenu {
  constructor(readonly template: MenuItemConstructorOptions[]) {}
  popup(options?: unknown): void {
    record('menu.popup', options);
  }
}

let applicationMenu: FakeMenu | null = null;
export const Menu = {
  buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
    return new FakeMenu(template);
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    record('Menu.setApplicationMenu', menu?.template.map((item) => item.label ?? item.role ?? null) ?? null);
    applicationMenu = menu;
  },
  getApplicationMenu: (): FakeMenu | null => applicationMenu,
};

export class Notification extends EventEmitter {
  static isSupported(): boolean {
    return true;
  }

  constructor(options: unknown) {
    super();
    requireReady('Cannot create Notification before app is ready');
    record('new Notification', options);
  }

  show(): void {
    record('notification.show');
  }
}

class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame = {};
  readonly session: FakeSession;
  url = '';

  constructor(partition: string) {
    super();
    this.session = sessionFor(partition);
  }

  override on(event: string | symbol, listener: (...args: never[]) => void): this {
    record(`webContents.on:${String(event)}`, this.id);
    return super.on(event, listener as (...args: unknown[]) => void);
  }

  setWindowOpenHandler(handler: unknown): void {
    record('webContents.setWindowOpenHandler', this.id, handler);
  }

  send(channel: string): void {
    record('webContents.send', this.id, channel);
  }

  getURL(): string {
    return this.url;
  }

  isDestroyed(): boolean {
    return false;
  }
}

export class BrowserWindow extends EventEmitter {
  readonly webContents: FakeWebContents;
  private destroyed = false;
  private bounds = { x: 100, y: 100, width: 1200, height: 800 };

  static getAllWindows(): BrowserWindow[] {
    return windows.filter((window) => !window.destroyed);
  }

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    requireReady('Cannot create BrowserWindow before app is ready');
    record('new BrowserWindow', options);
    this.webContents = new FakeWebContents(options.webPreferences?.partition ?? '');
    windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }

  async loadURL(url: string): Promise<void> {
    record('window.loadURL', url);
    this.webContents.url = url;
    // The page loads on a later turn, as Chromium's does.
    await new Promise((resolve) => setImmediate(resolve));
    this.emit('ready-to-show');
    this.webContents.emit('did-finish-load');
    for (const waiter of windowLoaded.splice(0)) waiter(this);
  }

  show(): void {
    record('window.show');
  }
  focus(): void {}
  maximize(): void {}
  restore(): void {}
  isMaximized(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  isFullScreen(): boolean {
    return false;
  }
  isFocused(): boolean {
    return true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getTitle(): string {
    return String(this.options.title ?? '');
  }
  getBounds() {
    return { ...this.bounds };
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  setBounds(bounds: typeof this.bounds): void {
    this.bounds = bounds;
  }
  destroy(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

// ---------------------------------------------------------------------------------------------
// IPC and the small modules
// ---------------------------------------------------------------------------------------------

const handlers = new Set<string>();
export const ipcMain = Object.assign(new EventEmitter(), {
  handle(channel: string, listener: unknown): void {
    record('ipcMain.handle', channel, listener);
    rule(!handlers.has(channel), `Attempted to register a second handler for '${channel}'`);
    handlers.add(channel);
  },
  removeHandler(channel: string): void {
    record('ipcMain.removeHandler', channel);
    handlers.delete(channel);
  },
});

export const shell = {
  openExternal: async (url: string) => record('shell.openExternal', url),
  openPath: async (path: string) => {
    record('shell.openPath', path);
    return '';
  },
};
export const clipboard = { writeText: () => record('clipboard.writeText') };
export const dialog = {
  showSaveDialog: async () => ({ canceled: true }),
  showMessageBox: async () => ({ response: 0 }),
};
export const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false });

export default {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  net,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
};

// ---------------------------------------------------------------------------------------------
// What the test drives
// ---------------------------------------------------------------------------------------------

export interface StartUpReport {
  calls: Call[];
  violations: string[];
  ipcChannels: string[];
  exitCode: number | undefined;
  quitRequested: boolean;
  safeStorageCalls: string[];
}

export const standIn = {
  /** Electron emits `will-finish-launching`, then `ready`. */
  becomeReady(): void {
    ready = true;
    safeStorage.ready = true;
    fakeNet.ready = true;
    record('--- ready ---');
    app.emit('will-finish-launching');
    app.emit('ready', {}, {});
    for (const resolve of readyWaiters.splice(0)) resolve();
  },
  /** Resolves when a window has loaded a page (the main window, in a start-up). */
  windowLoaded(): Promise<FakeBrowserWindow> {
    return new Promise((resolve) => windowLoaded.push(resolve));
  },
  answerKeyring(): void {
    safeStorage.answerKeyring();
  },
  report(): StartUpReport {
    return {
      calls,
      violations,
      ipcChannels: [...handlers],
      exitCode: app.exitCode,
      quitRequested: app.quitRequested,
      safeStorageCalls: [...safeStorage.calls],
    };
  },
};

type FakeBrowserWindow = BrowserWindow;
