import { safeStorage } from 'electron';
import type { KeyProtection, SecretCipher } from '../ports/storage';
import { CipherError } from '../storage/cipher-error';

/** The async half of Electron's safeStorage (the sync API is deprecated in 45 and removed in 46). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string }>;
}

/** Encrypted only to learn which key the async API picked; never stored. */
const PROBE = 'mix-explorer: which key?';

/**
 * Chromium's os_crypt async key providers tag their ciphertext. On Linux, `v11` is the Secret Service key
 * (components/os_crypt/async/browser/freedesktop_secret_key_provider.cc) and `v10` the fallback whose key
 * derives from the hard-coded password "peanuts" (posix_key_provider.cc). On macOS and Windows `v10` is the
 * Keychain or DPAPI key.
 */
const LINUX_TAGS: Record<string, KeyProtection> = {
  v11: { kind: 'os-keyring' },
  v10: { kind: 'hard-coded-key' },
};

/** safeStorage's rejection when the key is there but cannot be used right now (electron_api_safe_storage.cc). */
const TEMPORARILY_UNAVAILABLE = /temporarily unavailable/i;

/**
 * safeStorage (async API) as a SecretCipher.
 *
 * Which key protects the secrets is read from what the async API actually produces, not from
 * `getSelectedStorageBackend()`: that describes the synchronous API's choice by desktop environment
 * (`basic_text` on sway or Hyprland even where the async API reaches the Secret Service), while the async API
 * picks its own provider and falls back to a hard-coded key without saying so (docs/api/safe-storage.md,
 * "Asynchronous API"); `isAsyncEncryptionAvailable()` resolves true after `ready` either way.
 */
export function createElectronSecretCipher(
  storage: SafeStorageLike = safeStorage,
  platform: NodeJS.Platform = process.platform,
): SecretCipher {
  return {
    async isAvailable() {
      try {
        return await storage.isAsyncEncryptionAvailable();
      } catch {
        // An encryptor that fails to initialise is as good as none: secrets stay in memory.
        return false;
      }
    },
    async protection() {
      // Keychain (macOS) and DPAPI (Windows) are the only providers there (docs, "Asynchronous API").
      if (platform !== 'linux') return { kind: 'os-keyring' };
      const probe = await storage.encryptStringAsync(PROBE);
      return LINUX_TAGS[probe.subarray(0, 3).toString('latin1')] ?? { kind: 'unknown' };
    },
    encrypt: async (plainText) => new Uint8Array(await storage.encryptStringAsync(plainText)),
    async decrypt(cipherText) {
      try {
        // `shouldReEncrypt` is ignored: every save re-encrypts with the current key anyway.
        return (await storage.decryptStringAsync(Buffer.from(cipherText))).result;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new CipherError(
          TEMPORARILY_UNAVAILABLE.test(message) ? 'temporarily-unavailable' : 'undecryptable',
          message,
        );
      }
    },
  };
}
