import type { WorkspaceItem, WorkspaceItems } from '../../common/ipc-contract';
import { MAX_ROUTE_PATH_LENGTH, parseRoutePath, resourcePath } from '../../common/explorer-routes';
import { isRecord } from '../../common/tolerant-reader';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { SettingsFile } from '../ports/storage';
import { problem } from '../problem';

/** Key in the settings file holding `{ [profileId]: { recent, pinned } }`. */
export const WORKSPACE_KEY = 'workspace';
export const MAX_RECENT = 20;
export const MAX_PINNED = 50;
export const MAX_LABEL = 200;

/** Home's recently opened and pinned views, per profile, kept in the settings file. */
export interface WorkspaceItemsStore {
  items(profileId: string): WorkspaceItems;
  /**
   * The view is on screen: first in the recent list, once per resource (a project's tabs are one entry,
   * kept at the tab last seen), and a pinned copy of the resource takes its newer name.
   */
  visit(profileId: string, path: string, label: string): WorkspaceItems;
  /**
   * Pins the view at the end of the pinned list (once per resource), or unpins the resource; at most
   * MAX_PINNED, beyond that a plain refusal.
   */
  pin(profileId: string, path: string, label: string, pinned: boolean): WorkspaceItems;
  /** The profile is gone: so are its views. */
  forget(profileId: string): void;
}

/** The name a view is listed under: one line, bounded (a project's name can be anything). */
export function workspaceLabel(label: string): string {
  const line = label.replace(/\s+/g, ' ').trim();
  return line.length > MAX_LABEL ? `${line.slice(0, MAX_LABEL - 1)}…` : line;
}

/** A path the explorer can open: the home view is never listed (it is where the lists are shown). */
export function isWorkspacePath(path: string): boolean {
  if (path.length > MAX_ROUTE_PATH_LENGTH) return false;
  const route = parseRoutePath(path);
  return route !== undefined && route.kind !== 'home';
}

interface ReadList {
  items: WorkspaceItem[];
  dropped: number;
}

function readItem(entry: unknown): WorkspaceItem | undefined {
  if (!isRecord(entry)) return undefined;
  const { path, label, at } = entry;
  if (typeof path !== 'string' || typeof label !== 'string' || typeof at !== 'number') return undefined;
  if (!Number.isFinite(at) || !isWorkspacePath(path)) return undefined;
  return { path, label: workspaceLabel(label), at };
}

/** Entries as they are on disk (the file can be edited by hand): anything not a listable view is dropped. */
function readList(raw: unknown, max: number): ReadList {
  if (!Array.isArray(raw)) return { items: [], dropped: raw === undefined ? 0 : 1 };
  const items: WorkspaceItem[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const entry of raw) {
    const item = readItem(entry);
    const resource = item && resourcePath(item.path);
    if (!item || !resource || seen.has(resource) || items.length >= max) {
      dropped += 1;
      continue;
    }
    seen.add(resource);
    items.push(item);
  }
  return { items, dropped };
}

export function createWorkspaceItems(deps: {
  file: SettingsFile;
  clock: Pick<Clock, 'now'>;
  log: Pick<Logger, 'warn'>;
}): WorkspaceItemsStore {
  const { file, clock, log } = deps;

  function all(): Record<string, unknown> {
    const raw = file.get(WORKSPACE_KEY);
    return isRecord(raw) ? { ...raw } : {};
  }

  function items(profileId: string): WorkspaceItems {
    const stored = all()[profileId];
    const entry = isRecord(stored) ? stored : {};
    const recent = readList(entry.recent, MAX_RECENT);
    const pinned = readList(entry.pinned, MAX_PINNED);
    const dropped = recent.dropped + pinned.dropped + (stored !== undefined && !isRecord(stored) ? 1 : 0);
    if (dropped > 0) {
      log.warn(`[workspace] ${dropped} unreadable recent or pinned view(s) of a profile were left out.`);
    }
    return { recent: recent.items, pinned: pinned.items };
  }

  function save(profileId: string, next: WorkspaceItems): WorkspaceItems {
    file.set(WORKSPACE_KEY, { ...all(), [profileId]: next });
    return next;
  }

  return {
    items,

    visit(profileId, path, label) {
      const current = items(profileId);
      const resource = resourcePath(path);
      const same = (each: WorkspaceItem) => resourcePath(each.path) === resource;
      const item = { path, label: workspaceLabel(label), at: clock.now() };
      return save(profileId, {
        recent: [item, ...current.recent.filter((each) => !same(each))].slice(0, MAX_RECENT),
        pinned: current.pinned.map((each) => (same(each) ? { ...each, label: item.label } : each)),
      });
    },

    pin(profileId, path, label, pinned) {
      const current = items(profileId);
      const resource = resourcePath(path);
      const same = (each: WorkspaceItem) => resourcePath(each.path) === resource;
      const existing = current.pinned.find(same);
      if (!pinned)
        return save(profileId, { ...current, pinned: current.pinned.filter((each) => !same(each)) });
      if (!existing && current.pinned.length >= MAX_PINNED) {
        throw problem('invalid-input', `Home keeps at most ${MAX_PINNED} pinned views: unpin one first.`);
      }
      const item = { path, label: workspaceLabel(label), at: existing?.at ?? clock.now() };
      return save(profileId, {
        ...current,
        pinned: existing
          ? current.pinned.map((each) => (same(each) ? item : each))
          : [...current.pinned, item],
      });
    },

    forget(profileId) {
      const stored = all();
      if (!Object.hasOwn(stored, profileId)) return;
      file.set(
        WORKSPACE_KEY,
        Object.fromEntries(Object.entries(stored).filter(([owner]) => owner !== profileId)),
      );
    },
  };
}
