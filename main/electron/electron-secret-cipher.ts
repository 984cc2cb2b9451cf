import { safeStorage } from 'electron';
import type { SecretCipher } from '../ports/storage';

/** The async half of Electron's safeStorage (the sync API is deprecated). */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string }>;
  getSelectedStorageBackend(): string;
}

/** safeStorage as a SecretCipher. The backend is a Linux-only question (`basic_text` = no real keyring). */
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
    backend: () => (platform === 'linux' ? storage.getSelectedStorageBackend() : undefined),
    encrypt: async (plainText) => new Uint8Array(await storage.encryptStringAsync(plainText)),
    // `shouldReEncrypt` is ignored: every save re-encrypts with the current key anyway.
    decrypt: async (cipherText) => (await storage.decryptStringAsync(Buffer.from(cipherText))).result,
  };
}
