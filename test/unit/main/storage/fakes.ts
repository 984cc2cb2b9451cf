import Conf from 'conf';
import { join } from 'node:path';
import type { KeyProtection, SecretCipher, SettingsFileOpener } from '../../../../main/ports/storage';
import { CipherError } from '../../../../main/storage/cipher-error';
import { storeSettingsOpener } from '../../../../main/storage/store-settings-file';

/** The settings file as the app opens it, on conf (electron-store's engine) in a test folder. */
export function confOpener(dir: string): SettingsFileOpener {
  return storeSettingsOpener(
    join(dir, 'settings.json'),
    () =>
      new Conf<Record<string, unknown>>({
        projectName: 'mix-explorer-test',
        cwd: dir,
        configName: 'settings',
      }),
  );
}

/**
 * A stand-in for safeStorage: XOR with a key byte behind a prefix naming the key, so a cipher with
 * another key (a changed keyring) refuses to decrypt, as safeStorage does. It rejects the way the Electron
 * adapter does (main/electron/electron-secret-cipher.ts): a CipherError saying whether to try again.
 */
export class XorCipher implements SecretCipher {
  available = true;
  /** Encryptions wait this many microtask turns per character, so longer values finish later. */
  ticksPerChar = 0;
  /** While true, decryption is "temporarily unavailable" (a locked keyring, a dismissed prompt). */
  locked = false;

  constructor(
    private readonly key = 0x5a,
    private readonly keyProtection: KeyProtection['kind'] = 'os-keyring',
  ) {}

  isAvailable(): Promise<boolean> {
    return Promise.resolve(this.available);
  }

  protection(): Promise<KeyProtection> {
    return Promise.resolve({ kind: this.keyProtection });
  }

  async encrypt(plainText: string): Promise<Uint8Array> {
    for (let turn = 0; turn < plainText.length * this.ticksPerChar; turn += 1) await Promise.resolve();
    const body = [...new TextEncoder().encode(plainText)].map((byte) => byte ^ this.key);
    return Uint8Array.from([...new TextEncoder().encode(this.prefix()), ...body]);
  }

  async decrypt(cipherText: Uint8Array): Promise<string> {
    if (this.locked) throw new CipherError('temporarily-unavailable', 'The keyring is locked.');
    const prefix = new TextEncoder().encode(this.prefix());
    if (!prefix.every((byte, index) => cipherText[index] === byte))
      throw new CipherError('undecryptable', 'Error while decrypting the ciphertext');
    return new TextDecoder().decode(cipherText.slice(prefix.length).map((byte) => byte ^ this.key));
  }

  private prefix(): string {
    return `XOR${this.key}:`;
  }
}
