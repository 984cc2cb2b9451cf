import { describe, expect, it } from 'vitest';
import type { SecretCipher } from '../../../../main/ports/storage';
import { hostProfile, startMixHost, startServices } from './services-kit';

/** A machine without an OS keyring: Electron's safeStorage encrypts with Chromium's built-in fallback key. */
const NO_KEYRING: SecretCipher = {
  isAvailable: async () => true,
  protection: async () => ({ kind: 'hard-coded-key' }),
  encrypt: () => Promise.reject(new Error('must not be called')),
  decrypt: () => Promise.reject(new Error('must not be called')),
};

describe('sign-in partitions', () => {
  it('removing a profile clears the partitions of every account it ever signed in with', async () => {
    const host = await startMixHost('mix');
    const kit = await startServices();
    const profile = await kit.invoke('profiles:save', hostProfile(host.url));
    await kit.signIn(profile.id);
    // "Use another account" twice: generations 1 and 2.
    await kit.signIn(profile.id, { freshAccount: true, code: 'second-account-code' });
    await kit.signIn(profile.id, { freshAccount: true, code: 'third-account-code' });
    expect(kit.surface.last.request.partition).toBe(`persist:mix-signin-${profile.id}-2`);

    await kit.invoke('profiles:remove', { profileId: profile.id });
    for (const generation of [0, 1, 2]) {
      expect(kit.cleared).toContain(`persist:mix-signin-${profile.id}-${generation}`);
    }
  });

  it('without a keyring, the Mix login of the sign-in window is kept in memory only', async () => {
    const host = await startMixHost('mix');
    const kit = await startServices({ cipher: NO_KEYRING });
    const profile = await kit.invoke('profiles:save', hostProfile(host.url));
    await kit.signIn(profile.id);
    expect(kit.surface.last.request.partition).toBe(`mix-signin-${profile.id}-0`);
    expect(kit.surface.last.request.partition.startsWith('persist:')).toBe(false);
  });
});
