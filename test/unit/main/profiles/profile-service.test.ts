import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProfileDraft, ProfilesState } from '../../../../common/ipc-contract';
import { newProfileDraft } from '../../../../common/profile-defaults';
import { ProblemError } from '../../../../main/problem';
import { type ProfileService, createProfileService } from '../../../../main/profiles/profile-service';
import type { SettingsFile } from '../../../../main/ports/storage';
import { type SecretVault, createSecretVault } from '../../../../main/storage/secret-vault';
import { clientSecretKey } from '../../../../main/storage/secret-keys';
import { XorCipher, confOpener } from '../storage/fakes';

const SECRET = 'client-secret-value-42';

function draft(overrides: Partial<ProfileDraft> = {}): ProfileDraft {
  return { ...newProfileDraft('us'), name: 'Work', clientId: 'client-1', ...overrides };
}

async function problemOf(promise: Promise<unknown> | (() => unknown)): Promise<ProblemError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('expected a ProblemError');
}

describe('profile service', () => {
  let dir: string;
  let file: SettingsFile;
  let vault: SecretVault;
  let service: ProfileService;
  let ids: number;

  const start = async () => {
    file = confOpener(dir).open();
    vault = await createSecretVault(file, new XorCipher());
    service = createProfileService({ file, vault, newId: () => `p${(ids += 1)}` });
  };
  // What is not yet on disk is written first, as the app does when it quits.
  const restart = async () => {
    await file.flush();
    await start();
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mix-profiles-'));
    ids = 0;
    await start();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts empty', () => {
    expect(service.list()).toEqual({ profiles: [], activeProfileId: null });
  });

  it('creates a profile, makes the first one active, and keeps the secret out of the settings', async () => {
    const profile = await service.save(
      draft({ clientSecret: SECRET, authServerUrl: 'https://auth.crt.nuance.com/' }),
    );
    expect(profile).toMatchObject({ id: 'p1', name: 'Work', hasClientSecret: true });
    expect(profile.authServerUrl).toBe('https://auth.crt.nuance.com');
    expect(profile).not.toHaveProperty('clientSecret');

    const second = await service.save(draft({ name: 'Other' }));
    expect(second.hasClientSecret).toBe(false);
    expect(service.list().activeProfileId).toBe('p1');

    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).not.toContain(SECRET);
    expect(await service.clientSecret('p1')).toBe(SECRET);

    await restart(); // a restart reads the same profiles, active one and secret
    expect(service.list().profiles.map((p) => [p.id, p.name, p.hasClientSecret])).toEqual([
      ['p1', 'Work', true],
      ['p2', 'Other', false],
    ]);
    expect(service.list().activeProfileId).toBe('p1');
    expect(await service.clientSecret('p1')).toBe(SECRET);
  });

  it('keeps, replaces and removes the client secret as the draft says', async () => {
    const { id } = await service.save(draft({ clientSecret: SECRET }));
    await service.save(draft({ id, name: 'Renamed' }));
    expect(await service.clientSecret(id)).toBe(SECRET);
    expect(service.get(id)?.name).toBe('Renamed');

    await service.save(draft({ id, clientSecret: 'replacement' }));
    expect(await service.clientSecret(id)).toBe('replacement');

    const removed = await service.save(draft({ id, clientSecret: null }));
    expect(removed.hasClientSecret).toBe(false);
    expect(await service.clientSecret(id)).toBeUndefined();
  });

  it('rejects an invalid draft with per-field messages and changes nothing', async () => {
    const problem = await problemOf(
      service.save(draft({ name: '', apiUrl: 'http://mix.example.com', clientSecret: SECRET })),
    );
    expect(problem.problem).toMatchObject({
      code: 'invalid-input',
      message: 'Please correct the highlighted fields.',
    });
    expect(Object.keys(problem.problem.fields ?? {}).sort()).toEqual(['apiUrl', 'name']);
    expect(service.list().profiles).toEqual([]);
    expect(vault.has('client-secret:p1')).toBe(false);
  });

  it('reports an unknown id as not found', async () => {
    for (const attempt of [
      () => service.save(draft({ id: 'nope' })),
      () => service.duplicate('nope'),
      () => service.remove('nope'),
      () => service.select('nope'),
    ]) {
      expect((await problemOf(attempt)).problem.code).toBe('not-found');
    }
    expect(service.get('nope')).toBeUndefined();
    expect(await service.clientSecret('nope')).toBeUndefined();
  });

  it('duplicates a profile next to the original, with its secret', async () => {
    const first = await service.save(draft({ clientSecret: SECRET }));
    await service.save(draft({ name: 'Last' }));
    const copy = await service.duplicate(first.id);

    expect(copy).toMatchObject({
      id: 'p3',
      name: 'Work (copy)',
      clientId: 'client-1',
      hasClientSecret: true,
    });
    expect(service.list().profiles.map((p) => p.name)).toEqual(['Work', 'Work (copy)', 'Last']);
    expect(await service.clientSecret(copy.id)).toBe(SECRET);

    // The copy's secret is its own: changing it leaves the original alone.
    await service.save(draft({ ...copy, clientSecret: null }));
    expect(await service.clientSecret(first.id)).toBe(SECRET);
  });

  describe('credentials bound to their hosts and client ID', () => {
    const rebinds: { id: string; apiUrlThen: string | undefined }[] = [];
    const withHook = async (hook?: () => Promise<void>) => {
      rebinds.length = 0;
      service = createProfileService({
        file,
        vault,
        newId: () => `p${(ids += 1)}`,
        beforeRebind: async (id) => {
          rebinds.push({ id, apiUrlThen: service.get(id)?.apiUrl });
          await hook?.();
        },
      });
    };

    it.each([
      ['Mix.api URL', { apiUrl: 'https://evil.example.com' }],
      ['authorization server URL', { authServerUrl: 'https://evil.example.com' }],
      ['client ID', { clientId: 'someone-else' }],
    ])('a changed %s does not keep the stored secret: it must be entered again', async (_what, change) => {
      await withHook();
      const saved = await service.save(draft({ clientSecret: SECRET }));
      const problem = await problemOf(service.save(draft({ ...saved, ...change, clientSecret: undefined })));
      expect(problem.problem.code).toBe('invalid-input');
      expect(problem.problem.fields?.clientSecret).toMatch(/Enter the client secret again/);
      // Nothing changed: same hosts, same secret, the session untouched.
      expect(service.get(saved.id)).toEqual(saved);
      expect(await service.clientSecret(saved.id)).toBe(SECRET);
      expect(rebinds).toEqual([]);
    });

    it('ends the session while the profile still has its old hosts, then stores the new secret', async () => {
      await withHook();
      const saved = await service.save(draft({ clientSecret: SECRET }));
      const moved = await service.save(
        draft({
          ...saved,
          system: 'eu',
          authServerUrl: newProfileDraft('eu').authServerUrl,
          apiUrl: newProfileDraft('eu').apiUrl,
          clientSecret: 'eu-secret',
        }),
      );
      expect(rebinds).toEqual([{ id: saved.id, apiUrlThen: saved.apiUrl }]);
      expect(moved.apiUrl).toBe(newProfileDraft('eu').apiUrl);
      expect(await service.clientSecret(saved.id)).toBe('eu-secret');
    });

    it('a changed binding may also drop the secret (a public client)', async () => {
      await withHook();
      const saved = await service.save(draft({ clientSecret: SECRET }));
      const moved = await service.save(draft({ ...saved, clientId: 'public-client', clientSecret: null }));
      expect(moved.hasClientSecret).toBe(false);
      expect(rebinds).toHaveLength(1);
    });

    it('other edits, a trailing slash or letter case in a host keep the session and the secret', async () => {
      await withHook();
      const saved = await service.save(draft({ clientSecret: SECRET }));
      await service.save(
        draft({
          ...saved,
          name: 'Renamed',
          tenant: 'other',
          scope: 'mix-api other',
          apiUrl: `${saved.apiUrl.toUpperCase()}/`,
          clientSecret: undefined,
        }),
      );
      expect(rebinds).toEqual([]);
      expect(await service.clientSecret(saved.id)).toBe(SECRET);
    });

    it('a duplicate whose hosts are then changed asks for the secret instead of carrying it there', async () => {
      await withHook();
      const original = await service.save(draft({ clientSecret: SECRET }));
      const copy = await service.duplicate(original.id);
      const problem = await problemOf(
        service.save(draft({ ...copy, apiUrl: 'https://mix.api.other.example', clientSecret: undefined })),
      );
      expect(problem.problem.fields?.clientSecret).toMatch(/Enter the client secret again/);
      expect(await service.clientSecret(original.id)).toBe(SECRET);
    });

    it('if ending the session fails, the profile keeps its old hosts and secret', async () => {
      await withHook(() => Promise.reject(new Error('partition could not be cleared')));
      const saved = await service.save(draft({ clientSecret: SECRET }));
      await expect(
        service.save(draft({ ...saved, apiUrl: 'https://evil.example.com', clientSecret: 'new-secret' })),
      ).rejects.toThrow('partition could not be cleared');
      expect(service.get(saved.id)?.apiUrl).toBe(saved.apiUrl);
      expect(await service.clientSecret(saved.id)).toBe(SECRET);
    });
  });

  it('keeps a duplicated long name within the limit', async () => {
    const { id } = await service.save(draft({ name: 'n'.repeat(80) }));
    const copy = await service.duplicate(id);
    expect(copy.name).toHaveLength(80);
    expect(copy.name.endsWith(' (copy)')).toBe(true);
  });

  it('removes a profile with its secret and tokens, and moves the active profile', async () => {
    const a = await service.save(draft({ name: 'A', clientSecret: SECRET }));
    const b = await service.save(draft({ name: 'B' }));
    await vault.set(`tokens:${a.id}`, '{"accessToken":"t","expiresAt":1}');
    await vault.set(`tokens:${b.id}`, '{"accessToken":"u","expiresAt":1}');

    const state = await service.remove(a.id);
    expect(state).toEqual({ profiles: [service.get(b.id)], activeProfileId: b.id });
    expect(vault.has(`client-secret:${a.id}`)).toBe(false);
    expect(vault.has(`tokens:${a.id}`)).toBe(false);
    expect(vault.has(`tokens:${b.id}`)).toBe(true);

    expect(await service.remove(b.id)).toEqual({ profiles: [], activeProfileId: null });
  });

  it('does not delete another profile whose id starts with the removed id', async () => {
    ids = 0;
    service = createProfileService({ file, vault, newId: () => (ids++ === 0 ? 'p1' : 'p10') });
    const a = await service.save(draft({ clientSecret: 'one' }));
    const b = await service.save(draft({ clientSecret: 'ten' }));
    await service.remove(a.id);
    expect(await service.clientSecret(b.id)).toBe('ten');
  });

  it('selects the active profile', async () => {
    await service.save(draft({ name: 'A' }));
    const b = await service.save(draft({ name: 'B' }));
    expect(service.select(b.id).activeProfileId).toBe(b.id);
    await restart();
    expect(service.list().activeProfileId).toBe(b.id);
  });

  it('tells listeners about every change until they unsubscribe', async () => {
    const seen: ProfilesState[] = [];
    const unsubscribe = service.onChange((state) => seen.push(state));
    service.onChange(() => {
      throw new Error('a broken listener');
    });

    const a = await service.save(draft({ name: 'A' }));
    const copy = await service.duplicate(a.id);
    service.select(copy.id);
    await service.remove(a.id);
    expect(seen.map((state) => [state.activeProfileId, state.profiles.map((p) => p.name)])).toEqual([
      ['p1', ['A']],
      ['p1', ['A', 'A (copy)']],
      ['p2', ['A', 'A (copy)']],
      ['p2', ['A (copy)']],
    ]);

    unsubscribe();
    await service.save(draft({ name: 'B' }));
    expect(seen).toHaveLength(4);
  });

  it('tolerates garbage in the settings file', async () => {
    const valid = { ...newProfileDraft('eu'), id: 'good', name: 'Good', clientId: 'c' };
    const { tenant: _tenant, usePkce: _usePkce, ...older } = { ...valid, id: 'older', name: 'Older' };
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({
        profiles: [
          null,
          42,
          'text',
          { id: 'x' },
          { ...valid, system: 'mars' },
          valid,
          { ...valid, name: 'Dup' },
          older,
        ],
        activeProfileId: 'missing',
        secrets: 'not a record',
      }),
    );
    await restart();

    expect(service.list()).toEqual({
      profiles: [
        { ...valid, hasClientSecret: false },
        { ...valid, id: 'older', name: 'Older', tenant: 'mix', usePkce: true, hasClientSecret: false },
      ],
      activeProfileId: null,
    });
    // Saving still works and writes a clean list.
    await service.save(draft({ name: 'New', clientSecret: SECRET }));
    expect((file.get('profiles') as unknown[]).length).toBe(3);
    expect(service.list().activeProfileId).toBe('p1');

    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ profiles: { not: 'an array' } }));
    await restart();
    expect(service.list()).toEqual({ profiles: [], activeProfileId: null });
  });
  it('gives no secret to a profile whose hosts were rewritten in the settings file outside the app, and drops it', async () => {
    await service.save(draft({ clientSecret: SECRET }));
    const path = join(dir, 'settings.json');
    const settings = JSON.parse(readFileSync(path, 'utf8')) as { profiles: Record<string, unknown>[] };
    settings.profiles = settings.profiles.map((stored) => ({
      ...stored,
      authServerUrl: 'https://evil.example',
    }));
    writeFileSync(path, JSON.stringify(settings));
    await start();

    expect(await service.clientSecret('p1')).toBeUndefined();
    expect(service.get('p1')?.hasClientSecret).toBe(false);
  });

  it('uses a secret stored before secrets were sealed, and seals it to the profile’s hosts', async () => {
    await service.save(draft());
    await vault.set(clientSecretKey('p1'), SECRET);

    expect(await service.clientSecret('p1')).toBe(SECRET);
    expect(await vault.get(clientSecretKey('p1'))).toContain('auth.crt.nuance.com');
    expect(await service.clientSecret('p1')).toBe(SECRET);
  });
});
