import type { EventChannel, EventPayload, Result } from '../../common/ipc-contract';
import type { IpcSender } from './ipc-sender';

/**
 * The transport-independent IPC endpoint. The Electron adapter (ipcMain) and the Chromium test transport
 * both feed it raw messages; it checks sender and payload before any service runs.
 */
export interface IpcRouter {
  /** The channels it serves, for registering `ipcMain.handle`. */
  readonly channels: readonly string[];
  handle(sender: IpcSender, channel: string, payload: unknown): Promise<Result<unknown>>;
}

/** Pushes events to the renderer: `webContents.send` in the app, `page.evaluate` in tests. */
export type EventSink = <E extends EventChannel>(event: E, payload: EventPayload<E>) => void;
