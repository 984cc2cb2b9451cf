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

/** What protects what the cipher encrypts, as far as can be told (main/electron/electron-secret-cipher.ts). */
export type KeyProtection =
  /** A key kept by the OS: Keychain, DPAPI, a Secret Service keyring. */
  | { kind: 'os-keyring' }
  /** Linux without a keyring: a key built into Chromium, the same on every machine (as good as plain text). */
  | { kind: 'hard-coded-key' }
  /** Encryption works, but which key protects it cannot be told. */
  | { kind: 'unknown' };

/** OS-backed encryption (Electron safeStorage, async API). */
export interface SecretCipher {
  /** Resolves once the OS keyring has answered, which may wait for an unlock or a Keychain prompt. */
  isAvailable(): Promise<boolean>;
  /** Asked once `isAvailable()` said yes. */
  protection(): Promise<KeyProtection>;
  encrypt(plainText: string): Promise<Uint8Array>;
  /**
   * Rejects with a CipherError (main/storage/cipher-error.ts): `temporarily-unavailable` when the keyring is
   * locked or its prompt was dismissed (try again later), `undecryptable` when it never will decrypt.
   */
  decrypt(cipherText: Uint8Array): Promise<string>;
}
