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

/** What a site answers to a main-frame request: a page, or a server redirect elsewhere. */
export type SiteAnswer = { page: true } | { redirect: string };

/**
 * The error `loadURL` rejects with (lib/browser/api/web-contents.ts, `loadURL`): the message names the
 * description, code and URL, and the error carries them as `code`, `errno` and `url`.
 */
export function loadError(errno: number, code: string, url: string): Error {
  return Object.assign(new Error(`${code} (${errno}) loading '${url}'`), { errno, code, url });
}

export class FakeWindow extends FakeEmitter implements SignInWindowLike {
  readonly webContents = new FakeContents();
  destroyed = false;
  minimized = false;
  shown = false;
  focused = false;
  loaded: string[] = [];
  /** Set to make loadURL reject with this error, whatever the page does. */
  loadError: Error | undefined;
  /** When set, loads run like Electron's (see `navigate`); otherwise loadURL just resolves. */
  site: ((url: string) => SiteAnswer) | undefined;

  constructor(
    readonly options: BrowserWindowConstructorOptions = {},
    private readonly session?: FakeSession,
  ) {
    super();
    this.shown = options.show !== false;
  }

  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    if (this.loadError) return Promise.reject(this.loadError);
    // loadURL does not emit will-navigate (docs/api/web-contents.md, 'will-navigate').
    return this.site ? this.navigate(url) : Promise.resolve();
  }

  /** The page itself navigates (a form post, a link): will-navigate first, which may stop it. */
  pageNavigates(url: string): Promise<void> {
    const event = navigationEvent(url);
    this.webContents.emit('will-navigate', event);
    if (event.defaultPrevented) return Promise.reject(loadError(-3, 'ERR_ABORTED', url));
    return this.navigate(url);
  }

  /**
   * One main-frame navigation, as Electron 45 reports it:
   * - the session's webRequest `onBeforeRequest` listener sees the request first; a cancelled request fails
   *   with -20 ERR_BLOCKED_BY_CLIENT, and `did-fail-load` is emitted for it (electron/electron#9174: Electron,
   *   like Chrome's webRequest, blocks with ERR_BLOCKED_BY_CLIENT);
   * - a server redirect emits `will-redirect`; stopping it there aborts the navigation with -3 ERR_ABORTED,
   *   for which `did-fail-load` is not emitted (electron/electron#6201), though loadURL still rejects;
   * - a page that loads emits `did-finish-load` and loadURL resolves.
   */
  private navigate(url: string): Promise<void> {
    const answer = this.session?.request(url, 'mainFrame');
    if (answer?.cancel) {
      this.webContents.emit('did-fail-load', {}, -20, 'ERR_BLOCKED_BY_CLIENT', url, true);
      return Promise.reject(loadError(-20, 'ERR_BLOCKED_BY_CLIENT', url));
    }
    const reply = this.site?.(url) ?? { page: true };
    if ('redirect' in reply) {
      const event = navigationEvent(reply.redirect);
      this.webContents.emit('will-redirect', event);
      if (event.defaultPrevented) return Promise.reject(loadError(-3, 'ERR_ABORTED', reply.redirect));
      return this.navigate(reply.redirect);
    }
    this.webContents.url = url;
    this.webContents.emit('did-finish-load');
    return Promise.resolve();
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
  /** Given to every window created from now on: its loads then run like Electron's. */
  site: ((url: string) => SiteAnswer) | undefined;

  createWindow(options: BrowserWindowConstructorOptions): FakeWindow {
    const partition = options.webPreferences?.partition;
    const window = new FakeWindow(options, partition === undefined ? undefined : this.sessionFor(partition));
    window.site = this.site;
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
