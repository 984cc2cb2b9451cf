/** The system clipboard: Electron's in the app, a recorder in tests. */
export interface Clipboard {
  writeText(text: string): void;
}
