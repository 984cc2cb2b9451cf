import { arch, release } from 'node:os';
import { join, resolve } from 'node:path';
import {
  app,
  clipboard,
  dialog,
  Menu,
  net,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { createMainServices } from './app/create-main-services';
import type { MainPorts } from './ports/main-ports';
import { readAppConfig } from './config/app-config';
import { createDeepLinkInbox } from './deep-links/deep-link-inbox';
import { listenForDeepLinks } from './deep-links/deep-link-sources';
import { applyAppUserModelId } from './electron/app-user-model-id';
import { createElectronClipboard } from './electron/electron-clipboard';
import { createElectronShell } from './electron/electron-shell';
import { createWindowEventSink } from './electron/electron-event-sink';
import { createElectronExternalBrowser } from './electron/electron-external-browser';
import { createElectronHttpClientFactory } from './electron/electron-http';
import { electronMainWindowDeps } from './electron/electron-main-window';
import { registerIpc } from './electron/electron-ipc';
import { createElectronNotifier } from './electron/electron-notifier';
import { createElectronPartitions } from './electron/electron-partitions';
import { createElectronSaveDialog } from './electron/electron-save-dialog';
import { createElectronSecretCipher } from './electron/electron-secret-cipher';
import { createElectronSettingsFile } from './electron/electron-settings-file';
import { createElectronSignInSurface } from './electron/electron-sign-in-surface';
import { trackActiveSystem } from './log/active-system';
import { aboutDetail, type RuntimeVersions } from './log/diagnostics';
import { createFileLogger, describeError } from './log/file-logger';
import { appMenuTemplate } from './menu/app-menu-template';
import { attachContextMenu, installAppMenu } from './menu/install-menus';
import { createMenuActions } from './menu/menu-actions';
import { systemClock } from './ports/clock';
import { createAppProtocolHandler } from './protocol/app-protocol-handler';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES } from './protocol/app-origin';
import { applyAppPolicies } from './security/app-policies';
import { createDocumentationOpener } from './security/documentation-opener';
import { denyAllPermissions } from './security/permissions';
import { createSenderPolicy } from './security/trusted-sender';
import { BUNDLE_DIR, createMainWindow, DEFAULT_SIZE } from './windows/main-window';
import { createMainWindowHost } from './windows/main-window-host';
import { rendererLocation } from './windows/renderer-location';
import { createWindowStateFile } from './windows/window-state-file';
import { initialPlacement, trackWindowState } from './windows/window-state-tracker';

// 1. Before anything else: app:// is a privileged scheme (Electron takes this once, before `ready`).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// 2. Configuration, before anything reads the user-data folder; then the log that lives there.
const configWarnings: string[] = [];
const config = readAppConfig(process.env, {
  packaged: app.isPackaged,
  warn: (warning) => configWarnings.push(warning),
});
if (config.userDataPath !== undefined) app.setPath('userData', config.userDataPath);
const isDev = !app.isPackaged;
const log = createFileLogger({
  folder: join(app.getPath('userData'), 'logs'),
  echo: isDev ? console : undefined,
});
for (const warning of configWarnings) log.warn(`[config] ${warning}`);
const renderer = rendererLocation(config.rendererDevUrl, BUNDLE_DIR);

