import { describe, expect, it } from 'vitest';
import type { SecretCipher } from '../../../../../main/ports/storage';
import { CipherError } from '../../../../../main/storage/cipher-error';

export interface CipherUnderTest {
  cipher: SecretCipher;
  /** Makes the keyring temporarily unavailable, when this implementation can. */
  lock?: (locked: boolean) => void;
  /** Another key, as after a keyring reset, when this implementation can. */
  otherKey?: () => SecretCipher;
}

/**
 * What the secret vault expects of a SecretCipher: written once, run against the Electron adapter (on an
 * Electron-like safeStorage) and every stand-in the tests use.
 */
export function describeSecretCipherContract(name: string, create: () => CipherUnderTest): void {
  describe(`secret cipher contract: ${name}`, () => {
    it('is available and says what protects its key', async () => {
      const { cipher } = create();
      expect(await cipher.isAvailable()).toBe(true);
      expect(['os-keyring', 'hard-coded-key', 'unknown']).toContain((await cipher.protection()).kind);
    });

    it('round-trips text through bytes that do not contain it', async () => {
      const { cipher } = create();
      const sealed = await cipher.encrypt('client-sécret-1234');
      expect(sealed).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(sealed).toString('latin1')).not.toContain('client');
      expect(await cipher.decrypt(Uint8Array.from(sealed))).toBe('client-sécret-1234');
    });

    it('refuses bytes it did not make, for good', async () => {
      const { cipher } = create();
      const failure = await cipher
        .decrypt(Uint8Array.from([9, 9, 9, 9, 9, 9]))
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(CipherError);
      expect((failure as CipherError).reason).toBe('undecryptable');
    });

    it('refuses what another key encrypted, for good', async (context) => {
      const { cipher, otherKey } = create();
      if (!otherKey) return context.skip('this implementation has one key only');
      const sealed = await otherKey().encrypt('x');
      const failure = await cipher.decrypt(sealed).catch((error: unknown) => error);
      expect((failure as CipherError).reason).toBe('undecryptable');
    });

    it('says "try again later" while the keyring is locked, and decrypts once it is not', async (context) => {
      const { cipher, lock } = create();
      if (!lock) return context.skip('this implementation has no keyring to lock');
      const sealed = await cipher.encrypt('x');
      lock(true);
      const failure = await cipher.decrypt(sealed).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(CipherError);
      expect((failure as CipherError).reason).toBe('temporarily-unavailable');
      lock(false);
      expect(await cipher.decrypt(sealed)).toBe('x');
    });
  });
}
