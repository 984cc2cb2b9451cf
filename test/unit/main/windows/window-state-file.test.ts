import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWindowStateFile } from '../../../../main/windows/window-state-file';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'mix-window-state-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const STATE = {
  displays: {
    '1@0,0,1440x900': { bounds: { x: 5, y: 6, width: 900, height: 700 }, maximized: true, savedAt: 9 },
  },
};

describe('window-state file', () => {
  it('reads back what it wrote, creating the folder, leaving no temp file behind', async () => {
    const path = join(folder, 'nested', 'window-state.json');
    const file = createWindowStateFile(path);
    file.write(STATE);
    expect(createWindowStateFile(path).read()).toEqual(STATE);
    expect(await readdir(join(folder, 'nested'))).toEqual(['window-state.json']);
  });

  it('reads a missing or broken file as "nothing saved"', async () => {
    const path = join(folder, 'window-state.json');
    expect(createWindowStateFile(path).read()).toEqual({ displays: {} });
    await writeFile(path, '{"displays": {"1@0,0,1x1": ');
    expect(createWindowStateFile(path).read()).toEqual({ displays: {} });
  });

  it('replaces the file whole', async () => {
    const path = join(folder, 'window-state.json');
    const file = createWindowStateFile(path);
    file.write(STATE);
    file.write({ displays: {} });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ displays: {} });
  });

  it('throws when it cannot write, and keeps the previous file', async () => {
    const path = join(folder, 'window-state.json');
    createWindowStateFile(path).write(STATE);
    // A folder where the temp file should go makes the write fail.
    const blocked = createWindowStateFile(join(folder, 'window-state.json'));
    await mkdir(`${path}.${process.pid}.tmp`);
    expect(() => blocked.write({ displays: {} })).toThrow();
    expect(blocked.read()).toEqual(STATE);
  });
});
