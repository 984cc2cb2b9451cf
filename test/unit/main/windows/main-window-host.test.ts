import { describe, expect, it } from 'vitest';
import { createMainWindowHost, type HostedWindowLike } from '../../../../main/windows/main-window-host';
import { FakeEmitter } from '../electron/fakes';

class FakeHostedWindow extends FakeEmitter implements HostedWindowLike {
  readonly webContents: FakeEmitter & { id: number };
  minimized = false;
  focused = false;
  constructor(id: number) {
    super();
    this.webContents = Object.assign(new FakeEmitter(), { id });
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused = true;
  }
}

function setUp() {
  const created: FakeHostedWindow[] = [];
  const events: string[] = [];
  const host = createMainWindowHost({
    create: () => {
      const window = new FakeHostedWindow(created.length + 10);
      created.push(window);
      return window;
    },
    onPageLoaded: () => events.push('loaded'),
    onClosed: () => events.push('closed'),
  });
  /** The n-th window the host created. */
  const nth = (index: number): FakeHostedWindow => {
    const window = created[index];
    if (!window) throw new Error(`no window ${index}`);
    return window;
  };
  return { host, created, events, nth };
}

describe('createMainWindowHost', () => {
  it('does nothing on a second launch before start-up opened the window', () => {
    const { host, created } = setUp();
    host.bringToFront();
    expect(created).toHaveLength(0);
    expect(host.current()).toBeUndefined();
  });

  it('restores and focuses the one window instead of opening another', () => {
    const { host, created, nth } = setUp();
    host.open();
    const window = nth(0);
    window.minimized = true;
    host.bringToFront();
    expect(created).toHaveLength(1);
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
  });

  it('tracks the window’s id until it closes, then opens a new one when asked (macOS dock, deep link)', () => {
    const { host, created, events, nth } = setUp();
    host.open();
    expect(host.webContentsId()).toBe(10);
    nth(0).webContents.emit('did-finish-load');
    nth(0).emit('closed');
    expect(host.current()).toBeUndefined();
    expect(host.webContentsId()).toBeUndefined();
    host.bringToFront();
    expect(created).toHaveLength(2);
    expect(host.webContentsId()).toBe(11);
    expect(events).toEqual(['loaded', 'closed']);
  });

  it('ignores late events from a window it no longer holds', () => {
    const { host, created, events, nth } = setUp();
    host.open();
    const first = nth(0);
    first.emit('closed');
    host.open();
    first.webContents.emit('did-finish-load');
    first.emit('closed');
    expect(host.current()).toBe(created[1]);
    expect(events).toEqual(['closed']);
  });
});
