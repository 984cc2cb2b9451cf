/**
 * The port through which a sign-in attempt shows the authorization service's pages.
 * In the app: a BrowserWindow on its own partition (main/electron/electron-sign-in-surface.ts).
 * In Chromium tests: a Playwright page. The attempt logic (main/auth/) never sees either.
 */
export interface SignInSurfaceRequest {
  /** The authorize URL to load. */
  url: string;
  /** Electron session partition, e.g. `persist:mix-signin-<profileId>-<generation>`. */
  partition: string;
  /** The registered redirect URL; lets the surface narrow its request filter to that origin. */
  redirectUrl: string;
  /** Silent renewal: never shown to the user. */
  hidden: boolean;
  /**
   * True for a URL that is the registered redirect URL (exact scheme, host, port, path).
   * The surface stops such a request before it leaves the machine and reports it.
   */
  isRedirect(url: string): boolean;
}

export interface SignInSurfaceObserver {
  /** A request to the redirect URL was caught (and cancelled). May be reported more than once. */
  redirect(url: string): void;
  /** A page finished loading that is not the redirect (silent renewal gives up on this). */
  pageLoaded(url: string): void;
  /** A top-level load failed for another reason than our own cancellation (offline, DNS, TLS). */
  loadFailed(url: string, errorCode: number, description: string): void;
  /** The user closed the window. */
  closed(): void;
}

export interface SignInSurfaceHandle {
  /** Brings the window to the front (a second click on Sign in). */
  focus(): void;
  /** Closes the window without reporting `closed`. */
  close(): void;
}

export interface SignInSurface {
  open(request: SignInSurfaceRequest, observer: SignInSurfaceObserver): SignInSurfaceHandle;
}

/** Opens a URL in the user's default browser (system-browser mode). */
export interface ExternalBrowser {
  open(url: string): Promise<void>;
}
