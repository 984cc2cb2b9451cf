import { createHardenedWindow } from './hardened-window';
import type { BrowserWindow } from 'electron';
import { session, type BrowserWindowConstructorOptions } from 'electron';
import type {
  SignInSurface,
  SignInSurfaceHandle,
  SignInSurfaceObserver,
  SignInSurfaceRequest,
} from '../ports/sign-in-surface';
import { denyAllPermissions, type PermissionSessionLike } from '../security/permissions';
import {
  isAllowedSignInNavigation,
  redirectRequestFilter,
  signInPopupDecision,
  signInWebPreferences,
  type PopupDecision,
} from '../security/sign-in-policy';

// Narrow views of the Electron objects the surface uses, so tests can drive it with small fakes.

export interface NavigationEventLike {
  readonly url: string;
  readonly isMainFrame: boolean;
  preventDefault(): void;
}

export interface SignInContentsLike {
  on(
    event: 'will-redirect' | 'will-navigate' | 'will-frame-navigate',
    listener: (details: NavigationEventLike) => void,
  ): unknown;
  on(
    event: 'did-fail-load',
    listener: (
      event: unknown,
      errorCode: number,
      errorDescription: string,
      validatedURL: string,
      isMainFrame: boolean,
    ) => void,
  ): unknown;
  on(event: 'did-finish-load', listener: () => void): unknown;
  on(event: 'did-create-window', listener: (window: SignInPopupLike) => void): unknown;
  getURL(): string;
  setWindowOpenHandler(handler: (details: { url: string }) => PopupDecision): void;
}

export interface SignInPopupLike {
  readonly webContents: SignInContentsLike;
  isDestroyed(): boolean;
  destroy(): void;
}

export interface SignInWindowLike extends SignInPopupLike {
  on(event: 'closed', listener: () => void): unknown;
  loadURL(url: string): Promise<void>;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

export type BeforeRequestListener = (
  details: { url: string; resourceType: string },
  callback: (response: { cancel?: boolean }) => void,
) => void;

export interface SignInSessionLike extends PermissionSessionLike {
  readonly webRequest: {
    onBeforeRequest(filter: { urls: string[] }, listener: BeforeRequestListener | null): void;
    onBeforeRequest(listener: null): void;
  };
}

export interface SignInSurfaceDeps {
  createWindow(options: BrowserWindowConstructorOptions): SignInWindowLike;
  sessionFor(partition: string): SignInSessionLike;
}

/**
 * The attempt may say which URL is the redirect, which narrows the webRequest filter to its origin.
 * SignInSurfaceRequest does not carry it (yet), so the listener falls back to every web request.
 */

const electronDeps: SignInSurfaceDeps = {
  createWindow: createHardenedWindow,
  sessionFor: (partition) => session.fromPartition(partition),
};

/**
 * webRequest holds one onBeforeRequest listener per session (electron/electron#10478): a newer window on
 * the same partition replaces an older one's listener, so only the current owner may remove it.
 */
const listenerOwners = new Map<string, object>();

/** Sign-in windows: BrowserWindows on the attempt's own partition that catch the redirect before it leaves. */
export function createElectronSignInSurface(
  parent: () => BrowserWindow | undefined,
  deps: SignInSurfaceDeps = electronDeps,
): SignInSurface {
  return {
    open(request: SignInSurfaceRequest, observer: SignInSurfaceObserver): SignInSurfaceHandle {
      const { partition } = request;
      const ses = deps.sessionFor(partition);
      denyAllPermissions(ses);

      const owner = {};
      listenerOwners.set(partition, owner);
      ses.webRequest.onBeforeRequest(redirectRequestFilter(request.redirectUrl), (details, callback) => {
        if (!request.isRedirect(details.url)) return callback({});
        // The code must never reach a server (or nothing) listening on the redirect URL: cancel it here.
        callback({ cancel: true });
        // Only a page load is the authorization response; a stray image or fetch to that URL is not.
        if (details.resourceType === 'mainFrame') observer.redirect(details.url);
      });

      const window = deps.createWindow({
        parent: parent(),
        modal: false,
        width: 520,
        height: 720,
        title: 'Sign in to Mix',
        show: !request.hidden,
        autoHideMenuBar: true,
        webPreferences: signInWebPreferences(partition),
      });
      const popups: SignInPopupLike[] = [];
      let closedByApp = false;
      let cleanedUp = false;

      const cleanUp = (): void => {
        if (cleanedUp) return;
        cleanedUp = true;
        if (listenerOwners.get(partition) === owner) {
          listenerOwners.delete(partition);
          ses.webRequest.onBeforeRequest(null);
        }
        for (const popup of popups) if (!popup.isDestroyed()) popup.destroy();
      };

      guardContents(window.webContents, request, observer, partition, popups);
      window.webContents.on(
        'did-fail-load',
        (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
          // Includes our own block of the redirect request (-20 ERR_BLOCKED_BY_CLIENT, electron/electron#9174),
          // which the attempt ignores as it names the redirect URL. Navigations stopped in will-redirect or
          // will-navigate end in -3 ERR_ABORTED, which Electron does not report here (electron/electron#6201).
          if (isMainFrame) observer.loadFailed(validatedURL, errorCode, errorDescription);
        },
      );
      window.webContents.on('did-finish-load', () => {
        const url = window.webContents.getURL();
        if (!request.isRedirect(url)) observer.pageLoaded(url);
      });
      window.on('closed', () => {
        cleanUp();
        if (!closedByApp) observer.closed();
      });

      // loadURL also rejects when we stop (ERR_ABORTED) or block (ERR_BLOCKED_BY_CLIENT) the redirect; real
      // failures are reported by did-fail-load.
      window.loadURL(request.url).catch(() => undefined);

      return {
        focus() {
          if (window.isDestroyed()) return;
          if (window.isMinimized()) window.restore();
          window.show();
          window.focus();
        },
        close() {
          closedByApp = true;
          cleanUp();
          // destroy(), not close(): a page's beforeunload handler must not keep the window open.
          if (!window.isDestroyed()) window.destroy();
        },
      };
    },
  };
}

/** Navigation and popup policy for the sign-in window and, recursively, the popups it opens. */
function guardContents(
  contents: SignInContentsLike,
  request: SignInSurfaceRequest,
  observer: SignInSurfaceObserver,
  partition: string,
  popups: SignInPopupLike[],
): void {
  const onTopLevelNavigation = (details: NavigationEventLike): void => {
    if (request.isRedirect(details.url)) {
      // Backup for webRequest: stop the navigation and report it.
      details.preventDefault();
      observer.redirect(details.url);
    } else if (!isAllowedSignInNavigation(details.url)) {
      details.preventDefault();
    }
  };
  contents.on('will-navigate', onTopLevelNavigation);
  contents.on('will-redirect', (details) => {
    if (details.isMainFrame) onTopLevelNavigation(details);
    else if (!isAllowedSignInNavigation(details.url)) details.preventDefault();
  });
  // Frames inside the page (will-navigate covers the main frame).
  contents.on('will-frame-navigate', (details) => {
    if (!details.isMainFrame && !isAllowedSignInNavigation(details.url)) details.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => signInPopupDecision(url, partition));
  contents.on('did-create-window', (popup) => {
    popups.push(popup);
    guardContents(popup.webContents, request, observer, partition, popups);
  });
}
