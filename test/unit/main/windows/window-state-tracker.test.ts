import { describe, expect, it } from 'vitest';
import type { WindowStateStore } from '../../../../main/windows/window-state-file';
import {
  initialPlacement,
  trackWindowState,
  type ScreenLike,
  type TrackedWindowLike,
} from '../../../../main/windows/window-state-tracker';
import {
  displayKey,
  type DisplayLike,
  type Rectangle,
  type WindowState,
} from '../../../../main/windows/window-state';
import { FakeEmitter } from '../electron/fakes';

const laptop: DisplayLike = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
};
const monitor: DisplayLike = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 2560, height: 1440 },
  workArea: { x: 1440, y: 0, width: 2560, height: 1400 },
};

class FakeScreen implements ScreenLike {
  constructor(public displays: DisplayLike[]) {}
  getAllDisplays(): DisplayLike[] {
    return this.displays;
  }
  getDisplayMatching(rect: Rectangle): DisplayLike {
    const centreX = rect.x + rect.width / 2;
    return (
      this.displays.find((d) => centreX >= d.bounds.x && centreX < d.bounds.x + d.bounds.width) ?? laptop
    );
  }
}

class FakeTrackedWindow extends FakeEmitter implements TrackedWindowLike {
  bounds: Rectangle = { x: 100, y: 100, width: 1200, height: 800 };
  maximized = false;
  destroyed = false;
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  moveTo(x: number, y: number): void {
    this.bounds = { ...this.bounds, x, y };
    this.emit('move');
  }
}

class MemoryStore implements WindowStateStore {
  writes: WindowState[] = [];
  failing = false;
  constructor(private state: WindowState = { displays: {} }) {}
  read(): WindowState {
    return this.state;
  }
  write(state: WindowState): void {
    if (this.failing) throw new Error('disk full');
    this.state = state;
    this.writes.push(state);
  }
}

/** A scheduler the test runs by hand: no real timers, no sleeps. */
class ManualScheduler {
  private tasks: { task: () => void; cancelled: boolean }[] = [];
  schedule = (task: () => void): (() => void) => {
    const entry = { task, cancelled: false };
    this.tasks.push(entry);
    return () => {
      entry.cancelled = true;
    };
  };
  runAll(): void {
    const due = this.tasks;
    this.tasks = [];
    for (const entry of due) if (!entry.cancelled) entry.task();
  }
  get pending(): number {
    return this.tasks.filter((entry) => !entry.cancelled).length;
  }
}

function setUp(store = new MemoryStore(), screen = new FakeScreen([laptop, monitor])) {
  const window = new FakeTrackedWindow();
  const scheduler = new ManualScheduler();
  const warnings: string[] = [];
  let now = 1000;
  trackWindowState(window, {
    screen,
    store,
    now: () => (now += 1),
    logWarning: (message) => warnings.push(message),
    schedule: scheduler.schedule,
  });
  return { window, store, scheduler, screen, warnings };
}

describe('trackWindowState', () => {
  it('saves once after a burst of moves, under the display the window is on', () => {
    const { window, store, scheduler } = setUp();
    window.moveTo(200, 100);
    window.moveTo(1800, 100);
    window.moveTo(2000, 200);
    expect(store.writes).toHaveLength(0);
    expect(scheduler.pending).toBe(1);
    scheduler.runAll();
    expect(store.writes).toHaveLength(1);
    expect(store.read().displays[displayKey(monitor)]).toMatchObject({
      bounds: { x: 2000, y: 200, width: 1200, height: 800 },
      maximized: false,
    });
  });

  it('saves at once on close, cancelling the pending save', () => {
    const { window, store, scheduler } = setUp();
    window.moveTo(300, 300);
    window.maximized = true;
    window.emit('maximize');
    window.emit('close');
    expect(store.writes).toHaveLength(1);
    expect(store.read().displays[displayKey(laptop)]).toMatchObject({
      bounds: { x: 300, y: 300 },
      maximized: true,
    });
    scheduler.runAll();
    expect(store.writes).toHaveLength(1);
  });

  it('keeps each display’s placement, and the next start opens on the newest one still attached', () => {
    const { window, store, screen } = setUp();
    window.moveTo(50, 60);
    window.emit('close');
    window.moveTo(2000, 100);
    window.emit('close');
    expect(Object.keys(store.read().displays).sort()).toEqual(
      [displayKey(laptop), displayKey(monitor)].sort(),
    );

    expect(initialPlacement({ screen, store }, { width: 1200, height: 800 })).toMatchObject({
      x: 2000,
      y: 100,
    });
    screen.displays = [laptop];
    expect(initialPlacement({ screen, store }, { width: 1200, height: 800 })).toMatchObject({ x: 50, y: 60 });
  });

  it('logs, rather than throws, when the file cannot be written', () => {
    const store = new MemoryStore();
    store.failing = true;
    const { window, warnings } = setUp(store);
    expect(() => window.emit('close')).not.toThrow();
    expect(warnings).toEqual(['[window] could not save the window position: disk full']);
  });

  it('does nothing for a window already destroyed', () => {
    const { window, store, scheduler } = setUp();
    window.moveTo(10, 10);
    window.destroyed = true;
    scheduler.runAll();
    expect(store.writes).toHaveLength(0);
  });
});
