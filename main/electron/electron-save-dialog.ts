import { join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { SaveDialog } from '../ports/save-dialog';

/** The OS save dialog, attached to the main window, proposing Mix's file name in the Downloads folder. */
export function createElectronSaveDialog(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  parent: () => BrowserWindow | undefined,
  downloadsFolder: () => string,
): SaveDialog {
  return {
    async choose(suggestedName) {
      const options = {
        defaultPath: join(downloadsFolder(), suggestedName),
        properties: ['showOverwriteConfirmation' as const],
      };
      const window = parent();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
  };
}
