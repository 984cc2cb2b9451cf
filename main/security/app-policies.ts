import { isAppUrl, trustedAppUrl } from './app-url';
import { denyAllPermissions, type PermissionSessionLike } from './permissions';

/** The subset of an Electron WebContents the app-wide policies touch. */
export interface PolicyContentsLike {
  readonly id: number;
  readonly session: PermissionSessionLike;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'will-navigate', listener: (details: { url: string; preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface PolicyAppLike {
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: PolicyContentsLike) => void,
  ): unknown;
}

export interface AppPolicyOptions {
  /** `webContents.id` of the main window, once it exists. */
  mainWindowId: () => number | undefined;
  /** The renderer's URL (dev server or `app://mix-explorer/index.html`). */
  appUrl: string;
  /** `app.isPackaged`: the main window may then stay on app:// pages only, whatever `appUrl` says. */
  packaged: boolean;
  /** Opens the link in the user's browser if it is an allow-listed documentation link (documentation-opener.ts). */
  openDocumentation: (url: string) => boolean;
}

/**
 * Policies for every webContents the app will ever create, set before any exists:
 * no <webview>, no new windows (documentation links go to the user's browser instead), no permissions
 * (but a clipboard write by the main window), and the main window never leaves the app's own pages. The sign-in window replaces the window-open
 * handler with its own popup policy after creation.
 */
export function applyAppPolicies(app: PolicyAppLike, options: AppPolicyOptions): void {
  const appUrl = trustedAppUrl(options.appUrl, options.packaged);
  const openIfDocumentation = (url: string): void => {
    options.openDocumentation(url);
  };
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openIfDocumentation(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (details) => {
      if (contents.id !== options.mainWindowId() || isAppUrl(details.url, appUrl)) return;
      details.preventDefault();
      // A plain link to the documentation in the app opens in the browser rather than replacing the app.
      openIfDocumentation(details.url);
    });
    denyAllPermissions(contents.session, (asker, permission) => {
      // The app's own page may write (never read) the clipboard: "copy as curl" and the like.
      return (
        permission === 'clipboard-sanitized-write' && asker !== null && asker.id === options.mainWindowId()
      );
    });
  });
}
