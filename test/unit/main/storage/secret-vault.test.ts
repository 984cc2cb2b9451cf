import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../../../common/ipc-contract';
import { ProblemError } from '../../../../main/problem';
import { InMemorySettingsFile } from '../../../../main/storage/in-memory-settings-file';
import type { SettingsFile } from '../../../../main/ports/storage';
import {
  BASIC_TEXT_REASON,
  UNAVAILABLE_REASON,
  createSecretVault,
} from '../../../../main/storage/secret-vault';
import { XorCipher, confOpener } from './fakes';

const SECRET = 'super-secret-value-123';

describe('secret vault', () => {
  let dir: string;
  let file: SettingsFile;
  const onDisk = () => readFileSync(join(dir, 'settings.json'), 'utf8');
  const reopen = () => confOpener(dir).open();

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mix-vault-'));
    file = reopen();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('encrypted mode', () => {
    it('stores ciphertext only and reads it back after a restart', async () => {
      const vault = await createSecretVault(file, new XorCipher());
      expect(vault.status()).toEqual({ mode: 'encrypted' });
      await vault.set('client-secret:p1', SECRET);

      expect(onDisk()).not.toContain(SECRET);
      expect(onDisk()).not.toContain(Buffer.from(SECRET).toString('base64'));
      expect(Object.keys(reopen().get('secrets') as object)).toEqual(['client-secret:p1']);

      const restarted = await createSecretVault(reopen(), new XorCipher());
      expect(restarted.has('client-secret:p1')).toBe(true);
      expect(await restarted.get('client-secret:p1')).toBe(SECRET);
      expect(await restarted.get('client-secret:other')).toBeUndefined();
    });

    it('deletes one key or every key with a prefix, on disk too', async () => {
      const vault = await createSecretVault(file, new XorCipher());
      await vault.set('client-secret:p1', 'a');
      await vault.set('tokens:p1', 'b');
      await vault.set('tokens:p2', 'c');
      await vault.delete('client-secret:p1');
      await vault.deleteByPrefix('tokens:');

      const restarted = await createSecretVault(reopen(), new XorCipher());
      expect(reopen().get('secrets')).toEqual({});
      expect(await restarted.get('tokens:p2')).toBeUndefined();
      expect(restarted.has('client-secret:p1')).toBe(false);
    });

    it('drops a value that no longer decrypts and says so', async () => {
      await (await createSecretVault(file, new XorCipher(0x11))).set('client-secret:p1', SECRET);
      await (await createSecretVault(file, new XorCipher(0x11))).set('tokens:p1', '{}');
      const notices: Notice[] = [];
      const vault = await createSecretVault(reopen(), new XorCipher(0x22), {
        onNotice: (n) => notices.push(n),
      });

      expect(await vault.get('client-secret:p1')).toBeUndefined();
      expect(vault.has('client-secret:p1')).toBe(false);
      expect(Object.keys(reopen().get('secrets') as object)).toEqual(['tokens:p1']);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ level: 'warning' });
      expect(notices[0]?.message).toMatch(/client secret could not be decrypted.*enter it again/);
    });

    it('keeps the last of two concurrent writes to one key, and both writes to two keys', async () => {
      const cipher = new XorCipher();
      // The first value is longer, so without serialisation its encryption would finish last and win.
      cipher.ticksPerChar = 3;
      const vault = await createSecretVault(file, cipher);
      await Promise.all([
        vault.set('k', 'first-and-much-longer-value'),
        vault.set('k', 'second'),
        vault.set('j', 'x'),
      ]);

      const restarted = await createSecretVault(reopen(), new XorCipher());
      expect(await restarted.get('k')).toBe('second');
      expect(await restarted.get('j')).toBe('x');
    });

    it('reads what a pending write will store', async () => {
      const cipher = new XorCipher();
      cipher.ticksPerChar = 5;
      const vault = await createSecretVault(file, cipher);
      const write = vault.set('k', 'value');
      expect(await vault.get('k')).toBe('value');
      await write;
    });

    it('fails a write with a storage problem when encryption fails, and keeps working', async () => {
      const cipher = new XorCipher();
      const vault = await createSecretVault(file, cipher);
      cipher.encrypt = () => Promise.reject(new Error('keyring locked'));
      const failure = await vault.set('k', SECRET).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ProblemError);
      expect((failure as ProblemError).problem.code).toBe('storage');
      expect((failure as ProblemError).message).not.toContain(SECRET);
      expect(await vault.get('k')).toBeUndefined();
    });
  });

  describe('memory-only mode', () => {
    it('uses memory when the backend is basic_text and writes nothing', async () => {
      const vault = await createSecretVault(file, new XorCipher(0x5a, 'basic_text'));
      expect(vault.status()).toEqual({ mode: 'memory-only', reason: BASIC_TEXT_REASON });
      expect(vault.status().reason).toMatch(/No OS keyring was found/);

      await vault.set('client-secret:p1', SECRET);
      expect(await vault.get('client-secret:p1')).toBe(SECRET);
      expect(vault.has('client-secret:p1')).toBe(true);
      // Nothing was written: the settings file was never even created.
      expect(existsSync(join(dir, 'settings.json'))).toBe(false);

      const restarted = await createSecretVault(reopen(), new XorCipher(0x5a, 'basic_text'));
      expect(await restarted.get('client-secret:p1')).toBeUndefined();
    });

    it('uses memory when encryption is unavailable or the check throws', async () => {
      const cipher = new XorCipher();
      cipher.available = false;
      const vault = await createSecretVault(new InMemorySettingsFile(), cipher);
      expect(vault.status()).toEqual({ mode: 'memory-only', reason: UNAVAILABLE_REASON });

      cipher.isAvailable = () => Promise.reject(new Error('no D-Bus'));
      expect((await createSecretVault(new InMemorySettingsFile(), cipher)).status().mode).toBe('memory-only');
    });

    it('deletes by prefix in memory and removes stale ciphertext of an earlier encrypted session', async () => {
      await (await createSecretVault(file, new XorCipher())).set('tokens:p1', 'old');
      const vault = await createSecretVault(reopen(), new XorCipher(0x5a, 'basic_text'));
      expect(await vault.get('tokens:p1')).toBeUndefined();

      await vault.set('tokens:p2', 'a');
      await vault.set('client-secret:p2', 'b');
      await vault.deleteByPrefix('tokens:');
      expect(await vault.get('tokens:p2')).toBeUndefined();
      expect(await vault.get('client-secret:p2')).toBe('b');
      expect(reopen().get('secrets')).toEqual({});
    });
  });
});
