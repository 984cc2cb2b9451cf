import type { WindowPlacement } from './main-window';
import { isRecord } from '../../common/tolerant-reader';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What Electron's `screen` says about a display. */
export interface DisplayLike {
  id: number;
  bounds: Rectangle;
  /** The bounds minus the taskbar, dock and menu bar. */
  workArea: Rectangle;
}

/** Where the window was on one display when last seen there. */
export interface SavedPlacement {
  bounds: Rectangle;
  maximized: boolean;
  /** Epoch milliseconds: the most recent entry wins when several displays are present. */
  savedAt: number;
}

/** The window-state file: one placement per display the window has been on. */
export interface WindowState {
  displays: Record<string, SavedPlacement>;
}

/** Displays remembered at most; the oldest is forgotten first. */
export const MAX_REMEMBERED_DISPLAYS = 8;

/**
 * A display's identity: its id and its bounds, so a display whose resolution or arrangement changed
 * counts as a new one (the window is then fitted again rather than put back where it no longer fits).
 */
export function displayKey(display: DisplayLike): string {
  const { x, y, width, height } = display.bounds;
  return `${display.id}@${x},${y},${width}x${height}`;
}

/**
 * Where the window opens. The most recent placement saved on a display that is still attached wins;
 * with none attached, the most recent placement is moved to the nearest display. Either way the
 * window ends up fully inside that display's work area. Nothing saved (or no display): the defaults,
 * centred by the OS.
 */
export function restoreBounds(
  saved: WindowState | undefined,
  displays: readonly DisplayLike[],
  defaults: { width: number; height: number },
): WindowPlacement {
  const entries = Object.entries(saved?.displays ?? {}).sort(([, a], [, b]) => b.savedAt - a.savedAt);
  const newest = entries[0];
  if (newest === undefined || displays.length === 0) return { ...defaults, maximized: false };

  for (const [key, placement] of entries) {
    const display = displays.find((candidate) => displayKey(candidate) === key);
    if (display) return { ...fitInto(placement.bounds, display.workArea), maximized: placement.maximized };
  }
  const [, placement] = newest;
  const display = nearestDisplay(placement.bounds, displays);
  return { ...fitInto(placement.bounds, display.workArea), maximized: placement.maximized };
}

/** The state with `placement` remembered for `display`, keeping the most recent displays only. */
export function rememberPlacement(
  state: WindowState,
  display: DisplayLike,
  placement: SavedPlacement,
): WindowState {
  const displays = { ...state.displays, [displayKey(display)]: placement };
  const kept = Object.entries(displays)
    .sort(([, a], [, b]) => b.savedAt - a.savedAt)
    .slice(0, MAX_REMEMBERED_DISPLAYS);
  return { displays: Object.fromEntries(kept) };
}

/** Shrinks the rectangle to the area if needed, then slides it inside. */
export function fitInto(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = Math.min(Math.round(bounds.width), area.width);
  const height = Math.min(Math.round(bounds.height), area.height);
  return {
    x: clamp(Math.round(bounds.x), area.x, area.x + area.width - width),
    y: clamp(Math.round(bounds.y), area.y, area.y + area.height - height),
    width,
    height,
  };
}

/** The display the rectangle overlaps most; with no overlap, the one whose centre is closest. */
export function nearestDisplay(bounds: Rectangle, displays: readonly DisplayLike[]): DisplayLike {
  let best = displays[0] as DisplayLike;
  let bestOverlap = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const display of displays) {
    const overlap = overlapArea(bounds, display.bounds);
    const distance = centreDistance(bounds, display.bounds);
    if (overlap > bestOverlap || (overlap === bestOverlap && distance < bestDistance)) {
      best = display;
      bestOverlap = overlap;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The window-state file's content, or an empty state. The file is the user's to edit or break:
 * any entry that is not a sane rectangle is dropped rather than trusted.
 */
export function parseWindowState(value: unknown): WindowState {
  const displays: Record<string, SavedPlacement> = {};
  const raw = isRecord(value) && isRecord(value.displays) ? value.displays : {};
  for (const [key, entry] of Object.entries(raw)) {
    if (!isRecord(entry) || typeof entry.maximized !== 'boolean' || !isFiniteNumber(entry.savedAt)) continue;
    const bounds = parseRectangle(entry.bounds);
    if (bounds) displays[key] = { bounds, maximized: entry.maximized, savedAt: entry.savedAt };
  }
  return { displays };
}

const MAX_COORDINATE = 1_000_000;
const MAX_SIZE = 100_000;

function parseRectangle(value: unknown): Rectangle | undefined {
  if (!isRecord(value)) return undefined;
  const { x, y, width, height } = value;
  if (![x, y, width, height].every(isFiniteNumber)) return undefined;
  const rectangle = { x, y, width, height } as Rectangle;
  const sane =
    Math.abs(rectangle.x) <= MAX_COORDINATE &&
    Math.abs(rectangle.y) <= MAX_COORDINATE &&
    rectangle.width >= 1 &&
    rectangle.height >= 1 &&
    rectangle.width <= MAX_SIZE &&
    rectangle.height <= MAX_SIZE;
  return sane ? rectangle : undefined;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function centreDistance(a: Rectangle, b: Rectangle): number {
  return Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2));
}
