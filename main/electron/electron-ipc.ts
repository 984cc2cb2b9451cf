import { ipcMain as electronIpcMain } from 'electron';
import type { IpcRouter } from '../ipc/ipc-router';
import type { IpcSender } from '../ipc/ipc-sender';

/** What an `ipcMain.handle` event tells about its sender. */
export interface IpcInvokeEventLike {
  readonly sender: { readonly id: number; readonly mainFrame: unknown };
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, payload: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** The sender facts the router's policy decides on. A frame that is gone (null) is never trusted. */
export function senderOf(event: IpcInvokeEventLike): IpcSender {
  let frame: { readonly url: string } | null;
  try {
    frame = event.senderFrame;
  } catch {
    // Electron throws when the frame was disposed mid-call.
    frame = null;
  }
  return {
    webContentsId: event.sender.id,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    frameUrl: frame?.url ?? '',
  };
}

/** Serves every router channel through `ipcMain.handle`; returns a function that removes the handlers. */
export function registerIpc(router: IpcRouter, ipcMain: IpcMainLike = electronIpcMain): () => void {
  const channels = [...router.channels];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload) => router.handle(senderOf(event), channel, payload));
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}
