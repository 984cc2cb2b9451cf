/**
 * Storage ports. In the app: electron-store (behind main/storage/store-settings-file.ts) and Electron
 * safeStorage (main/electron/). In tests: conf (the engine under electron-store) or in-memory fakes.
 */
import type { Problem } from '../../common/ipc-contract';

/**
 * A JSON document on disk. Reads and changes are in memory and immediate; the file is written after them,
 * on the next turn, atomically (temporary file, then rename) and coalesced (a burst of changes, one write).
 */
export interface SettingsFile {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /**
   * Resolves once every change made so far is on disk; rejects with a `storage` ProblemError naming the
   * folder and what was not saved (the changes stay in memory, and the next change or flush tries again).
   */
  flush(): Promise<void>;
  /** Told about every write that failed, also those nobody awaits (a renewed token, a chosen profile). */
  onWriteFailure(listener: (problem: Problem) => void): () => void;
}

/** Opens the settings file; throws when the file on disk is unreadable (not JSON, not a JSON object). */
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
