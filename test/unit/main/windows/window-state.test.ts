import { describe, expect, it } from 'vitest';
import {
  displayKey,
  fitInto,
  MAX_REMEMBERED_DISPLAYS,
  nearestDisplay,
  parseWindowState,
  rememberPlacement,
  restoreBounds,
  type DisplayLike,
  type WindowState,
} from '../../../../main/windows/window-state';

const DEFAULTS = { width: 1200, height: 800 };

/** A display with a 40-pixel taskbar at the bottom. */
function display(id: number, x: number, y: number, width: number, height: number): DisplayLike {
  return { id, bounds: { x, y, width, height }, workArea: { x, y, width, height: height - 40 } };
}

const laptop = display(1, 0, 0, 1440, 900);
const monitor = display(2, 1440, 0, 2560, 1440);

function stateOn(entries: [DisplayLike, WindowState['displays'][string]][]): WindowState {
  return { displays: Object.fromEntries(entries.map(([d, placement]) => [displayKey(d), placement])) };
}

describe('restoreBounds', () => {
  it('opens at the default size, centred, when nothing was saved', () => {
    expect(restoreBounds(undefined, [laptop], DEFAULTS)).toEqual({ ...DEFAULTS, maximized: false });
    expect(restoreBounds({ displays: {} }, [laptop], DEFAULTS)).toEqual({ ...DEFAULTS, maximized: false });
  });

  it('puts the window back exactly where it was on a display that is still there', () => {
    const saved = stateOn([
      [monitor, { bounds: { x: 1600, y: 100, width: 1400, height: 900 }, maximized: false, savedAt: 2 }],
    ]);
    expect(restoreBounds(saved, [laptop, monitor], DEFAULTS)).toEqual({
      x: 1600,
      y: 100,
      width: 1400,
      height: 900,
      maximized: false,
    });
  });

  it('remembers maximised per display', () => {
    const saved = stateOn([
      [laptop, { bounds: { x: 20, y: 20, width: 1000, height: 700 }, maximized: true, savedAt: 1 }],
    ]);
    expect(restoreBounds(saved, [laptop], DEFAULTS)).toMatchObject({ width: 1000, maximized: true });
  });

  it('uses the newest placement among displays still attached (undocked: the laptop’s own)', () => {
    const saved = stateOn([
      [laptop, { bounds: { x: 10, y: 10, width: 1000, height: 700 }, maximized: false, savedAt: 1 }],
      [monitor, { bounds: { x: 2000, y: 50, width: 1800, height: 1200 }, maximized: true, savedAt: 5 }],
    ]);
    expect(restoreBounds(saved, [laptop, monitor], DEFAULTS)).toMatchObject({ x: 2000, maximized: true });
    expect(restoreBounds(saved, [laptop], DEFAULTS)).toEqual({
      x: 10,
      y: 10,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('brings a window from a removed display fully onto the nearest one', () => {
    const saved = stateOn([
      [monitor, { bounds: { x: 2000, y: 300, width: 1800, height: 1200 }, maximized: false, savedAt: 5 }],
    ]);
    // Only the laptop is left: shrunk to its work area and moved inside it.
    expect(restoreBounds(saved, [laptop], DEFAULTS)).toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 860,
      maximized: false,
    });
  });

  it('fits the window again when a display’s resolution changed (same id, new bounds)', () => {
    const saved = stateOn([
      [monitor, { bounds: { x: 3000, y: 900, width: 900, height: 500 }, maximized: false, savedAt: 5 }],
    ]);
    const smaller = display(2, 1440, 0, 1920, 1080);
    const placement = restoreBounds(saved, [laptop, smaller], DEFAULTS);
    expect(placement).toEqual({ x: 2460, y: 540, width: 900, height: 500, maximized: false });
    // Fully inside the work area.
    expect((placement.x ?? Number.NaN) + placement.width).toBeLessThanOrEqual(1440 + 1920);
    expect((placement.y ?? Number.NaN) + placement.height).toBeLessThanOrEqual(1080 - 40);
  });

  it('falls back to the defaults with no display information', () => {
    const saved = stateOn([
      [laptop, { bounds: { x: 10, y: 10, width: 1000, height: 700 }, maximized: true, savedAt: 1 }],
    ]);
    expect(restoreBounds(saved, [], DEFAULTS)).toEqual({ ...DEFAULTS, maximized: false });
  });
});

describe('fitInto and nearestDisplay', () => {
  it('slides a partly off-screen window back without resizing it when it fits', () => {
    expect(fitInto({ x: -300, y: 850, width: 800, height: 600 }, laptop.workArea)).toEqual({
      x: 0,
      y: 260,
      width: 800,
      height: 600,
    });
  });

  it('picks the display with the most overlap, else the closest centre', () => {
    expect(nearestDisplay({ x: 1300, y: 100, width: 800, height: 600 }, [laptop, monitor])).toBe(monitor);
    expect(nearestDisplay({ x: -5000, y: 0, width: 800, height: 600 }, [monitor, laptop])).toBe(laptop);
    expect(nearestDisplay({ x: 9000, y: 0, width: 800, height: 600 }, [laptop, monitor])).toBe(monitor);
  });
});

describe('rememberPlacement', () => {
  it('keeps one placement per display and forgets the oldest displays first', () => {
    let state: WindowState = { displays: {} };
    for (let id = 1; id <= MAX_REMEMBERED_DISPLAYS + 2; id += 1) {
      state = rememberPlacement(state, display(id, 0, 0, 1000, 800), {
        bounds: { x: 0, y: 0, width: 500, height: 400 },
        maximized: false,
        savedAt: id,
      });
    }
    state = rememberPlacement(state, display(5, 0, 0, 1000, 800), {
      bounds: { x: 1, y: 1, width: 600, height: 400 },
      maximized: true,
      savedAt: 100,
    });
    const keys = Object.keys(state.displays);
    expect(keys).toHaveLength(MAX_REMEMBERED_DISPLAYS);
    expect(keys).not.toContain(displayKey(display(1, 0, 0, 1000, 800)));
    expect(keys).not.toContain(displayKey(display(2, 0, 0, 1000, 800)));
    expect(state.displays[displayKey(display(5, 0, 0, 1000, 800))]).toMatchObject({ maximized: true });
  });
});

describe('parseWindowState', () => {
  it('keeps sane entries and drops the rest', () => {
    const parsed = parseWindowState({
      displays: {
        good: { bounds: { x: 1, y: 2, width: 300, height: 200 }, maximized: false, savedAt: 3 },
        zero: { bounds: { x: 1, y: 2, width: 0, height: 200 }, maximized: false, savedAt: 3 },
        huge: { bounds: { x: 1e9, y: 2, width: 300, height: 200 }, maximized: false, savedAt: 3 },
        text: { bounds: { x: '1', y: 2, width: 300, height: 200 }, maximized: false, savedAt: 3 },
        nan: { bounds: { x: 1, y: 2, width: Number.NaN, height: 200 }, maximized: false, savedAt: 3 },
        flag: { bounds: { x: 1, y: 2, width: 300, height: 200 }, maximized: 'yes', savedAt: 3 },
      },
    });
    expect(Object.keys(parsed.displays)).toEqual(['good']);
    expect(parseWindowState(null)).toEqual({ displays: {} });
    expect(parseWindowState([1, 2])).toEqual({ displays: {} });
    expect(parseWindowState({ displays: 'x' })).toEqual({ displays: {} });
  });
});
