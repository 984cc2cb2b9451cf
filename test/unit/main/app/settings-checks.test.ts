import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newProfileDraft } from '../../../../common/profile-defaults';
import { SETTINGS_CHECKS } from '../../../../main/app/settings-checks';
import { createProfileService } from '../../../../main/profiles/profile-service';
import { openSettings } from '../../../../main/storage/open-settings';
import { createSecretVault } from '../../../../main/storage/secret-vault';
import { XorCipher, confOpener } from '../storage/fakes';

const NOW = Date.UTC(2025, 2, 4, 5, 6, 7);
const clock = { now: () => NOW };
const BROKEN = { id: 'p9', name: 'Broken one', system: 'mars', clientId: 42 };

// The app's own checks on a real settings file: what it cannot use is kept verbatim, never dropped.
describe('settings checks', () => {
  let dir: string;
  const settingsPath = () => join(dir, 'settings.json');
  const onDisk = () => JSON.parse(readFileSync(settingsPath(), 'utf8')) as Record<string, unknown>;

  const start = async () => {
    const opened = openSettings(confOpener(dir), undefined, clock, SETTINGS_CHECKS);
    const vault = createSecretVault(opened.file, new XorCipher());
    let ids = 0;
    const profiles = createProfileService({ file: opened.file, vault, newId: () => `p${(ids += 1)}` });
    return { opened, profiles };
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mix-settings-checks-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('sets a malformed profile aside, names it, and keeps the good one through the next save', async () => {
    const first = await start();
    const good = await first.profiles.save({ ...newProfileDraft('us'), name: 'Work', clientId: 'client-1' });
    await first.opened.file.flush();
    const settings = onDisk();
    writeFileSync(
      settingsPath(),
      JSON.stringify({ ...settings, profiles: [settings['profiles'], BROKEN].flat() }),
    );

    const { opened, profiles } = await start();
    expect(opened.notices).toHaveLength(1);
    expect(opened.notices[0]).toMatchObject({ id: 'settings-entries-set-aside', level: 'warning' });
    expect(opened.notices[0]?.message).toContain('profile "Broken one"');
    expect(opened.notices[0]?.message).toContain('settings.set-aside-20250304-050607.json');
    expect(profiles.list().profiles.map((profile) => profile.id)).toEqual([good.id]);

    await profiles.save({ ...newProfileDraft('eu'), name: 'Second', clientId: 'client-2' });
    expect(JSON.parse(readFileSync(join(dir, 'settings.set-aside-20250304-050607.json'), 'utf8'))).toEqual({
      profiles: [BROKEN],
    });
    expect((onDisk()['profiles'] as { name: string }[]).map((profile) => profile.name)).toEqual([
      'Work',
      'Second',
    ]);
  });

  it('sets aside every unusable entry in one file, and opens the cleaned file without a notice', async () => {
    writeFileSync(
      settingsPath(),
      JSON.stringify({
        profiles: [BROKEN],
        secrets: { 'clientSecret:p1': 'Y2lwaGVy', 'tokens:p1': { not: 'a ciphertext' } },
      }),
    );
    const { opened } = await start();
    expect(opened.notices[0]?.message).toContain('2 entries');
    expect(opened.notices[0]?.message).toContain('saved secret "tokens:p1"');
    expect(opened.file.get('secrets')).toEqual({ 'clientSecret:p1': 'Y2lwaGVy' });
    const setAside = readdirSync(dir).filter((name) => name.startsWith('settings.set-aside-'));
    expect(setAside).toHaveLength(1);

    await opened.file.flush();
    const again = await start();
    expect(again.opened.notices).toEqual([]);
  });

  it('changes nothing on disk when the entries cannot be set aside, and says settings stay in memory', async () => {
    writeFileSync(settingsPath(), JSON.stringify({ profiles: [BROKEN] }));
    const failingCreate = {
      exists: () => false,
      rename: () => undefined,
      create: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    const opened = openSettings(confOpener(dir), failingCreate, clock, SETTINGS_CHECKS);
    expect(opened.notices[0]?.id).toBe('settings-in-memory');
    opened.file.set('activeProfileId', null);
    await opened.file.flush();
    expect(onDisk()).toEqual({ profiles: [BROKEN] });
  });
});
