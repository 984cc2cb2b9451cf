import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Problem } from '../../../../common/ipc-contract';
import { createProfileService } from '../../../../main/profiles/profile-service';
import { newProfileDraft } from '../../../../common/profile-defaults';
import { ProblemError, toProblem } from '../../../../main/problem';
import { storeSettingsOpener } from '../../../../main/storage/store-settings-file';
import { createSecretVault } from '../../../../main/storage/secret-vault';
import { XorCipher } from './fakes';

/** conf (electron-store's engine) on a temp folder, counting its writes and failing them on demand. */
function diskStore(dir: string) {
  const conf = new Conf<Record<string, unknown>>({
    projectName: 'mix-explorer-test',
    cwd: dir,
    configName: 'settings',
  });
  const disk = {
    writes: 0,
    refuse: undefined as string | undefined,
    get store() {
      return conf.store;
    },
    set store(values: Record<string, unknown>) {
      if (disk.refuse)
        throw Object.assign(new Error(`${disk.refuse}: refused, write`), { code: disk.refuse });
      disk.writes += 1;
      conf.store = values;
    },
  };
  return disk;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the settings file on electron-store', () => {
  let dir: string;
  let disk: ReturnType<typeof diskStore>;
  const open = () => storeSettingsOpener(join(dir, 'settings.json'), () => (disk = diskStore(dir))).open();
  const onDisk = () => JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as unknown;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mix-coalescing-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a burst of changes once, on the next turn, and the caller never waits for the disk', async () => {
    const file = open();
    for (let n = 0; n < 50; n += 1) file.set('partitions', { p1: n });
    file.set('activeProfileId', 'p1');
    expect(disk.writes).toBe(0);
    await nextTurn();
    expect(disk.writes).toBe(1);
    expect(onDisk()).toEqual({ partitions: { p1: 49 }, activeProfileId: 'p1' });
    await file.flush();
    expect(disk.writes).toBe(1);
  });

  it('hands out copies, so changing what get returned changes nothing', () => {
    const file = open();
    file.set('profiles', [{ id: 'a' }]);
    (file.get('profiles') as unknown[]).push({ id: 'b' });
    expect(file.get('profiles')).toEqual([{ id: 'a' }]);
  });

  it.each([
    ['ENOSPC', /disk is full/],
    ['EACCES', /may not write there/],
  ])(
    'turns %s on save into a storage problem naming the folder and what was not saved, keeping the change',
    async (code, said) => {
      const file = open();
      const vault = createSecretVault(file, new XorCipher());
      const profiles = createProfileService({ file, vault, newId: () => 'p1' });
      disk.refuse = code;

      const failure = await profiles
        .save({ ...newProfileDraft('us'), name: 'Work', clientId: 'client-1' })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(failure).toBeInstanceOf(ProblemError);
      const problem = toProblem(failure);
      expect(problem.code).toBe('storage');
      expect(problem.message).toBe(
        `Mix Explorer could not save which profile is active and your profiles in ${dir}.`,
      );
      expect(problem.detail).toMatch(said);
      // In memory the change is in effect; the disk has nothing half-written.
      expect(profiles.list().profiles.map((profile) => profile.name)).toEqual(['Work']);
      expect(() => onDisk()).toThrow(/ENOENT/);

      disk.refuse = undefined;
      await file.flush();
      expect(onDisk()).toMatchObject({ activeProfileId: 'p1', profiles: [{ id: 'p1', name: 'Work' }] });
    },
  );

  it('tells its listeners about a failed write nobody awaited, and saves it with the next change', async () => {
    const file = open();
    const failures: Problem[] = [];
    file.onWriteFailure((problem) => failures.push(problem));
    disk.refuse = 'ENOSPC';
    file.set('activeProfileId', 'p1');
    await nextTurn();
    expect(failures.map((problem) => problem.code)).toEqual(['storage']);
    expect(failures[0]?.message).toContain('which profile is active');

    disk.refuse = undefined;
    file.set('partitions', { p1: 1 });
    await nextTurn();
    expect(onDisk()).toEqual({ activeProfileId: 'p1', partitions: { p1: 1 } });
    expect(failures).toHaveLength(1);
  });
});
