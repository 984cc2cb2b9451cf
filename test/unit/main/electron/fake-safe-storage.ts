import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { SafeStorageLike } from '../../../../main/electron/electron-secret-cipher';

/** Which key provider the async API ended up with (docs/api/safe-storage.md, "Asynchronous API"). */
export type KeyProvider = 'keychain' | 'dpapi' | 'secret-service' | 'linux-fallback' | 'portal';

/**
 * The tag each provider puts in front of its ciphertext (Chromium components/os_crypt/async/browser:
 * keychain and DPAPI providers "v10"; freedesktop_secret_key_provider.cc "v11"; the Linux fallback
 * posix_key_provider.cc "v10", with a key derived from the hard-coded password "peanuts"). The portal's tag is
 * not one we rely on; "p1" stands for "something else".
 */
const TAGS: Record<KeyProvider, string> = {
  keychain: 'v10',
  dpapi: 'v10',
  'secret-service': 'v11',
  'linux-fallback': 'v10',
  portal: 'p1',
};

/**
 * Electron 45's asynchronous safeStorage, as shell/browser/api/electron_api_safe_storage.cc implements it:
 *
 * - Before `ready`: `isAsyncEncryptionAvailable()` resolves false; `encryptStringAsync`/`decryptStringAsync`
 *   reject "safeStorage cannot be used before app is ready".
 * - After: the encryptor is requested on first use and every call waits for it. `isAsyncEncryptionAvailable()`
 *   resolves true once it exists (it never resolves false after ready), so it can wait as long as a locked
 *   keyring or an unanswered Keychain prompt: `holdKeyring()` / `answerKeyring()` model that wait.
 * - `decryptStringAsync` resolves `{ result, shouldReEncrypt }`; an empty buffer resolves ''; when the key is
 *   temporarily unavailable (keyring locked, prompt dismissed, portal failure; docs: "temporary unavailability
 *   handling") it rejects "safeStorage.decryptStringAsync is temporarily unavailable. Please try again."; any
 *   other failure (another key, corrupt bytes) rejects "Error while decrypting the ciphertext provided to
 *   safeStorage.decryptStringAsync."
 * - Which provider is used shows only in the ciphertext's tag. `getSelectedStorageBackend()` answers for the
 *   deprecated synchronous API, chosen from the desktop environment (docs: `basic_text` when it is not
 *   recognised, e.g. sway or Hyprland; `unknown` before ready), not for what the async API uses.
 */
export class FakeSafeStorage implements SafeStorageLike {
  ready = true;
  /** What the sync API's selection would say (Linux only). */
  syncBackend: 'basic_text' | 'gnome_libsecret' | 'kwallet5' | 'kwallet6' | 'unknown' = 'gnome_libsecret';
  /** While true, decryption of the provider's data is "temporarily unavailable". */
  locked = false;
  readonly calls: string[] = [];
  private key: Buffer;
  private encryptor: Promise<void> | undefined;
  private holding: { promise: Promise<void>; release: () => void } | undefined;

  constructor(public provider: KeyProvider = 'secret-service') {
    this.key = this.keyFor(provider);
  }

  /** The keyring waits (locked, or a Keychain prompt is up) until `answerKeyring()`. */
  holdKeyring(): void {
    let release: () => void = () => undefined;
    const promise = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.holding = { promise, release };
  }

  answerKeyring(): void {
    this.holding?.release();
    this.holding = undefined;
  }

  /** A new keyring key (the user reset their keyring): older ciphertext can never be decrypted again. */
  replaceKey(): void {
    this.key = randomBytes(16);
  }

  isAsyncEncryptionAvailable(): Promise<boolean> {
    this.calls.push('isAsyncEncryptionAvailable');
    if (!this.ready) return Promise.resolve(false);
    return this.requestEncryptor().then(() => true);
  }

  async encryptStringAsync(plainText: string): Promise<Buffer> {
    this.calls.push('encryptStringAsync');
    if (!this.ready) throw new Error('safeStorage cannot be used before app is ready');
    await this.requestEncryptor();
    // Authenticated (GCM) rather than Chromium's CBC: with CBC about 1 wrong key in 256 passes the padding
    // check and "decrypts" to garbage, which made "a key gone for good" tests fail at random.
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-128-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from(TAGS[this.provider], 'latin1'), iv, cipher.getAuthTag(), body]);
  }

  async decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    this.calls.push('decryptStringAsync');
    if (!this.ready) throw new Error('safeStorage cannot be used before app is ready');
    if (!Buffer.isBuffer(encrypted)) {
      throw new Error('Expected the first argument of decryptStringAsync() to be a buffer');
    }
    if (encrypted.length === 0) return { result: '', shouldReEncrypt: false };
    await this.requestEncryptor();
    const tag = TAGS[this.provider];
    if (encrypted.subarray(0, tag.length).toString('latin1') === tag && this.locked) {
      throw new Error('safeStorage.decryptStringAsync is temporarily unavailable. Please try again.');
    }
    try {
      if (encrypted.subarray(0, tag.length).toString('latin1') !== tag) throw new Error('tag');
      const iv = encrypted.subarray(tag.length, tag.length + 12);
      const decipher = createDecipheriv('aes-128-gcm', this.key, iv);
      decipher.setAuthTag(encrypted.subarray(tag.length + 12, tag.length + 28));
      const body = encrypted.subarray(tag.length + 28);
      return {
        result: Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8'),
        shouldReEncrypt: false,
      };
    } catch {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptStringAsync.');
    }
  }

  getSelectedStorageBackend(): string {
    this.calls.push('getSelectedStorageBackend');
    return this.ready ? this.syncBackend : 'unknown';
  }

  private requestEncryptor(): Promise<void> {
    this.encryptor ??= (this.holding?.promise ?? Promise.resolve()).then(() => undefined);
    return this.encryptor;
  }

  private keyFor(provider: KeyProvider): Buffer {
    // The Linux fallback's key is the same on every machine; the others are the user's own.
    return provider === 'linux-fallback'
      ? createHash('sha1').update('peanuts').digest().subarray(0, 16)
      : randomBytes(16);
  }
}
