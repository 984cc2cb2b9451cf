/** Asks the user where to save a download: Electron's save dialog in the app, a temp folder in tests. */
export interface SaveDialog {
  /** Resolves to an absolute path, or undefined when the user closed the dialog. */
  choose(suggestedName: string): Promise<string | undefined>;
}
