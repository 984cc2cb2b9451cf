import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMixHandlers } from '../../../../main/app/mix-handlers';
import { createDownloadRegister } from '../../../../main/app/download-register';
import { clientKit, onCleanup } from '../mix/client-kit';
import { gate } from '../mix/scripted-server';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Serves `PK…<project id>` per request; answers are held until the test opens the gate. */
async function downloadsKit() {
  const hold = gate();
  onCleanup(async () => hold.open());
  const t = await clientKit(async (request, res) => {
    res.writeHead(200, { 'content-type': 'application/zip' });
    res.write('PK\x03\x04');
    await hold.promise;
    res.end(`project ${request.path.split('/')[3] ?? ''}`);
  });
  const dir = await mkdtemp(join(tmpdir(), 'mix-handlers-'));
  folders.push(dir);
  const chosen = join(dir, 'Coffee.zip');
  const handlers = createMixHandlers({
    client: t.client,
    profiles: t.profiles,
    sessions: t.sessions,
    // Like a person who picks the same name twice: the file does not exist yet when they pick it.
    saveDialog: { choose: async () => chosen },
    clipboard: { writeText: () => undefined },
    clock: t.clock,
    register: createDownloadRegister(() => undefined),
    emit: () => undefined,
  });
  const download = (projectId: string, downloadId: string) =>
    handlers['mix:download']({
      profileId: 'p1',
      endpoint: 'projects.export',
      params: { projectId },
      downloadId,
    });
  return { t, dir, chosen, hold, download };
}

describe('downloads never overwrite each other', () => {
  it('two downloads to one name at the same time: the second becomes "name (1).zip"', async () => {
    const k = await downloadsKit();
    const first = k.download('1', 'd-1');
    const second = k.download('2', 'd-2');
    await k.t.server.requests(2);
    k.hold.open();

    const [a, b] = await Promise.all([first, second]);

    expect(a).toMatchObject({ saved: true, path: k.chosen });
    expect(b).toMatchObject({ saved: true, path: join(k.dir, 'Coffee (1).zip') });
    expect(await readFile(k.chosen, 'latin1')).toBe('PK\x03\x04project 1');
    expect(await readFile(join(k.dir, 'Coffee (1).zip'), 'latin1')).toBe('PK\x03\x04project 2');
  });

  it('a file that appears at the chosen name meanwhile is left alone', async () => {
    const k = await downloadsKit();
    const pending = k.download('1', 'd-1');
    await k.t.server.requests(1);
    await writeFile(k.chosen, 'somebody else');
    k.hold.open();

    const result = await pending;

    expect(result.path).toBe(join(k.dir, 'Coffee (1).zip'));
    expect(await readFile(k.chosen, 'utf8')).toBe('somebody else');
    expect((await readdir(k.dir)).sort()).toEqual(['Coffee (1).zip', 'Coffee.zip']);
  });

  it('replaces a file that existed when the user chose it (the save dialog asked them)', async () => {
    const k = await downloadsKit();
    await writeFile(k.chosen, 'old package');
    k.hold.open();

    const result = await k.download('1', 'd-1');

    expect(result.path).toBe(k.chosen);
    expect(await readFile(k.chosen, 'latin1')).toBe('PK\x03\x04project 1');
    expect(existsSync(join(k.dir, 'Coffee (1).zip'))).toBe(false);
  });
});
