import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TokenSet } from '../../../../main/auth/token-set';
import type { SessionStore } from '../../../../main/session/session-deps';
import type { SettingsFile } from '../../../../main/ports/storage';
import { InMemorySettingsFile } from '../../../../main/storage/in-memory-settings-file';
import { createSecretVault } from '../../../../main/storage/secret-vault';
import { createSessionStore } from '../../../../main/storage/session-store';
import { XorCipher, confOpener } from './fakes';

const TOKENS: TokenSet = {
  accessToken: 'access-token-abc',
  expiresAt: 1_700_000_900_000,
  issuedAt: 1_700_000_000_000,
  scope: 'mix-api',
  refreshToken: 'refresh-token-xyz',
};

describe('session store', () => {
  let dir: string;
  let store: SessionStore;
  let file: SettingsFile;
  const start = async () => {
    file = confOpener(dir).open();
    store = createSessionStore(file, await createSecretVault(file, new XorCipher()));
  };
  // What is not yet on disk is written first, as the app does when it quits.
  const restart = async () => {
    await file.flush();
    await start();
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mix-session-'));
    await start();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps tokens encrypted across a restart and removes them', async () => {
    await store.saveTokens('p1', TOKENS);
    await store.saveTokens('p2', { accessToken: 'other', expiresAt: 5 });
    const disk = readFileSync(join(dir, 'settings.json'), 'utf8');
    expect(disk).not.toContain(TOKENS.accessToken);
    expect(disk).not.toContain(TOKENS.refreshToken);

    await restart();
    expect(await store.loadTokens('p1')).toEqual(TOKENS);
    expect(await store.loadTokens('p2')).toEqual({ accessToken: 'other', expiresAt: 5 });

    await store.removeTokens('p1');
    await restart();
    expect(await store.loadTokens('p1')).toBeUndefined();
    expect(await store.loadTokens('p2')).toEqual({ accessToken: 'other', expiresAt: 5 });
  });

  it('keeps tokens in memory only when the vault is memory-only', async () => {
    const file = confOpener(dir).open();
    store = createSessionStore(file, await createSecretVault(file, new XorCipher(1, 'hard-coded-key')));
    await store.saveTokens('p1', TOKENS);
    expect(await store.loadTokens('p1')).toEqual(TOKENS);
    await restart();
    expect(await store.loadTokens('p1')).toBeUndefined();
  });

  it('treats stored garbage as no tokens', async () => {
    const file = new InMemorySettingsFile();
    const vault = await createSecretVault(file, new XorCipher());
    store = createSessionStore(file, vault);
    for (const garbage of [
      'not json',
      'null',
      '[]',
      '{"accessToken":"a"}',
      '{"accessToken":"a","expiresAt":"soon"}',
    ]) {
      await vault.set('tokens:p1', garbage);
      expect(await store.loadTokens('p1')).toBeUndefined();
    }
    await vault.set('tokens:p1', '{"accessToken":"a","expiresAt":1,"scope":7}');
    expect(await store.loadTokens('p1')).toBeUndefined();
  });

  it('remembers partition generations per profile, tolerating garbage', async () => {
    expect(store.partitionGeneration('p1')).toBe(0);
    store.setPartitionGeneration('p1', 3);
    store.setPartitionGeneration('p2', 1);
    await restart();
    expect(store.partitionGeneration('p1')).toBe(3);
    expect(store.partitionGeneration('p2')).toBe(1);
    expect(() => store.setPartitionGeneration('p1', -1)).toThrow(RangeError);

    const file = new InMemorySettingsFile({ partitions: { p1: 'two', p2: 2.5 } });
    const garbageStore = createSessionStore(file, await createSecretVault(file, new XorCipher()));
    expect(garbageStore.partitionGeneration('p1')).toBe(0);
    expect(garbageStore.partitionGeneration('p2')).toBe(0);
    file.set('partitions', ['not', 'a', 'record']);
    expect(garbageStore.partitionGeneration('p1')).toBe(0);
    garbageStore.setPartitionGeneration('p1', 4);
    expect(garbageStore.partitionGeneration('p1')).toBe(4);
  });
  it('drops tokens sealed to other hosts than the profile names now; loads tokens stored before sealing', async () => {
    const file = confOpener(dir).open();
    const vault = await createSecretVault(file, new XorCipher());
    let binding = {
      authServerOrigin: 'https://auth.example',
      apiOrigin: 'https://api.example',
      clientId: 'c',
    };
    const bound = createSessionStore(file, vault, () => binding);
    await bound.saveTokens('p1', TOKENS);
    expect(await bound.loadTokens('p1')).toEqual(TOKENS);

    binding = { ...binding, apiOrigin: 'https://evil.example' };
    expect(await bound.loadTokens('p1')).toBeUndefined();
    expect(vault.has('tokens:p1')).toBe(false);

    await createSessionStore(file, vault).saveTokens('p2', TOKENS);
    expect(await bound.loadTokens('p2')).toEqual(TOKENS);
  });
});
