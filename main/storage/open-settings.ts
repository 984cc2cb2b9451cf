import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Notice } from '../../common/ipc-contract';
import type { Clock } from '../ports/clock';
import { InMemorySettingsFile } from './in-memory-settings-file';
import type { SettingsFile, SettingsFileOpener } from '../ports/storage';

/** The file operations needed to set a corrupted settings file aside. */
export interface SetAsideFs {
  rename(from: string, to: string): void;
  exists(path: string): boolean;
}

export interface OpenedSettings {
  file: SettingsFile;
  /** Present when the file on disk could not be used; shown to the user at start-up. */
  notice?: Notice;
}

const nodeFs: SetAsideFs = {
  rename: (from, to) => renameSync(from, to),
  exists: (path) => existsSync(path),
};

export const SETTINGS_SET_ASIDE_NOTICE_ID = 'settings-set-aside';
export const SETTINGS_IN_MEMORY_NOTICE_ID = 'settings-in-memory';

/**
 * Opens the settings file and never throws: a file that cannot be read (corrupted JSON, schema failure)
 * is renamed beside itself so nothing is lost, and a fresh one is started. If even that fails, settings
 * live in memory for this session.
 */
export function openSettings(
  opener: SettingsFileOpener,
  fs: SetAsideFs = nodeFs,
  clock: Pick<Clock, 'now'> = { now: () => Date.now() },
): OpenedSettings {
  try {
    return { file: opener.open() };
  } catch {
    // Fall through: the reason (often a JSON parse message with file contents) is not for the user.
  }

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
    const file = opener.open();
    if (setAsideName === undefined) return { file };
    return {
      file,
      notice: {
        id: SETTINGS_SET_ASIDE_NOTICE_ID,
        level: 'warning',
        message: `Your settings file could not be read, so Mix Explorer set it aside as ${setAsideName} and started with fresh settings.`,
      },
    };
  } catch {
    return inMemory('Mix Explorer could not open its settings file');
  }
}

function inMemory(cause: string): OpenedSettings {
  return {
    file: new InMemorySettingsFile(),
    notice: {
      id: SETTINGS_IN_MEMORY_NOTICE_ID,
      level: 'warning',
      message: `${cause}, so settings changes will not be saved this session.`,
    },
  };
}

/** `<name>.corrupt-<yyyymmdd-hhmmss>.json` (UTC) beside the file; a numbered suffix if that name is taken. */
export function freeSetAsidePath(path: string, now: number, fs: Pick<SetAsideFs, 'exists'>): string {
  const extension = extname(path) || '.json';
  const stem = basename(path, extname(path));
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const base = join(dirname(path), `${stem}.corrupt-${stamp}`);
  let candidate = `${base}${extension}`;
  for (let n = 2; fs.exists(candidate); n += 1) candidate = `${base}-${n}${extension}`;
  return candidate;
}
