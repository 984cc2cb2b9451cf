import type { Clipboard } from '../ports/clipboard';

/** Electron's clipboard as the Clipboard port (main writes the token itself; it never crosses IPC). */
export function createElectronClipboard(clipboard: { writeText(text: string): void }): Clipboard {
  return { writeText: (text) => clipboard.writeText(text) };
}
