/** The part of a BrowserWindow the host manages. */
export interface HostedWindowLike {
  readonly webContents: { readonly id: number; on(event: 'did-finish-load', listener: () => void): unknown };
  on(event: 'closed', listener: () => void): unknown;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

export interface MainWindowHost<W> {
  /** The main window, while it is open. */
  current(): W | undefined;
  /** Its `webContents.id` (the IPC sender policy's key), while it is open. */
  webContentsId(): number | undefined;
  /** Opens the main window, or brings the open one forward. Call once the IPC handlers exist. */
  open(): void;
  /**
   * A second launch or a deep link wants the app: restore and focus the window, or open one (macOS runs
   * on without windows). Before `open()` was first called this does nothing: start-up opens it anyway.
   */
  bringToFront(): void;
}

export interface MainWindowHostOptions<W> {
  create(): W;
  /** The renderer's page finished loading (also after a reload): it can take events now. */
  onPageLoaded(): void;
  onClosed(): void;
}

/** Keeps track of the one main window across its lifetime and re-creation. */
export function createMainWindowHost<W extends HostedWindowLike>(
  options: MainWindowHostOptions<W>,
): MainWindowHost<W> {
  let window: W | undefined;
  let webContentsId: number | undefined;
  let started = false;

  const bringForward = (target: W): void => {
    if (target.isMinimized()) target.restore();
    target.focus();
  };

  const open = (): void => {
    started = true;
    if (window !== undefined) return bringForward(window);
    const created = options.create();
    window = created;
    // Read now: a destroyed window's webContents can no longer be asked.
    webContentsId = created.webContents.id;
    created.webContents.on('did-finish-load', () => {
      if (window === created) options.onPageLoaded();
    });
    created.on('closed', () => {
      if (window !== created) return;
      window = undefined;
      webContentsId = undefined;
      options.onClosed();
    });
  };

  return {
    current: () => window,
    webContentsId: () => webContentsId,
    open,
    bringToFront: () => {
      if (started) open();
    },
  };
}
