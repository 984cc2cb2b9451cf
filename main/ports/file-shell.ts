/**
 * The OS file manager and default applications, for files Mix Explorer saved: Electron's shell in the app,
 * a recorder in tests. Only main's download register hands it paths (never the renderer).
 */
export interface FileShell {
  /** Shows the file selected in its folder. */
  showInFolder(path: string): void;
  /** Opens the file with the default application; resolves to an error text, or '' when it opened. */
  open(path: string): Promise<string>;
}
