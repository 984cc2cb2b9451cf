import { nativeTheme, type BrowserWindow, type NativeTheme } from 'electron';
import { BUNDLE_DIR, type MainWindowDeps } from '../windows/main-window';
import { createHardenedWindow } from './hardened-window';

/** What the main window needs from Electron's theme: held to electron.d.ts by the compiler. */
export type NativeThemeLike = Pick<NativeTheme, 'shouldUseDarkColors'>;

/** The main window's Electron side: the hardened window factory and the OS's light/dark preference. */
export function electronMainWindowDeps(theme: NativeThemeLike = nativeTheme): MainWindowDeps<BrowserWindow> {
  return {
    createWindow: createHardenedWindow,
    prefersDark: () => theme.shouldUseDarkColors,
    bundleDir: BUNDLE_DIR,
  };
}
