import type { Page } from '@playwright/test';
import type { EventChannel, EventPayload } from '../../../common/ipc-contract';
import type { EventSink, IpcRouter } from '../../../main/ipc/ipc-router';
import type { IpcSender } from '../../../main/ipc/ipc-sender';

/**
 * The test transport: implements the preload's `window.mixExplorer` in a Chromium page over Playwright's
 * bindings (no network port), feeding the same IpcRouter the Electron ipcMain adapter feeds in the app.
 */
export const TEST_WEB_CONTENTS_ID = 1;

export async function installTestTransport(page: Page, router: IpcRouter): Promise<void> {
  await page.exposeBinding('__mixExplorerInvoke', async (source, channel: string, payload: unknown) => {
    const sender: IpcSender = {
      webContentsId: source.page === page ? TEST_WEB_CONTENTS_ID : -1,
      isMainFrame: source.frame === page.mainFrame(),
      frameUrl: source.frame.url(),
    };
    return router.handle(sender, channel, payload);
  });
  await page.addInitScript(() => {
    type Listener = (payload: unknown) => void;
    const listeners = new Map<string, Set<Listener>>();
    const w = window as unknown as {
      __mixExplorerInvoke(channel: string, payload: unknown): Promise<unknown>;
      __mixExplorerEmit(event: string, payload: unknown): void;
      mixExplorer: unknown;
    };
    const invoke = w.__mixExplorerInvoke;
    Object.defineProperty(w, '__mixExplorerEmit', {
      value: (event: string, payload: unknown) =>
        listeners.get(event)?.forEach((listener) => listener(payload)),
    });
    const api = Object.freeze({
      invoke: (channel: string, request: unknown) => invoke(channel, request ?? null),
      on: (event: string, listener: Listener) => {
        const set = listeners.get(event) ?? new Set<Listener>();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
    });
    Object.defineProperty(w, 'mixExplorer', { value: api, writable: false, configurable: false });
  });
}

/** The EventSink for the page: what `webContents.send` is in the app. */
export function pageEventSink(page: Page): EventSink {
  return <E extends EventChannel>(event: E, payload: EventPayload<E>) => {
    if (page.isClosed()) return;
    void page
      .evaluate(
        ([name, body]) =>
          (
            window as unknown as { __mixExplorerEmit(event: string, payload: unknown): void }
          ).__mixExplorerEmit(name, body),
        [event, payload] as const,
      )
      .catch(() => undefined);
  };
}
