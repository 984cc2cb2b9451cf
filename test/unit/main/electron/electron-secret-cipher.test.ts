import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../../common/ipc-contract';
import { createElectronSecretCipher } from '../../../../main/electron/electron-secret-cipher';
import { InMemorySettingsFile } from '../../../../main/storage/in-memory-settings-file';
import {
  HARD_CODED_KEY_REASON,
  SECRETS_KEY,
  SET_ASIDE_KEY,
  UNKNOWN_PROTECTION_NOTE,
  createSecretVault,
} from '../../../../main/storage/secret-vault';
import { testCipher } from '../../../e2e/support/test-ports';
import { FakeClock } from '../session/fakes';
import { XorCipher } from '../storage/fakes';
import { describeSecretCipherContract } from './contracts/secret-cipher-contract';
import { FakeSafeStorage, type KeyProvider } from './fake-safe-storage';

describeSecretCipherContract(
  'Electron safeStorage adapter, Linux Secret Service (Electron-like fake)',
  () => {
    const storage = new FakeSafeStorage('secret-service');
    return {
      cipher: createElectronSecretCipher(storage, 'linux'),
      lock: (locked) => (storage.locked = locked),
      otherKey: () => createElectronSecretCipher(new FakeSafeStorage('secret-service'), 'linux'),
    };
  },
);
describeSecretCipherContract('Electron safeStorage adapter, macOS Keychain (Electron-like fake)', () => {
  const storage = new FakeSafeStorage('keychain');
  return {
    cipher: createElectronSecretCipher(storage, 'darwin'),
    lock: (locked) => (storage.locked = locked),
    otherKey: () => createElectronSecretCipher(new FakeSafeStorage('keychain'), 'darwin'),
  };
});
describeSecretCipherContract('XorCipher (unit tests)', () => {
  const cipher = new XorCipher(0x31);
  return {
    cipher,
    lock: (locked) => (cipher.locked = locked),
    otherKey: () => new XorCipher(0x32),
  };
});
describeSecretCipherContract('AES test cipher (Chromium tests)', () => ({
  cipher: testCipher(),
  otherKey: () => testCipher(),
}));

describe('electron secret cipher: what protects the key', () => {
  it.each<[KeyProvider, NodeJS.Platform, string]>([
    ['secret-service', 'linux', 'os-keyring'],
    ['linux-fallback', 'linux', 'hard-coded-key'],
    ['portal', 'linux', 'unknown'],
    ['keychain', 'darwin', 'os-keyring'],
    ['dpapi', 'win32', 'os-keyring'],
  ])('reads %s on %s as %s, from what the async API produced', async (provider, platform, kind) => {
    const storage = new FakeSafeStorage(provider);
    // The sync API's selection says nothing about the async one: make it say the opposite.
    storage.syncBackend = kind === 'os-keyring' ? 'basic_text' : 'gnome_libsecret';
    expect(await createElectronSecretCipher(storage, platform).protection()).toEqual({ kind });
    expect(storage.calls).not.toContain('getSelectedStorageBackend');
  });

  it('treats an encryptor that fails to start as unavailable', async () => {
    const storage = new FakeSafeStorage();
    storage.isAsyncEncryptionAvailable = () => Promise.reject(new Error('no D-Bus'));
    expect(await createElectronSecretCipher(storage, 'linux').isAvailable()).toBe(false);
    const early = new FakeSafeStorage();
    early.ready = false;
    expect(await createElectronSecretCipher(early, 'linux').isAvailable()).toBe(false);
  });
});

describe('the secret vault on Electron’s safeStorage (Electron-like fake)', () => {
  async function savedThenRestarted(storage: FakeSafeStorage) {
    const file = new InMemorySettingsFile();
    await createSecretVault(file, createElectronSecretCipher(storage, 'linux')).set('tokens:p1', 'saved');
    const saved = file.get(SECRETS_KEY);
    return { file, saved };
  }

  it('keeps saved secrets while the keyring is locked, and reads them once it is unlocked', async () => {
    const storage = new FakeSafeStorage('secret-service');
    const { file, saved } = await savedThenRestarted(storage);
    storage.locked = true;
    const notices: Notice[] = [];
    const clock = new FakeClock();
    let readable = false;
    const vault = createSecretVault(file, createElectronSecretCipher(storage, 'linux'), {
      onNotice: (notice) => notices.push(notice),
      onReadable: () => (readable = true),
      clock,
    });

    await expect(vault.get('tokens:p1')).rejects.toMatchObject({ problem: { code: 'storage' } });
    expect(file.get(SECRETS_KEY)).toEqual(saved);
    expect(notices.map((notice) => notice.id)).toEqual(['keyring-locked']);

    storage.locked = false;
    clock.advance(15_000);
    await expect.poll(() => readable).toBe(true);
    expect(await vault.get('tokens:p1')).toBe('saved');
  });

  it('sets aside, and keeps, a secret whose key is gone for good', async () => {
    const storage = new FakeSafeStorage('secret-service');
    const { file, saved } = await savedThenRestarted(storage);
    storage.replaceKey();
    const vault = createSecretVault(file, createElectronSecretCipher(storage, 'linux'));

    expect(await vault.get('tokens:p1')).toBeUndefined();
    expect(file.get(SECRETS_KEY)).toEqual({});
    expect(file.get(SET_ASIDE_KEY)).toMatchObject({
      'tokens:p1': { cipherText: (saved as Record<string, string>)['tokens:p1'] },
    });
  });

  it('keeps secrets in memory when the async API fell back to the hard-coded key, whatever the sync API says', async () => {
    const storage = new FakeSafeStorage('linux-fallback');
    storage.syncBackend = 'gnome_libsecret';
    const file = new InMemorySettingsFile();
    const vault = createSecretVault(file, createElectronSecretCipher(storage, 'linux'));

    expect(await vault.ready()).toEqual({ mode: 'memory-only', reason: HARD_CODED_KEY_REASON });
    await vault.set('client-secret:p1', 'secret');
    expect(file.get(SECRETS_KEY)).toBeUndefined();
  });

  it('encrypts on a desktop the sync API does not recognise when the async API reached the Secret Service', async () => {
    const storage = new FakeSafeStorage('secret-service');
    storage.syncBackend = 'basic_text'; // sway, Hyprland…
    const vault = createSecretVault(new InMemorySettingsFile(), createElectronSecretCipher(storage, 'linux'));
    expect(await vault.ready()).toEqual({ mode: 'encrypted' });
  });

  it('says so when it cannot tell which key the async API uses', async () => {
    const vault = createSecretVault(
      new InMemorySettingsFile(),
      createElectronSecretCipher(new FakeSafeStorage('portal'), 'linux'),
    );
    expect(await vault.ready()).toEqual({ mode: 'encrypted', reason: UNKNOWN_PROTECTION_NOTE });
  });

  it('is waiting while the keyring is being unlocked, and encrypted once it answers', async () => {
    const storage = new FakeSafeStorage('keychain');
    storage.holdKeyring();
    const vault = createSecretVault(
      new InMemorySettingsFile(),
      createElectronSecretCipher(storage, 'darwin'),
    );
    expect(vault.status().mode).toBe('waiting');
    const write = vault.set('k', 'v');
    storage.answerKeyring();
    await write;
    expect(vault.status()).toEqual({ mode: 'encrypted' });
    expect(await vault.get('k')).toBe('v');
  });
});
