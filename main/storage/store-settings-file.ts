import { readFileSync } from 'node:fs';
import { isRecord } from '../../common/tolerant-reader';
import type { SettingsFileOpener } from '../ports/storage';
import { CoalescingSettingsFile } from './coalescing-settings-file';

/** The part of electron-store (and of conf, its engine) that the settings file needs: the whole object. */
export interface KeyValueStore {
  store: Record<string, unknown>;
}

/** Why a settings file on disk cannot be used as it is (openSettings sets it aside). */
export class SettingsUnreadable extends Error {
  constructor(readonly reason: 'not-json' | 'not-an-object') {
    super(
      reason === 'not-json' ? 'The settings file is not JSON.' : 'The settings file is not a JSON object.',
    );
    this.name = 'SettingsUnreadable';
  }
}

/** The file's text, or undefined when there is none. */
function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Wraps an electron-store or conf constructor as a SettingsFileOpener. The file is read once here, and must
 * be a JSON object: electron-store would read a list as `{}` and a text as `{"0":"h",…}`, and lose it at the
 * next save, so anything else throws for openSettings to set aside. After that the settings live in memory
 * and the store only writes them (atomically), coalesced by CoalescingSettingsFile.
 *
 * In main: `storeSettingsOpener(join(app.getPath('userData'), 'settings.json'), () => new Store({ name: 'settings' }))`.
 */
export function storeSettingsOpener(path: string, create: () => KeyValueStore): SettingsFileOpener {
  return {
    path,
    open() {
      const text = readText(path);
      let root: unknown = {};
      if (text !== undefined && text.trim() !== '') {
        try {
          root = JSON.parse(text);
        } catch {
          throw new SettingsUnreadable('not-json');
        }
      }
      if (!isRecord(root)) throw new SettingsUnreadable('not-an-object');
      const store = create();
      return new CoalescingSettingsFile(path, root, (values) => {
        store.store = values;
      });
    },
  };
}
