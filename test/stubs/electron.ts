// Stand-in for the `electron` module under Vitest (see vitest.config.ts). Tests that need behaviour
// inject fakes through main's ports; this only keeps imports of `electron` from downloading a binary.
const unavailable = (name: string) => () => {
  throw new Error(`electron.${name} is not available in unit tests; inject a fake through a port.`);
};

export const app = {
  getPath: () => '/tmp/mix-explorer-test',
  getVersion: () => '0.0.0-test',
  getName: () => 'mix-explorer',
  isReady: () => true,
  whenReady: () => Promise.resolve(),
  on: () => app,
};
export const ipcMain = {
  handle: unavailable('ipcMain.handle'),
  on: () => ipcMain,
  removeHandler: () => undefined,
};
export const shell = { openExternal: unavailable('shell.openExternal') };
export const safeStorage = {
  isAsyncEncryptionAvailable: () => Promise.resolve(false),
  getSelectedStorageBackend: () => 'basic_text',
};
export const session = { fromPartition: unavailable('session.fromPartition') };
export const BrowserWindow = unavailable('BrowserWindow');
export const clipboard = { writeText: unavailable('clipboard.writeText') };
export const nativeTheme = { shouldUseDarkColors: false };
export default { app, ipcMain, shell, safeStorage, session, BrowserWindow, clipboard, nativeTheme };
