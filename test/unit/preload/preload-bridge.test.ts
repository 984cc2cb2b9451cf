import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MixExplorerBridge, SessionState } from '../../../common/ipc-contract';

// Fakes for the two Electron modules preload uses: the bridge records what is exposed, ipcRenderer
// answers invokes and delivers events like Electron does (event object first, then the payload).
const electron = vi.hoisted(() => {
  type Listener = (event: unknown, payload: unknown) => void;
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  const invoked: [string, unknown][] = [];
  const ipcEvent = { sender: { send: () => undefined }, senderId: 0 };
  return {
    exposed,
    invoked,
    reset() {
      exposed.clear();
      listeners.clear();
      invoked.length = 0;
    },
    listenerCount: (channel: string) => listeners.get(channel)?.size ?? 0,
    emit(channel: string, payload: unknown) {
      for (const listener of listeners.get(channel) ?? []) listener(ipcEvent, payload);
    },
    reply: (channel: string, payload: unknown): unknown => ({ ok: true, value: { echo: channel, payload } }),
    module: {
      contextBridge: {
        exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
      },
      ipcRenderer: {
        invoke: async (channel: string, payload: unknown) => {
          invoked.push([channel, payload]);
          return electron.reply(channel, payload);
        },
        on: (channel: string, listener: Listener) => {
          if (!listeners.has(channel)) listeners.set(channel, new Set());
          listeners.get(channel)?.add(listener);
        },
        removeListener: (channel: string, listener: Listener) => {
          listeners.get(channel)?.delete(listener);
        },
      },
    },
  };
});

vi.mock('electron', () => electron.module);

let bridge: MixExplorerBridge;

beforeEach(async () => {
  vi.resetModules();
  electron.reset();
  await import('../../../preload/index');
  bridge = electron.exposed.get('mixExplorer') as MixExplorerBridge;
});

afterEach(() => {
  electron.reply = (channel, payload) => ({ ok: true, value: { echo: channel, payload } });
});

const session: SessionState = { profileId: 'p1', status: 'signed-in', system: 'US', renewal: 'idle' };

describe('preload bridge', () => {
  it('exposes one frozen object as window.mixExplorer', () => {
    expect([...electron.exposed.keys()]).toEqual(['mixExplorer']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract channels to main and returns its Result', async () => {
    await expect(bridge.invoke('session:get', { profileId: 'p1' })).resolves.toEqual({
      ok: true,
      value: { echo: 'session:get', payload: { profileId: 'p1' } },
    });
    expect(electron.invoked).toEqual([['session:get', { profileId: 'p1' }]]);
  });

  it('refuses a channel outside the contract without any IPC', async () => {
    const invoke = bridge.invoke as (
      channel: string,
      request: unknown,
    ) => ReturnType<MixExplorerBridge['invoke']>;
    for (const channel of ['electron-store-get-data', 'toString', '__proto__', 'constructor']) {
      const result = await invoke(channel, null);
      expect(result).toMatchObject({ ok: false, problem: { code: 'invalid-input' } });
    }
    expect(electron.invoked).toEqual([]);
  });

  it('turns a rejected invoke into an internal problem instead of a rejection', async () => {
    electron.reply = () => {
      throw new Error("No handler registered for 'app:info'");
    };
    await expect(bridge.invoke('app:info', null)).resolves.toMatchObject({
      ok: false,
      problem: { code: 'internal' },
    });
  });

  it('gives event listeners only the payload, never the IPC event', () => {
    const received: unknown[][] = [];
    bridge.on('session:changed', (...args: unknown[]) => received.push(args));
    electron.emit('session:changed', session);
    expect(received).toEqual([[session]]);
  });

  it('unsubscribes', () => {
    const received: unknown[] = [];
    const off = bridge.on('session:changed', (payload) => received.push(payload));
    off();
    electron.emit('session:changed', session);
    expect(received).toEqual([]);
    expect(electron.listenerCount('session:changed')).toBe(0);
  });

  it('does not subscribe to events outside the contract', () => {
    const on = bridge.on as (event: string, listener: (payload: unknown) => void) => () => void;
    const received: unknown[] = [];
    const off = on('electron-store-get-data', (payload) => received.push(payload));
    electron.emit('electron-store-get-data', { secret: true });
    expect(received).toEqual([]);
    expect(electron.listenerCount('electron-store-get-data')).toBe(0);
    expect(() => off()).not.toThrow();
  });
});
