import { createHardenedWindow } from '../electron/hardened-window';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserWindow } from 'electron';
import { nativeTheme, type BrowserWindowConstructorOptions } from 'electron';
import { preloadPath, type RendererLocation } from './renderer-location';

/** Folder of the built main bundle (`out/main`): the preload and renderer are found relative to it. */
export const BUNDLE_DIR = dirname(fileURLToPath(import.meta.url));

/** Theme background colours, so the window does not flash white before a dark renderer paints. */
export const BACKGROUND = { light: '#ffffff', dark: '#1e1e1e' } as const;

export function mainWindowOptions(options: {
  preload: string;
  dark: boolean;
}): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 800,
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
  loadURL(url: string): Promise<void>;
  loadFile(path: string): Promise<void>;
}

export interface MainWindowDeps<W extends MainWindowLike> {
  createWindow(options: BrowserWindowConstructorOptions): W;
  prefersDark(): boolean;
  bundleDir: string;
}

const electronDeps: MainWindowDeps<BrowserWindow> = {
  createWindow: createHardenedWindow,
  prefersDark: () => nativeTheme.shouldUseDarkColors,
  bundleDir: BUNDLE_DIR,
};

/** The app's window: hidden until its first paint is ready, loading the renderer from `renderer`. */
export function createMainWindow(renderer: RendererLocation): BrowserWindow;
export function createMainWindow<W extends MainWindowLike>(
  renderer: RendererLocation,
  deps: MainWindowDeps<W>,
): W;
export function createMainWindow(
  renderer: RendererLocation,
  deps: MainWindowDeps<MainWindowLike> = electronDeps,
): MainWindowLike {
  const window = deps.createWindow(
    mainWindowOptions({ preload: preloadPath(deps.bundleDir), dark: deps.prefersDark() }),
  );
  window.once('ready-to-show', () => window.show());
  const loaded = renderer.kind === 'url' ? window.loadURL(renderer.url) : window.loadFile(renderer.path);
  loaded.catch((error: unknown) => {
    console.error(
      '[window] the app page failed to load:',
      error instanceof Error ? error.message : String(error),
    );
  });
  return window;
}
