import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Notice } from '../../common/ipc-contract';
import type { Clock } from '../ports/clock';
import type { SettingsFile, SettingsFileOpener } from '../ports/storage';
import { InMemorySettingsFile } from './in-memory-settings-file';
import { SettingsUnreadable } from './store-settings-file';
import { KNOWN_SETTINGS_KEYS } from './storage-problem';

/** The file operations needed to set a whole settings file, or some of its entries, aside. */
export interface SetAsideFs {
  rename(from: string, to: string): void;
  exists(path: string): boolean;
  /** Creates `path` with `data`; fails if it exists. */
  create(path: string, data: string): void;
}

/**
 * What a key of the settings file may hold: `split` keeps what the app can use and names what it cannot,
 * so those entries are set aside, unchanged, instead of being dropped at the next save.
 */
export interface SettingsEntryCheck {
  key: string;
  split(value: unknown): { usable: unknown; unusable: { entry: unknown; name: string }[] };
}

export interface OpenedSettings {
  file: SettingsFile;
  /** What the user should know about the file (set aside, entries set aside, memory only). */
  notices: Notice[];
}

const nodeFs: SetAsideFs = {
  rename: (from, to) => renameSync(from, to),
  exists: (path) => existsSync(path),
  create: (path, data) => writeFileSync(path, data, { flag: 'wx', mode: 0o600 }),
};

export const SETTINGS_SET_ASIDE_NOTICE_ID = 'settings-set-aside';
export const SETTINGS_ENTRIES_SET_ASIDE_NOTICE_ID = 'settings-entries-set-aside';
export const SETTINGS_IN_MEMORY_NOTICE_ID = 'settings-in-memory';

/**
 * Opens the settings file and never throws. A file that is not JSON, or JSON that is not an object (a list,
 * a text), is renamed beside itself so nothing is lost, and a fresh one is started. Entries the checks
 * cannot use are written, unchanged, to a file beside it before they leave the settings. If any of that
 * fails, settings live in memory for this session. Each case comes with a notice.
 */
export function openSettings(
  opener: SettingsFileOpener,
  fs: SetAsideFs = nodeFs,
  clock: Pick<Clock, 'now'> = { now: () => Date.now() },
  checks: readonly SettingsEntryCheck[] = [],
): OpenedSettings {
  let file: SettingsFile | undefined;
  let unreadable: SettingsUnreadable['reason'] | 'other' = 'other';
  try {
    file = opener.open();
  } catch (error) {
    // The reason (often a JSON parse message with file contents) is not for the user.
    if (error instanceof SettingsUnreadable) unreadable = error.reason;
  }
  if (file) return setAsideUnusableEntries(file, opener.path, fs, clock, checks);

  let setAsideName: string | undefined;
  try {
    if (fs.exists(opener.path)) {
      const target = freeSetAsidePath(opener.path, clock.now(), fs);
      fs.rename(opener.path, target);
      setAsideName = basename(target);
    }
  } catch {
    return inMemory('Your settings file could not be read or moved aside');
  }

  try {
    const fresh = opener.open();
    if (setAsideName === undefined) return { file: fresh, notices: [] };
    const why =
      unreadable === 'not-an-object'
        ? 'did not hold settings (it held a list or a single value instead of an object)'
        : 'could not be read';
    return {
      file: fresh,
      notices: [
        {
          id: SETTINGS_SET_ASIDE_NOTICE_ID,
          level: 'warning',
          message: `Your settings file ${why}, so Mix Explorer set it aside as ${setAsideName} and started with fresh settings.`,
        },
      ],
    };
  } catch {
    return inMemory('Mix Explorer could not open its settings file');
  }
}

function setAsideUnusableEntries(
  file: SettingsFile,
  path: string,
  fs: SetAsideFs,
  clock: Pick<Clock, 'now'>,
  checks: readonly SettingsEntryCheck[],
): OpenedSettings {
  const setAside: Record<string, unknown[]> = {};
  const names: string[] = [];
  const usable = new Map<string, unknown>();
  for (const check of checks) {
    const value = file.get(check.key);
    if (value === undefined) continue;
    const split = check.split(value);
    if (split.unusable.length === 0) continue;
    setAside[check.key] = split.unusable.map(({ entry }) => entry);
    names.push(...split.unusable.map(({ name }) => name));
    usable.set(check.key, split.usable);
  }
  if (names.length === 0) return { file, notices: [] };

  let written: string;
  try {
    written = freeSetAsidePath(path, clock.now(), fs, 'set-aside');
    fs.create(written, `${JSON.stringify(setAside, null, 2)}\n`);
  } catch {
    // Not safely kept elsewhere: nothing may leave the file, so nothing is written to it this session.
    return inMemory('Some of your settings could not be read or set aside', file);
  }
  // Only now, with the entries safe beside it, do they leave the settings (written at the next save).
  for (const [key, value] of usable) {
    if (value === undefined) file.delete(key);
    else file.set(key, value);
  }
  const count = names.length === 1 ? 'an entry' : `${names.length} entries`;
  return {
    file,
    notices: [
      {
        id: SETTINGS_ENTRIES_SET_ASIDE_NOTICE_ID,
        level: 'warning',
        message: `Mix Explorer could not use ${count} of your settings (${names.join(', ')}), so it set ${names.length === 1 ? 'it' : 'them'} aside, unchanged, in ${basename(written)}.`,
      },
    ],
  };
}

/** Settings for this session only: a copy of what could be read, or nothing. */
function inMemory(cause: string, from?: SettingsFile): OpenedSettings {
  const file = new InMemorySettingsFile();
  if (from) {
    for (const key of KNOWN_SETTINGS_KEYS) {
      const value = from.get(key);
      if (value !== undefined) file.set(key, value);
    }
  }
  return {
    file,
    notices: [
      {
        id: SETTINGS_IN_MEMORY_NOTICE_ID,
        level: 'warning',
        message: `${cause}, so settings changes will not be saved this session.`,
      },
    ],
  };
}

/**
 * `<name>.<what>-<yyyymmdd-hhmmss>.json` (UTC) beside the file, `what` being `corrupt` or `set-aside`; a
 * numbered suffix if that name is taken.
 */
export function freeSetAsidePath(
  path: string,
  now: number,
  fs: Pick<SetAsideFs, 'exists'>,
  what: 'corrupt' | 'set-aside' = 'corrupt',
): string {
  const extension = extname(path) || '.json';
  const stem = basename(path, extname(path));
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const base = join(dirname(path), `${stem}.${what}-${stamp}`);
  let candidate = `${base}${extension}`;
  for (let n = 2; fs.exists(candidate); n += 1) candidate = `${base}-${n}${extension}`;
  return candidate;
}
