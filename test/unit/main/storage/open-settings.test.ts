import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InMemorySettingsFile } from '../../../../main/storage/in-memory-settings-file';
import { freeSetAsidePath, openSettings } from '../../../../main/storage/open-settings';
import type { SettingsFileOpener } from '../../../../main/ports/storage';
import { confOpener } from './fakes';

const NOW = Date.UTC(2025, 2, 4, 5, 6, 7);
const clock = { now: () => NOW };
const SET_ASIDE = 'settings.corrupt-20250304-050607.json';

describe('openSettings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mix-settings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a healthy file without a notice and keeps what was written', async () => {
    const first = openSettings(confOpener(dir), undefined, clock);
    expect(first.notices).toEqual([]);
    first.file.set('profiles', [{ id: 'a' }]);
    await first.file.flush();
    expect(openSettings(confOpener(dir), undefined, clock).file.get('profiles')).toEqual([{ id: 'a' }]);
  });

  it('sets a corrupted file aside with its content and starts a fresh one that works', async () => {
    writeFileSync(join(dir, 'settings.json'), '{"profiles": [ garbage');
    const opened = openSettings(confOpener(dir), undefined, clock);

    expect(readFileSync(join(dir, SET_ASIDE), 'utf8')).toBe('{"profiles": [ garbage');
    expect(opened.notices).toHaveLength(1);
    expect(opened.notices[0]).toMatchObject({ level: 'warning', id: 'settings-set-aside' });
    expect(opened.notices[0]?.message).toBe(
      `Your settings file could not be read, so Mix Explorer set it aside as ${SET_ASIDE} and started with fresh settings.`,
    );
    expect(opened.notices[0]?.message).not.toContain(dir);

    opened.file.set('activeProfileId', 'x');
    await opened.file.flush();
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ activeProfileId: 'x' });
  });

  it('never overwrites an earlier set-aside file with the same name', () => {
    writeFileSync(join(dir, SET_ASIDE), 'older garbage');
    writeFileSync(join(dir, 'settings.json'), 'newer garbage');
    const opened = openSettings(confOpener(dir), undefined, clock);

    expect(readFileSync(join(dir, SET_ASIDE), 'utf8')).toBe('older garbage');
    expect(readFileSync(join(dir, 'settings.corrupt-20250304-050607-2.json'), 'utf8')).toBe('newer garbage');
    expect(opened.notices[0]?.message).toContain('settings.corrupt-20250304-050607-2.json');
  });

  it.each([
    ['a list', '[]'],
    ['a text', '"hello"'],
    ['a number', '42'],
  ])('sets aside a settings file holding %s, says so, and writes an object after', async (_what, text) => {
    writeFileSync(join(dir, 'settings.json'), text);
    const opened = openSettings(confOpener(dir), undefined, clock);

    expect(readFileSync(join(dir, SET_ASIDE), 'utf8')).toBe(text);
    expect(opened.notices.map((notice) => notice.id)).toEqual(['settings-set-aside']);
    expect(opened.notices[0]?.message).toBe(
      `Your settings file did not hold settings (it held a list or a single value instead of an object), so Mix Explorer set it aside as ${SET_ASIDE} and started with fresh settings.`,
    );
    opened.file.set('activeProfileId', 'x');
    await opened.file.flush();
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ activeProfileId: 'x' });
  });

  it('keeps settings in memory for the session when the file cannot be opened even fresh', () => {
    writeFileSync(join(dir, 'settings.json'), 'garbage');
    let attempts = 0;
    const broken: SettingsFileOpener = {
      path: join(dir, 'settings.json'),
      open() {
        attempts += 1;
        throw new Error('EACCES');
      },
    };
    const opened = openSettings(broken, undefined, clock);

    expect(attempts).toBe(2);
    expect(opened.file).toBeInstanceOf(InMemorySettingsFile);
    expect(opened.notices[0]?.message).toMatch(/will not be saved this session/);
    opened.file.set('k', 1);
    expect(opened.file.get('k')).toBe(1);
    // The unreadable file was still moved aside, not lost.
    expect(readdirSync(dir).sort()).toEqual([SET_ASIDE]);
  });

  it('falls back to memory when the unreadable file cannot be moved', () => {
    writeFileSync(join(dir, 'settings.json'), 'garbage');
    const fs = {
      exists: existsSync,
      rename: () => {
        throw new Error('EPERM');
      },
      create: () => undefined,
    };
    const opened = openSettings(confOpener(dir), fs, clock);

    expect(opened.file).toBeInstanceOf(InMemorySettingsFile);
    expect(opened.notices[0]?.message).toMatch(/could not be read or moved aside/);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe('garbage');
  });
});

describe('freeSetAsidePath', () => {
  it('stamps the UTC time and counts up past taken names', () => {
    const taken = new Set([
      '/d/settings.corrupt-20250304-050607.json',
      '/d/settings.corrupt-20250304-050607-2.json',
    ]);
    expect(freeSetAsidePath('/d/settings.json', NOW, { exists: (path) => taken.has(path) })).toBe(
      '/d/settings.corrupt-20250304-050607-3.json',
    );
  });
});

describe('InMemorySettingsFile', () => {
  it('behaves like a JSON file: values are copies and undefined removes a key', () => {
    const file = new InMemorySettingsFile({ list: [1] });
    const list = file.get('list') as number[];
    list.push(2);
    expect(file.get('list')).toEqual([1]);
    file.set('list', undefined);
    expect(file.get('list')).toBeUndefined();
    file.set('a', { b: 1 });
    file.delete('a');
    expect(file.get('a')).toBeUndefined();
  });
});
