import { shell as electronShell, type Shell } from 'electron';
import type { FileShell } from '../ports/file-shell';

/** The two calls of Electron's shell main uses for saved downloads (typed against electron.d.ts). */
export type ShellLike = Pick<Shell, 'showItemInFolder' | 'openPath'>;

/** Electron's shell as the FileShell port. */
export function createElectronShell(shell: ShellLike = electronShell): FileShell {
  return {
    showInFolder: (path) => shell.showItemInFolder(path),
    open: (path) => shell.openPath(path),
  };
}
