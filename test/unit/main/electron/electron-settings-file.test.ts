import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createElectronSettingsFile } from '../../../../main/electron/electron-settings-file';
import { openSettings } from '../../../../main/storage/open-settings';

// Real electron-store (with the electron stub) on a real temp folder.
describe('electron settings file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mix-settings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes settings.json in the user-data folder and reads it back after reopening', async () => {
    const opener = createElectronSettingsFile(dir);
    expect(opener.path).toBe(join(dir, 'settings.json'));
    const file = opener.open();
    file.set('profiles', [{ id: 'p1' }]);
    await file.flush();
    expect(JSON.parse(readFileSync(opener.path, 'utf8'))).toEqual({ profiles: [{ id: 'p1' }] });
    expect(createElectronSettingsFile(dir).open().get('profiles')).toEqual([{ id: 'p1' }]);
  });

  it('throws on corrupted JSON instead of silently emptying it, so it can be set aside', () => {
    writeFileSync(join(dir, 'settings.json'), '{"profiles": [');
    const opener = createElectronSettingsFile(dir);
    expect(() => opener.open()).toThrow();
    expect(readFileSync(opener.path, 'utf8')).toBe('{"profiles": [');

    const opened = openSettings(opener);
    expect(opened.notices.map((notice) => notice.level)).toEqual(['warning']);
    expect(opened.file.get('profiles')).toBeUndefined();
    const setAside = readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'));
    expect(setAside).toHaveLength(1);
    expect(readFileSync(join(dir, setAside[0] ?? ''), 'utf8')).toBe('{"profiles": [');
  });
});
