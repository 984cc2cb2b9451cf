import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { IpcHandlers } from '../ipc/create-ipc-router';
import type { FileShell } from '../ports/file-shell';
import { problem } from '../problem';
import { NO_SAVED_FILE, type DownloadRegister } from './download-register';

type DownloadHandlers = Pick<IpcHandlers, 'downloads:list' | 'download:show-in-folder' | 'download:open'>;

/** How a file that is gone is described: plain words, no error dump. */
async function ensureStillThere(path: string): Promise<void> {
  const found = await stat(path).catch(() => undefined);
  if (found?.isFile()) return;
  throw problem('not-found', `${basename(path)} is no longer where it was saved: it was moved or deleted.`, {
    detail: `It was saved to ${path}.`,
  });
}

/**
 * The Downloads panel's handlers. Show in folder and Open take a download id only; the path comes from
 * main's own register of files it saved this session, so the renderer can never make the shell open
 * anything else.
 */
export function createDownloadHandlers(deps: {
  register: DownloadRegister;
  shell: FileShell;
}): DownloadHandlers {
  const { register, shell } = deps;

  async function savedFile(downloadId: string): Promise<string> {
    const path = register.savedPath(downloadId);
    if (path === undefined) {
      throw problem('not-found', NO_SAVED_FILE);
    }
    await ensureStillThere(path);
    return path;
  }

  return {
    async 'downloads:list'() {
      return register.list();
    },
    async 'download:show-in-folder'({ downloadId }) {
      shell.showInFolder(await savedFile(downloadId));
      return null;
    },
    async 'download:open'({ downloadId }) {
      const path = await savedFile(downloadId);
      const error = await shell.open(path);
      if (error !== '') {
        throw problem('internal', `The system could not open ${basename(path)}.`, {
          detail: error.slice(0, 300),
        });
      }
      return null;
    },
  };
}
