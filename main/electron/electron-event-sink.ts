import type { EventSink } from '../ipc/ipc-router';

export interface EventWindowLike {
  isDestroyed(): boolean;
  readonly webContents: { isDestroyed(): boolean; send(channel: string, payload: unknown): void };
}

/** Pushes events to the main window; with no window (closed, or not yet created) they are dropped. */
export function createWindowEventSink(window: () => EventWindowLike | undefined): EventSink {
  return (event, payload) => {
    const target = window();
    if (target === undefined || target.isDestroyed() || target.webContents.isDestroyed()) return;
    target.webContents.send(event, payload);
  };
}
