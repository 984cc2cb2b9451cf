/**
 * Storage ports. In the app: electron-store and Electron safeStorage (main/electron/).
 * In tests: conf (the engine under electron-store) or in-memory fakes with the same interfaces.
 */

/** A JSON document on disk, read and written whole. */
export interface SettingsFile {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** Opens the settings file; throws when the file on disk is unreadable (corrupted JSON, schema failure). */
export interface SettingsFileOpener {
  /** Absolute path of the settings file, so a corrupted one can be set aside. */
  readonly path: string;
  open(): SettingsFile;
}

/** OS-backed encryption (Electron safeStorage, async API). */
export interface SecretCipher {
  isAvailable(): Promise<boolean>;
  /** e.g. `basic_text`, `gnome_libsecret`, `kwallet5`, `unknown`; undefined off Linux. */
  backend(): string | undefined;
  encrypt(plainText: string): Promise<Uint8Array>;
  decrypt(cipherText: Uint8Array): Promise<string>;
}
