import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Notice, SecretStorageStatus } from '../../../../common/ipc-contract';
import { ProblemError } from '../../../../main/problem';
import { InMemorySettingsFile } from '../../../../main/storage/in-memory-settings-file';
import type { KeyProtection, SettingsFile } from '../../../../main/ports/storage';
import {
  HARD_CODED_KEY_REASON,
  LOCKED_MESSAGE,
  RETRY_DELAYS_MS,
  SET_ASIDE_KEY,
  UNAVAILABLE_REASON,
  UNKNOWN_PROTECTION_NOTE,
  WAITING_REASON,
  createSecretVault,
} from '../../../../main/storage/secret-vault';
import { FakeClock } from '../session/fakes';
import { XorCipher, confOpener } from './fakes';

const SECRET = 'super-secret-value-123';

async function rejection(promise: Promise<unknown>): Promise<ProblemError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ProblemError)) throw new Error(`Expected a ProblemError, got ${String(error)}`);
  return error;
}

/** Lets queued microtasks (the vault's queue) run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

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
      const vault = createSecretVault(file, new XorCipher());
      expect(await vault.ready()).toEqual({ mode: 'encrypted' });
      await vault.set('client-secret:p1', SECRET);

      expect(onDisk()).not.toContain(SECRET);
      expect(onDisk()).not.toContain(Buffer.from(SECRET).toString('base64'));
      expect(Object.keys(reopen().get('secrets') as object)).toEqual(['client-secret:p1']);

      const restarted = createSecretVault(reopen(), new XorCipher());
      expect(restarted.has('client-secret:p1')).toBe(true);
      expect(await restarted.get('client-secret:p1')).toBe(SECRET);
      expect(await restarted.get('client-secret:other')).toBeUndefined();
    });

    it('deletes one key or every key with a prefix, on disk too', async () => {
      const vault = createSecretVault(file, new XorCipher());
      await vault.set('client-secret:p1', 'a');
      await vault.set('tokens:p1', 'b');
      await vault.set('tokens:p2', 'c');
      await vault.delete('client-secret:p1');
      await vault.deleteByPrefix('tokens:');

      const restarted = createSecretVault(reopen(), new XorCipher());
      expect(reopen().get('secrets')).toEqual({});
      expect(await restarted.get('tokens:p2')).toBeUndefined();
      expect(restarted.has('client-secret:p1')).toBe(false);
    });

    it('sets aside (keeps, never deletes) a value that will not decrypt again, and says so', async () => {
      await createSecretVault(file, new XorCipher(0x11)).set('client-secret:p1', SECRET);
      await createSecretVault(file, new XorCipher(0x11)).set('tokens:p1', '{}');
      const stored = (reopen().get('secrets') as Record<string, string>)['client-secret:p1'];
      const notices: Notice[] = [];
      const clock = new FakeClock();
      const vault = createSecretVault(reopen(), new XorCipher(0x22), {
        onNotice: (n) => notices.push(n),
        clock,
      });

      expect(await vault.get('client-secret:p1')).toBeUndefined();
      expect(vault.has('client-secret:p1')).toBe(false);
      expect(Object.keys(reopen().get('secrets') as object)).toEqual(['tokens:p1']);
      expect(reopen().get(SET_ASIDE_KEY)).toEqual({
        'client-secret:p1': { cipherText: stored, setAsideAt: clock.now() },
      });
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ level: 'warning' });
      expect(notices[0]?.message).toMatch(
        /client secret could not be decrypted.*set aside.*not deleted.*enter it again/,
      );
    });

    it('keeps the last of two concurrent writes to one key, and both writes to two keys', async () => {
      const cipher = new XorCipher();
      // The first value is longer, so without serialisation its encryption would finish last and win.
      cipher.ticksPerChar = 3;
      const vault = createSecretVault(file, cipher);
      await Promise.all([
        vault.set('k', 'first-and-much-longer-value'),
        vault.set('k', 'second'),
        vault.set('j', 'x'),
      ]);

      const restarted = createSecretVault(reopen(), new XorCipher());
      expect(await restarted.get('k')).toBe('second');
      expect(await restarted.get('j')).toBe('x');
    });

    it('reads what a pending write will store', async () => {
      const cipher = new XorCipher();
      cipher.ticksPerChar = 5;
      const vault = createSecretVault(file, cipher);
      const write = vault.set('k', 'value');
      expect(await vault.get('k')).toBe('value');
      await write;
    });

    it('fails a write with a storage problem when encryption fails, and keeps working', async () => {
      const cipher = new XorCipher();
      const vault = createSecretVault(file, cipher);
      await vault.ready();
      cipher.encrypt = () => Promise.reject(new Error('keyring locked'));
      const failure = await rejection(vault.set('k', SECRET));
      expect(failure.problem.code).toBe('storage');
      expect(failure.message).not.toContain(SECRET);
      expect(await vault.get('k')).toBeUndefined();
    });

    it('says when it cannot tell what protects the key, and still encrypts', async () => {
      const vault = createSecretVault(file, new XorCipher(0x5a, 'unknown'));
      expect(await vault.ready()).toEqual({ mode: 'encrypted', reason: UNKNOWN_PROTECTION_NOTE });
      await vault.set('k', SECRET);
      expect(onDisk()).not.toContain(SECRET);
    });
  });

  describe('a keyring that is temporarily unavailable', () => {
    it('keeps the ciphertext, tells the user, and reads again once the keyring is back', async () => {
      await createSecretVault(file, new XorCipher()).set('tokens:p1', SECRET);
      const before = reopen().get('secrets');
      const cipher = new XorCipher();
      cipher.locked = true;
      const clock = new FakeClock();
      const notices: Notice[] = [];
      let readable = 0;
      const vault = createSecretVault(reopen(), cipher, {
        onNotice: (n) => notices.push(n),
        onReadable: () => (readable += 1),
        clock,
      });

      const failure = await rejection(vault.get('tokens:p1'));
      expect(failure.problem).toMatchObject({ code: 'storage', message: LOCKED_MESSAGE, actions: ['retry'] });
      expect(notices).toEqual([{ id: 'keyring-locked', level: 'warning', message: LOCKED_MESSAGE }]);
      expect(reopen().get('secrets')).toEqual(before);
      expect(reopen().get(SET_ASIDE_KEY)).toBeUndefined();
      expect(vault.has('tokens:p1')).toBe(true);

      // Still locked at the first retry: nothing changes, it waits longer.
      clock.advance(RETRY_DELAYS_MS[0] ?? 0);
      await settle();
      expect(readable).toBe(0);
      expect(clock.pendingTimers).toBe(1);

      cipher.locked = false;
      clock.advance(RETRY_DELAYS_MS[1] ?? 0);
      await settle();
      expect(readable).toBe(1);
      expect(clock.pendingTimers).toBe(0);
      expect(await vault.get('tokens:p1')).toBe(SECRET);
    });

    it('retries once at a time however many reads failed, and stops when disposed', async () => {
      await createSecretVault(file, new XorCipher()).set('tokens:p1', 'a');
      await createSecretVault(file, new XorCipher()).set('client-secret:p1', 'b');
      const cipher = new XorCipher();
      cipher.locked = true;
      const clock = new FakeClock();
      const vault = createSecretVault(reopen(), cipher, { clock });

      await rejection(vault.get('tokens:p1'));
      await rejection(vault.get('client-secret:p1'));
      expect(clock.pendingTimers).toBe(1);
      vault.dispose();
      expect(clock.pendingTimers).toBe(0);
    });
  });

  describe('before the keyring answers', () => {
    it('is waiting, lets reads and writes wait, and reports the final status once', async () => {
      let answer: (available: boolean) => void = () => undefined;
      const cipher = new XorCipher();
      cipher.isAvailable = () => new Promise((resolve) => (answer = resolve));
      await createSecretVault(file, new XorCipher()).set('tokens:p1', SECRET);
      const vault = createSecretVault(reopen(), cipher);
      const statuses: SecretStorageStatus[] = [];
      vault.onStatus((status) => statuses.push(status));

      expect(vault.status()).toEqual({ mode: 'waiting', reason: WAITING_REASON });
      expect(vault.has('tokens:p1')).toBe(true);
      let read: string | undefined;
      const reading = vault.get('tokens:p1').then((value) => (read = value));
      await settle();
      expect(read).toBeUndefined();
      expect(statuses).toEqual([]);

      answer(true);
      await reading;
      expect(read).toBe(SECRET);
      expect(vault.status()).toEqual({ mode: 'encrypted' });
      expect(statuses).toEqual([{ mode: 'encrypted' }]);
    });
  });

  describe('memory-only mode', () => {
    it('uses memory when the only key is the hard-coded fallback, and writes nothing', async () => {
      const vault = createSecretVault(file, new XorCipher(0x5a, 'hard-coded-key'));
      expect(await vault.ready()).toEqual({ mode: 'memory-only', reason: HARD_CODED_KEY_REASON });

      await vault.set('client-secret:p1', SECRET);
      expect(await vault.get('client-secret:p1')).toBe(SECRET);
      expect(vault.has('client-secret:p1')).toBe(true);
      // Nothing was written: the settings file was never even created.
      expect(existsSync(join(dir, 'settings.json'))).toBe(false);

      const restarted = createSecretVault(reopen(), new XorCipher(0x5a, 'hard-coded-key'));
      expect(await restarted.get('client-secret:p1')).toBeUndefined();
    });

    it.each<[string, (cipher: XorCipher) => void]>([
      ['encryption is unavailable', (cipher) => (cipher.available = false)],
      ['the check throws', (cipher) => (cipher.isAvailable = () => Promise.reject(new Error('no D-Bus')))],
      [
        'the key cannot be probed',
        (cipher) => (cipher.protection = (): Promise<KeyProtection> => Promise.reject(new Error('locked'))),
      ],
    ])('uses memory when %s', async (_case, breakIt) => {
      const cipher = new XorCipher();
      breakIt(cipher);
      const vault = createSecretVault(new InMemorySettingsFile(), cipher);
      expect(await vault.ready()).toEqual({ mode: 'memory-only', reason: UNAVAILABLE_REASON });
    });

    it('deletes by prefix in memory and removes stale ciphertext of an earlier encrypted session', async () => {
      await createSecretVault(file, new XorCipher()).set('tokens:p1', 'old');
      const vault = createSecretVault(reopen(), new XorCipher(0x5a, 'hard-coded-key'));
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
