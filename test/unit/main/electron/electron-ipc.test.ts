import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../common/ipc-contract';
import { createWindowEventSink, type EventWindowLike } from '../../../../main/electron/electron-event-sink';
import {
  registerIpc,
  senderOf,
  type IpcInvokeEventLike,
  type IpcMainLike,
} from '../../../../main/electron/electron-ipc';
import type { IpcRouter } from '../../../../main/ipc/ipc-router';
import type { IpcSender } from '../../../../main/ipc/ipc-sender';
import { createSenderPolicy } from '../../../../main/security/trusted-sender';

class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: IpcInvokeEventLike, payload: unknown) => Promise<unknown>>();
  handle(channel: string, listener: (event: IpcInvokeEventLike, payload: unknown) => Promise<unknown>): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, event: IpcInvokeEventLike, payload: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) return Promise.reject(new Error(`No handler registered for '${channel}'`));
    return handler(event, payload);
  }
}

const APP_URL = 'app://mix-explorer/index.html';

/** A router that applies the real sender policy and echoes what it was given. */
function echoRouter(mainWindowId: number): IpcRouter {
  const trusted = createSenderPolicy(() => mainWindowId, APP_URL, { packaged: true });
  return {
    channels: ['app:info', 'profiles:list'],
    async handle(sender: IpcSender, channel, payload): Promise<Result<unknown>> {
      if (!trusted(sender)) return { ok: false, problem: { code: 'forbidden', message: 'refused' } };
      return { ok: true, value: { channel, payload } };
    },
  };
}

function invokeEvent(options: {
  id: number;
  frame: 'main' | 'child' | 'gone';
  url?: string;
}): IpcInvokeEventLike {
  const mainFrame = { url: options.url ?? APP_URL };
  const frame =
    options.frame === 'main' ? mainFrame : options.frame === 'child' ? { url: options.url ?? APP_URL } : null;
  return { sender: { id: options.id, mainFrame }, senderFrame: frame };
}

describe('registerIpc', () => {
  it('serves each router channel with the sender facts taken from the event', async () => {
    const ipcMain = new FakeIpcMain();
    registerIpc(echoRouter(7), ipcMain);
    expect([...ipcMain.handlers.keys()]).toEqual(['app:info', 'profiles:list']);
    await expect(
      ipcMain.invoke('profiles:list', invokeEvent({ id: 7, frame: 'main' }), null),
    ).resolves.toEqual({
      ok: true,
      value: { channel: 'profiles:list', payload: null },
    });
  });

  it('refuses other windows, sub-frames, departed frames and foreign pages', async () => {
    const ipcMain = new FakeIpcMain();
    registerIpc(echoRouter(7), ipcMain);
    const refused = { ok: false, problem: { code: 'forbidden', message: 'refused' } };
    for (const event of [
      invokeEvent({ id: 8, frame: 'main' }),
      invokeEvent({ id: 7, frame: 'child' }),
      invokeEvent({ id: 7, frame: 'gone' }),
      invokeEvent({ id: 7, frame: 'main', url: 'https://evil.example/' }),
    ]) {
      await expect(ipcMain.invoke('app:info', event, null)).resolves.toEqual(refused);
    }
  });

  it('returns an unregister function that removes every handler (so registering again works)', () => {
    const ipcMain = new FakeIpcMain();
    const unregister = registerIpc(echoRouter(7), ipcMain);
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
    expect(() => registerIpc(echoRouter(7), ipcMain)).not.toThrow();
  });
});

describe('senderOf', () => {
  it('treats a frame that throws on access as gone', () => {
    const event = {
      sender: { id: 3, mainFrame: {} },
      get senderFrame(): { url: string } | null {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(senderOf(event)).toEqual({ webContentsId: 3, isMainFrame: false, frameUrl: '' });
  });
});

describe('window event sink', () => {
  function fakeWindow(): EventWindowLike & { sent: [string, unknown][]; destroyed: boolean } {
    const window = {
      sent: [] as [string, unknown][],
      destroyed: false,
      isDestroyed: () => window.destroyed,
      webContents: {
        isDestroyed: () => window.destroyed,
        send: (channel: string, payload: unknown) => {
          window.sent.push([channel, payload]);
        },
      },
    };
    return window;
  }

  it('sends to the main window while it exists, drops events otherwise', () => {
    const window = fakeWindow();
    let current: EventWindowLike | undefined = undefined;
    const send = createWindowEventSink(() => current);
    const notice = { id: 'n1', level: 'info' as const, message: 'hello' };
    send('app:notice', notice);
    current = window;
    send('app:notice', notice);
    window.destroyed = true;
    send('app:notice', { ...notice, id: 'n2' });
    expect(window.sent).toEqual([['app:notice', notice]]);
  });
});
