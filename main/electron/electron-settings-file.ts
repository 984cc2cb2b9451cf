import { join } from 'node:path';
import Store from 'electron-store';
import type { SettingsFileOpener } from '../ports/storage';
import { storeSettingsOpener } from '../storage/store-settings-file';

/**
 * `settings.json` in the user-data folder, through electron-store. `clearInvalidConfig: false` makes a
 * corrupted file throw instead of being silently emptied, so openSettings can set it aside and tell the user.
 */
export function createElectronSettingsFile(userDataPath: string): SettingsFileOpener {
  return storeSettingsOpener(
    join(userDataPath, 'settings.json'),
    () =>
      new Store<Record<string, unknown>>({ name: 'settings', cwd: userDataPath, clearInvalidConfig: false }),
  );
}
