import type { FileShell } from '../../main/ports/file-shell';

/** The OS shell of the tests: records what main handed it; `openError` plays an OS that cannot open a file. */
export class RecordingShell implements FileShell {
  readonly shown: string[] = [];
  readonly opened: string[] = [];
  openError = '';

  showInFolder(path: string): void {
    this.shown.push(path);
  }

  async open(path: string): Promise<string> {
    this.opened.push(path);
    return this.openError;
  }
}
