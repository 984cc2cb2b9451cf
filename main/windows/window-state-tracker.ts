import type { WindowPlacement } from './main-window';
import type { WindowStateStore } from './window-state-file';
import { rememberPlacement, restoreBounds, type DisplayLike, type Rectangle } from './window-state';

/** The part of Electron's `screen` the tracker reads. */
export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getDisplayMatching(rect: Rectangle): DisplayLike;
}

/** The part of a BrowserWindow the tracker watches. */
export interface TrackedWindowLike {
  on(event: 'move' | 'resize' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  /** The bounds the window has when neither maximised nor minimised nor full screen. */
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

/** Runs `task` after `ms`; returns a function that cancels it. */
export type Schedule = (task: () => void, ms: number) => () => void;

export interface WindowStateDeps {
  screen: ScreenLike;
  store: WindowStateStore;
  now: () => number;
  logWarning: (message: string) => void;
  schedule?: Schedule;
  /** Moves and resizes arrive dozens of times a second while the user drags. */
  debounceMs?: number;
}

const timerSchedule: Schedule = (task, ms) => {
  const timer = setTimeout(task, ms);
  return () => clearTimeout(timer);
};

/** Where the main window opens: its last placement, fitted to the displays attached now. */
export function initialPlacement(
  deps: Pick<WindowStateDeps, 'screen' | 'store'>,
  defaults: { width: number; height: number },
): WindowPlacement {
  return restoreBounds(deps.store.read(), deps.screen.getAllDisplays(), defaults);
}

/**
 * Saves the window's placement (normal bounds + maximised) under the display it is on: debounced
 * while it moves or resizes, at once when it closes.
 */
export function trackWindowState(window: TrackedWindowLike, deps: WindowStateDeps): void {
  const schedule = deps.schedule ?? timerSchedule;
  const debounceMs = deps.debounceMs ?? 500;
  let state = deps.store.read();
  let cancelPending: (() => void) | undefined;

  const save = (): void => {
    cancelPending = undefined;
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    const display = deps.screen.getDisplayMatching(bounds);
    state = rememberPlacement(state, display, {
      bounds,
      maximized: window.isMaximized(),
      savedAt: deps.now(),
    });
    try {
      deps.store.write(state);
    } catch (error) {
      deps.logWarning(
        `[window] could not save the window position: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const saveSoon = (): void => {
    cancelPending?.();
    cancelPending = schedule(save, debounceMs);
  };

  for (const event of ['move', 'resize', 'maximize', 'unmaximize'] as const) window.on(event, saveSoon);
  window.on('close', () => {
    cancelPending?.();
    save();
  });
}
