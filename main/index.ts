import { app, BrowserWindow, clipboard, dialog, Notification, safeStorage, session, shell } from 'electron';
import { createMainServices } from './app/create-main-services';
import type { MainPorts } from './app/main-ports';
import { readAppConfig } from './config/app-config';
import { createElectronClipboard } from './electron/electron-clipboard';
import { createWindowEventSink } from './electron/electron-event-sink';
import { createElectronExternalBrowser } from './electron/electron-external-browser';
import { createElectronHttpClientFactory } from './electron/electron-http';
import { registerIpc } from './electron/electron-ipc';
import { createElectronNotifier } from './electron/electron-notifier';
import { createElectronPartitions } from './electron/electron-partitions';
import { createElectronSaveDialog } from './electron/electron-save-dialog';
import { createElectronSecretCipher } from './electron/electron-secret-cipher';
import { createElectronSettingsFile } from './electron/electron-settings-file';
import { createElectronSignInSurface } from './electron/electron-sign-in-surface';
import { redact } from './log/redact';
import { systemClock } from './platform/clock';
import { applyAppPolicies } from './security/app-policies';
import { denyAllPermissions } from './security/permissions';
import { createSenderPolicy } from './security/trusted-sender';
import { BUNDLE_DIR, createMainWindow } from './windows/main-window';
import { appUrlOf, rendererLocation } from './windows/renderer-location';

// 1. Configuration, before anything reads the user-data folder.
const config = readAppConfig(process.env);
if (config.userDataPath !== undefined) app.setPath('userData', config.userDataPath);
const renderer = rendererLocation(config.rendererDevUrl, BUNDLE_DIR);
const appUrl = appUrlOf(renderer);

// 2. Every renderer sandboxed, one instance at a time.
app.enableSandbox();
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch((error: unknown) => {
    console.error('[main] start-up failed:', describe(error));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  let mainWindow: BrowserWindow | undefined;
  let mainWindowId: number | undefined;

  // 3. Security policies, before any webContents exists.
  const openExternal = (url: string): Promise<void> => shell.openExternal(url);
  applyAppPolicies(app, { mainWindowId: () => mainWindowId, appUrl, openExternal });
  app.on('second-instance', () => {
    if (mainWindow === undefined) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  await app.whenReady();
  // Until the main window exists; its web-contents-created policy then adds the clipboard-write exception.
  denyAllPermissions(session.defaultSession);

  // 4. Ports: the outside world as main's services see it.
  const ports: MainPorts = {
    settings: createElectronSettingsFile(app.getPath('userData')),
    cipher: createElectronSecretCipher(safeStorage),
    surface: createElectronSignInSurface(() => mainWindow),
    browser: createElectronExternalBrowser(openExternal),
    http: createElectronHttpClientFactory(session.defaultSession.fetch.bind(session.defaultSession)),
    partitions: createElectronPartitions((partition) => session.fromPartition(partition)),
    clipboard: createElectronClipboard(clipboard),
    notifier: createElectronNotifier(Notification, () => mainWindow),
    saveDialog: createElectronSaveDialog(
      dialog,
      () => mainWindow,
      () => app.getPath('downloads'),
    ),
    clock: systemClock,
    appVersion: app.getVersion(),
    sandboxUrl: config.sandboxUrl,
  };

  // 5. Services, then IPC (registered before the window loads, so its first calls find a handler).
  const services = await createMainServices(ports);
  const unregisterIpc = registerIpc(
    services.createRouter({
      isTrustedSender: createSenderPolicy(() => mainWindowId, appUrl),
      sendEvent: createWindowEventSink(() => mainWindow),
    }),
  );

  let disposed = false;
  app.on('before-quit', () => {
    if (disposed) return;
    disposed = true;
    unregisterIpc();
    services.dispose();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // 6. The window, then the sessions it shows.
  const openMainWindow = (): void => {
    const window = createMainWindow(renderer);
    mainWindow = window;
    mainWindowId = window.webContents.id;
    window.on('closed', () => {
      if (mainWindow !== window) return;
      mainWindow = undefined;
      mainWindowId = undefined;
    });
  };
  openMainWindow();
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open opens one again.
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  await services.restoreSessions().catch((error: unknown) => {
    console.error('[main] restoring sessions failed:', describe(error));
  });
}

/** Start-up errors go to the console; redacted, since a message may quote a URL with a code in it. */
function describe(error: unknown): string {
  return redact(error instanceof Error ? error.message : String(error));
}
