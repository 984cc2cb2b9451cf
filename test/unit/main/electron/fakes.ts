import type { BrowserWindowConstructorOptions } from 'electron';
import type {
  BeforeRequestListener,
  SignInContentsLike,
  SignInSessionLike,
  SignInSurfaceDeps,
  SignInWindowLike,
} from '../../../../main/electron/electron-sign-in-surface';
import type { PermissionAsker } from '../../../../main/security/permissions';
import type { PopupDecision } from '../../../../main/security/sign-in-policy';

type Listener = (...args: never[]) => unknown;

/** The EventEmitter subset the adapters use: `on`/`once` to listen, `emit` for the test to drive events. */
export class FakeEmitter {
  private readonly listeners = new Map<string, { listener: Listener; once: boolean }[]>();

  on(event: string, listener: Listener): this {
    this.add(event, listener, false);
    return this;
  }

  once(event: string, listener: Listener): this {
    this.add(event, listener, true);
    return this;
  }

  emit(event: string, ...args: unknown[]): void {
    const entries = this.listeners.get(event) ?? [];
    this.listeners.set(
      event,
      entries.filter((entry) => !entry.once),
    );
    for (const { listener } of entries) (listener as (...values: unknown[]) => unknown)(...args);
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  private add(event: string, listener: Listener, once: boolean): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener, once }]);
  }
}

/** A navigation event as Electron passes it: preventDefault flips defaultPrevented. */
export function navigationEvent(url: string, isMainFrame = true) {
  const event = {
    url,
    isMainFrame,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export class FakeContents extends FakeEmitter implements SignInContentsLike {
  url = '';
  windowOpenHandler: ((details: { url: string }) => PopupDecision) | undefined;

  getURL(): string {
    return this.url;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => PopupDecision): void {
    this.windowOpenHandler = handler;
  }

  /** What happens when the page calls window.open(url). */
  openWindow(url: string): PopupDecision {
    if (!this.windowOpenHandler) throw new Error('no window open handler');
    return this.windowOpenHandler({ url });
  }
}

export class FakeWindow extends FakeEmitter implements SignInWindowLike {
  readonly webContents = new FakeContents();
  destroyed = false;
  minimized = false;
  shown = false;
  focused = false;
  loaded: string[] = [];
  /** Set to make loadURL reject, as Electron does with ERR_ABORTED when the redirect is cancelled. */
  loadError: Error | undefined;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
    this.shown = options.show !== false;
  }

  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return this.loadError ? Promise.reject(this.loadError) : Promise.resolve();
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused = true;
  }
  /** Like Electron: destroy() emits `closed` (but not `close`). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
  /** The user clicks the close button. */
  userCloses(): void {
    this.destroy();
  }
}

export class FakeSession implements SignInSessionLike {
  filter: { urls: string[] } | undefined;
  listener: BeforeRequestListener | null = null;
  permissionRequest:
    | ((webContents: PermissionAsker, permission: string, callback: (granted: boolean) => void) => void)
    | undefined;
  permissionCheck: ((webContents: PermissionAsker, permission: string) => boolean) | undefined;

  readonly webRequest = {
    onBeforeRequest: (...args: [{ urls: string[] }, BeforeRequestListener | null] | [null]): void => {
      if (args.length === 1) {
        this.filter = undefined;
        this.listener = null;
      } else {
        this.filter = args[0];
        this.listener = args[1];
      }
    },
  };

  setPermissionRequestHandler(
    handler: (webContents: PermissionAsker, permission: string, callback: (granted: boolean) => void) => void,
  ): void {
    this.permissionRequest = handler;
  }

  setPermissionCheckHandler(handler: (webContents: PermissionAsker, permission: string) => boolean): void {
    this.permissionCheck = handler;
  }

  /** A request reaching the session: returns what the listener answered (undefined = no listener). */
  request(url: string, resourceType = 'mainFrame'): { cancel?: boolean } | undefined {
    if (!this.listener) return undefined;
    let answer: { cancel?: boolean } | undefined;
    this.listener({ url, resourceType }, (response) => {
      answer = response;
    });
    return answer;
  }
}

/** Windows and sessions made by the surface, by partition. */
export class FakeElectron implements SignInSurfaceDeps {
  readonly windows: FakeWindow[] = [];
  readonly sessions = new Map<string, FakeSession>();

  createWindow(options: BrowserWindowConstructorOptions): FakeWindow {
    const window = new FakeWindow(options);
    this.windows.push(window);
    return window;
  }

  sessionFor(partition: string): FakeSession {
    let session = this.sessions.get(partition);
    if (!session) {
      session = new FakeSession();
      this.sessions.set(partition, session);
    }
    return session;
  }
}
