/** The webContents a permission handler is asked about (null for some checks). */
export type PermissionAsker = { readonly id: number } | null;

/** The part of an Electron Session whose permission handlers we set. */
export interface PermissionSessionLike {
  setPermissionRequestHandler(
    handler: (webContents: PermissionAsker, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: PermissionAsker, permission: string) => boolean): void;
}

/** An exception to "deny everything"; by default there is none. */
export type PermissionException = (webContents: PermissionAsker, permission: string) => boolean;

/**
 * Neither the app nor the sign-in pages need camera, microphone, notifications, geolocation, clipboard
 * reads, HID, USB or anything else a web page can ask for; Electron grants them all by default.
 */
export function denyAllPermissions(
  session: PermissionSessionLike,
  except: PermissionException = () => false,
): void {
  session.setPermissionRequestHandler((webContents, permission, callback) =>
    callback(except(webContents, permission)),
  );
  session.setPermissionCheckHandler((webContents, permission) => except(webContents, permission));
}
