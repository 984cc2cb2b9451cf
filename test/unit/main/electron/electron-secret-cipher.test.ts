import { describe, expect, it } from 'vitest';
import {
  createElectronSecretCipher,
  type SafeStorageLike,
} from '../../../../main/electron/electron-secret-cipher';

/** safeStorage stand-in: reversible bytes behind a marker, so decrypt(encrypt(x)) === x only through both. */
function fakeSafeStorage(options: { available?: boolean | Error; backend?: string } = {}): SafeStorageLike {
  return {
    isAsyncEncryptionAvailable: () =>
      options.available instanceof Error
        ? Promise.reject(options.available)
        : Promise.resolve(options.available ?? true),
    encryptStringAsync: async (plainText) =>
      Buffer.concat([Buffer.from('v10'), Buffer.from(plainText).map((b) => b ^ 0x2a)]),
    decryptStringAsync: async (encrypted) => {
      if (encrypted.subarray(0, 3).toString() !== 'v10') throw new Error('not ours');
      return {
        result: Buffer.from(encrypted.subarray(3).map((b) => b ^ 0x2a)).toString(),
        shouldReEncrypt: false,
      };
    },
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
  };
}

describe('electron secret cipher', () => {
  it('round-trips a secret through plain Uint8Arrays without keeping it readable', async () => {
    const cipher = createElectronSecretCipher(fakeSafeStorage(), 'linux');
    const sealed = await cipher.encrypt('client-sécret');
    expect(sealed).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(sealed).toString()).not.toContain('client');
    expect(await cipher.decrypt(Uint8Array.from(sealed))).toBe('client-sécret');
  });

  it('reports the keyring backend on Linux only', () => {
    expect(createElectronSecretCipher(fakeSafeStorage({ backend: 'basic_text' }), 'linux').backend()).toBe(
      'basic_text',
    );
    expect(createElectronSecretCipher(fakeSafeStorage(), 'darwin').backend()).toBeUndefined();
    expect(createElectronSecretCipher(fakeSafeStorage(), 'win32').backend()).toBeUndefined();
  });

  it('treats an encryptor that fails to start as unavailable', async () => {
    expect(
      await createElectronSecretCipher(fakeSafeStorage({ available: false }), 'linux').isAvailable(),
    ).toBe(false);
    expect(
      await createElectronSecretCipher(
        fakeSafeStorage({ available: new Error('no dbus') }),
        'linux',
      ).isAvailable(),
    ).toBe(false);
    expect(await createElectronSecretCipher(fakeSafeStorage(), 'linux').isAvailable()).toBe(true);
  });

  it('lets a decryption failure surface to the vault', async () => {
    const cipher = createElectronSecretCipher(fakeSafeStorage(), 'linux');
    await expect(cipher.decrypt(new Uint8Array([1, 2, 3]))).rejects.toThrow('not ours');
  });
});
