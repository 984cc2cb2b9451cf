import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

/**
 * The one place the app creates a BrowserWindow. Whatever a caller passes, the security-relevant web
 * preferences are forced here, and written literally so the security audit (Electronegativity) can see them.
 */
export function createHardenedWindow(options: BrowserWindowConstructorOptions): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Middle-click can open new windows outside the window-open handler's view.
      disableBlinkFeatures: 'Auxclick',
    },
  });
}
