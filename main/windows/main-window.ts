import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindowConstructorOptions } from 'electron';
import { preloadPath, type RendererLocation } from './renderer-location';

/** Folder of the built main bundle (`out/main`): the preload and renderer are found relative to it. */
export const BUNDLE_DIR = dirname(fileURLToPath(import.meta.url));

/** Theme background colours, so the window does not flash white before a dark renderer paints. */
export const BACKGROUND = { light: '#ffffff', dark: '#1e1e1e' } as const;

/** The size a first window opens at; later windows reopen where the user left them (window-state.ts). */
export const DEFAULT_SIZE = { width: 1200, height: 800 } as const;

/** Where the window opens: no position means centred. */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export function mainWindowOptions(options: {
  preload: string;
  dark: boolean;
  placement?: WindowPlacement;
}): BrowserWindowConstructorOptions {
  const { maximized: _maximized, ...bounds } = options.placement ?? { ...DEFAULT_SIZE, maximized: false };
  return {
    ...bounds,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Mix Explorer',
    backgroundColor: options.dark ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  };
}

export interface MainWindowLike {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  maximize(): void;
  loadURL(url: string): Promise<void>;
}

export interface MainWindowDeps<W extends MainWindowLike> {
  createWindow(options: BrowserWindowConstructorOptions): W;
  prefersDark(): boolean;
  bundleDir: string;
}

export interface MainWindowOptions {
  renderer: RendererLocation;
  placement?: WindowPlacement;
  /** Where a failed page load is reported. */
  logError: (message: string) => void;
}

/**
 * The app's window: hidden until its first paint is ready (maximised first when it was left so),
 * loading the renderer from the dev server or `app://mix-explorer/index.html`. Electron comes in through
 * `deps` (main/electron/electron-main-window.ts in the app, fakes in tests).
 */
export function createMainWindow<W extends MainWindowLike>(
  options: MainWindowOptions,
  deps: MainWindowDeps<W>,
): W {
  const window = deps.createWindow(
    mainWindowOptions({
      preload: preloadPath(deps.bundleDir),
      dark: deps.prefersDark(),
      placement: options.placement,
    }),
  );
  window.once('ready-to-show', () => {
    if (options.placement?.maximized) window.maximize();
    window.show();
  });
  window.loadURL(options.renderer.url).catch((error: unknown) => {
    options.logError(
      `[window] the app page failed to load: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  return window;
}
