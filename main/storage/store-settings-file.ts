import type { SettingsFile, SettingsFileOpener } from '../ports/storage';

/** The part of electron-store (and of conf, its engine) that the settings file needs. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/**
 * Wraps an electron-store or conf constructor as a SettingsFileOpener. `create` must throw when the file
 * is unreadable (both do, with `clearInvalidConfig: false`, their default), so openSettings can set it aside.
 *
 * In main: `storeSettingsOpener(join(app.getPath('userData'), 'settings.json'), () => new Store({ name: 'settings' }))`.
 */
export function storeSettingsOpener(path: string, create: () => KeyValueStore): SettingsFileOpener {
  return {
    path,
    open(): SettingsFile {
      const store = create();
      // Reading once proves the file parses now rather than on the first access later.
      store.get('profiles');
      return {
        get: (key) => store.get(key),
        set: (key, value) => store.set(key, value),
        delete: (key) => store.delete(key),
      };
    },
  };
}