// 3. Every renderer sandboxed, one instance at a time (a second launch hands its argv to the first), and on
// Windows the identity the installer's Start-menu shortcut carries, so notifications show.
app.enableSandbox();
applyAppUserModelId(app, process.platform);
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start().catch(async (error: unknown) => {
    log.error(`[main] start-up failed: ${describeError(error)}`);
    await log.flush();
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const versions: RuntimeVersions = {
    app: app.getVersion(),
    electron: process.versions.electron,
    chrome: process.versions.chrome,
    node: process.versions.node,
  };

  // 4. The event sink the renderer listens on, deep links on their way to it, and the main window's keeper
  // (the window itself opens last).
  const sendEvent = createWindowEventSink(() => mainWindow.current());
  const deepLinks = createDeepLinkInbox({
    deliver: (link) => sendEvent('app:deep-link', link),
    logWarning: log.warn,
  });
  const windowState = {
    screen,
    store: createWindowStateFile(join(app.getPath('userData'), 'window-state.json')),
  };
  const mainWindow = createMainWindowHost({
    create: () => {
      const window = createMainWindow(
        { renderer, placement: initialPlacement(windowState, DEFAULT_SIZE), logError: log.error },
        electronMainWindowDeps(),
      );
      trackWindowState(window, { ...windowState, now: () => systemClock.now(), logWarning: log.warn });
      attachContextMenu(window.webContents, (template) => Menu.buildFromTemplate(template).popup({ window }));
      return window;
    },
    onPageLoaded: () => deepLinks.ready(),
    onClosed: () => deepLinks.notReady(),
  });

  // 5. Security policies, before any webContents exists.
  const openDocumentation = createDocumentationOpener((url) => shell.openExternal(url), log.warn);
  applyAppPolicies(app, {
    mainWindowId: () => mainWindow.webContentsId(),
    appUrl: renderer.url,
    packaged: app.isPackaged,
    openDocumentation,
  });

  // 6. Deep links, listened to before `ready`: macOS delivers the link that launched the app that early.
  listenForDeepLinks(
    app,
    {
      platform: process.platform,
      defaultApp: process.defaultApp === true,
      execPath: process.execPath,
      argv: process.argv,
    },
    deepLinks,
    () => mainWindow.bringToFront(),
    resolve,
  );

  await app.whenReady();
  // Until the main window exists; its web-contents-created policy then adds the clipboard-write exception.
  denyAllPermissions(session.defaultSession);
  if (renderer.kind === 'bundle') protocol.handle(APP_SCHEME, createAppProtocolHandler(renderer.root));

  // 7. Ports: the outside world as main's services see it.
  const ports: MainPorts = {
    settings: createElectronSettingsFile(app.getPath('userData')),
    cipher: createElectronSecretCipher(safeStorage),
    surface: createElectronSignInSurface(() => mainWindow.current()),
    browser: createElectronExternalBrowser((url) => shell.openExternal(url)),
    http: createElectronHttpClientFactory((options) => net.request(options)),
    partitions: createElectronPartitions((partition) => session.fromPartition(partition)),
    clipboard: createElectronClipboard(clipboard),
    notifier: createElectronNotifier(Notification, () => mainWindow.current()),
    saveDialog: createElectronSaveDialog(
      dialog,
      () => mainWindow.current(),
      () => app.getPath('downloads'),
    ),
    shell: createElectronShell(shell),
    clock: systemClock,
    log,
    appVersion: app.getVersion(),
    sandboxUrl: config.sandboxUrl,
  };

  // 8. Services (they do not wait for the keyring: an unlock or a Keychain prompt can take its time), then IPC
  // (registered before the window loads, so its first calls find a handler).
  const services = await createMainServices(ports);
  const activeSystem = trackActiveSystem(sendEvent);
  const unregisterIpc = registerIpc(
    services.createRouter({
      isTrustedSender: createSenderPolicy(() => mainWindow.webContentsId(), renderer.url, {
        packaged: app.isPackaged,
      }),
      sendEvent: activeSystem.sink,
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

  // 9. Menus.
  app.setAboutPanelOptions({
    applicationName: 'Mix Explorer',
    applicationVersion: versions.app,
    credits: aboutDetail(versions),
  });
  const menuActions = createMenuActions({
    versions,
    os: () => ({ platform: process.platform, release: release(), arch: arch() }),
    activeSystem: () => activeSystem.activeSystem(),
    signIns: () => services.recentSignIns(),
    log,
    clipboard,
    openPath: (path) => shell.openPath(path),
    openDocumentation,
    showMessage: (box) => {
      const window = mainWindow.current();
      const options = { type: 'info' as const, ...box };
      void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
    },
  });
  const openSettings = () => {
    mainWindow.current()?.focus();
    sendEvent('app:open-settings', null);
  };
  installAppMenu(Menu, appMenuTemplate(process.platform, isDev, { ...menuActions, openSettings }));

  // 10. The window, then the sessions it shows.
  mainWindow.open();
  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open opens one again.
    if (mainWindow.current() === undefined) mainWindow.open();
  });
  await services.restoreSessions().catch((error: unknown) => {
    log.error(`[main] restoring sessions failed: ${describeError(error)}`);
  });
}
