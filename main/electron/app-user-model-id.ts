/**
 * Windows shows a toast only for an app whose AppUserModelID a Start-menu shortcut carries (docs/tutorial/
 * notifications.md, Windows), and the NSIS installer gives its shortcut electron-builder.yml's `appId`.
 * Without this call toasts go out under Electron's own identity, which no shortcut carries, and are dropped.
 * A unit test holds this value to electron-builder.yml.
 */
export const APP_USER_MODEL_ID = 'com.mixexplorer.app';

/** `app.setAppUserModelId` is a Windows API (electron.d.ts: `@platform win32`). */
export function applyAppUserModelId(
  app: { setAppUserModelId(id: string): void },
  platform: NodeJS.Platform,
): void {
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
}
