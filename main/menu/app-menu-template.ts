import type { MenuItemConstructorOptions } from 'electron';

export const MIX_API_DOCUMENTATION_URL = 'https://docs.nuance.com/mix/apis/mix-api/';

export interface AppMenuHandlers {
  /** Opens the settings screen; the item is left out until the renderer can be told to do so. */
  openSettings?: () => void;
  openDocumentation: () => void;
  openLogsFolder: () => void;
  copyDiagnostics: () => void;
  /** The About box on Windows and Linux (macOS uses its native About panel). */
  showAbout: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu in each platform's conventions: on macOS the app menu holds About, Settings,
 * Hide and Quit and the Window menu is the system's; elsewhere File holds Settings and Exit and Help
 * holds About. Reload and DevTools exist in development only: in the packaged app a reload would only
 * lose state, and DevTools is a way around the renderer's sandboxing of the user's data.
 */
export function appMenuTemplate(
  platform: NodeJS.Platform,
  isDev: boolean,
  handlers: AppMenuHandlers,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const settings: MenuItemConstructorOptions[] = handlers.openSettings
    ? [{ label: mac ? 'Settings…' : '&Settings…', accelerator: 'CmdOrCtrl+,', click: handlers.openSettings }]
    : [];

  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { role: 'about' },
      separator,
      ...settings,
      ...(settings.length > 0 ? [separator] : []),
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: mac
      ? [{ role: 'close' }]
      : [...settings, ...(settings.length > 0 ? [separator] : []), { role: 'quit' }],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll' },
    ],
  };
  const developerItems: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = mac
    ? { role: 'windowMenu' }
    : { label: '&Window', submenu: [{ role: 'minimize' }, { role: 'close' }] };
  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      { label: 'Mix.api Documentation', click: handlers.openDocumentation },
      separator,
      { label: 'Open Logs Folder', click: handlers.openLogsFolder },
      { label: 'Copy Diagnostics', click: handlers.copyDiagnostics },
      ...(mac ? [] : [separator, { label: 'About Mix Explorer', click: handlers.showAbout }]),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
