import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DownloadEntry } from '../../../../common/ipc-contract';
import { createDownloadHandlers } from '../../../../main/app/download-handlers';
import { createDownloadRegister, NO_SAVED_FILE } from '../../../../main/app/download-register';
import { createIpcRouter } from '../../../../main/ipc/create-ipc-router';
import { toProblem } from '../../../../main/problem';
import { RecordingShell } from '../../../stubs/recording-shell';
import { hostileMix } from '../faults/hostile-mix';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** The register and the Downloads handlers over a recording shell, with real files in a temp folder. */
async function downloadsKit(limit?: number) {
  const dir = await mkdtemp(join(tmpdir(), 'mix-downloads-'));
  folders.push(dir);
  const entries: DownloadEntry[] = [];
  const register = createDownloadRegister((entry) => entries.push(entry), limit);
  const shell = new RecordingShell();
  const handlers = createDownloadHandlers({ register, shell });
  async function save(downloadId: string, name = `${downloadId}.zip`) {
    const path = join(dir, name);
    register.started(downloadId, name, 1000);
    await writeFile(path, 'PK\x03\x04model');
    register.saved(downloadId, path, 9);
    return path;
  }
  const problemOf = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a refusal');
      },
      (error: unknown) => toProblem(error),
    );
  return { dir, entries, register, shell, handlers, save, problemOf };
}

describe('Show in folder and Open reach the shell only for files main saved this session', () => {
  it('hands the shell the path main recorded for a saved download', async () => {
    const k = await downloadsKit();
    const path = await k.save('d-1');

    await k.handlers['download:show-in-folder']({ downloadId: 'd-1' });
    await k.handlers['download:open']({ downloadId: 'd-1' });

    expect(k.shell.shown).toEqual([path]);
    expect(k.shell.opened).toEqual([path]);
  });

  it('refuses an id it never saw, and downloads that were cancelled, failed or still running', async () => {
    const k = await downloadsKit();
    k.register.started('cancelled', 'a.zip', 1);
    k.register.cancelled('cancelled');
    k.register.started('failed', 'b.zip', 1);
    k.register.failed('failed', 'Mix.api answered 500.');
    k.register.started('running', 'c.zip', 1);

    for (const downloadId of ['unknown', 'cancelled', 'failed', 'running']) {
      for (const channel of ['download:show-in-folder', 'download:open'] as const) {
        const problem = await k.problemOf(k.handlers[channel]({ downloadId }));
        expect(problem).toMatchObject({ code: 'not-found', message: NO_SAVED_FILE });
      }
    }
    expect(k.shell.shown).toEqual([]);
    expect(k.shell.opened).toEqual([]);
  });

  it('says in plain words that a file was moved or deleted since, and never calls the shell', async () => {
    const k = await downloadsKit();
    const moved = await k.save('moved', 'Coffee-model.zip');
    const deleted = await k.save('deleted', 'Tea-model.zip');
    await rename(moved, join(k.dir, 'elsewhere.zip'));
    await rm(deleted);

    const problem = await k.problemOf(k.handlers['download:show-in-folder']({ downloadId: 'moved' }));
    expect(problem.code).toBe('not-found');
    expect(problem.message).toBe(
      'Coffee-model.zip is no longer where it was saved: it was moved or deleted.',
    );
    expect((await k.problemOf(k.handlers['download:open']({ downloadId: 'deleted' }))).message).toMatch(
      /^Tea-model\.zip is no longer where it was saved/,
    );
    expect(k.shell.shown).toEqual([]);
    expect(k.shell.opened).toEqual([]);
  });

  it('a folder now standing where the file was is not opened either', async () => {
    const k = await downloadsKit();
    const path = await k.save('d-1');
    await rm(path);
    await mkdir(path);

    expect((await k.problemOf(k.handlers['download:open']({ downloadId: 'd-1' }))).code).toBe('not-found');
    expect(k.shell.opened).toEqual([]);
  });

  it('an OS that cannot open the file gets a plain sentence, its own words as the detail', async () => {
    const k = await downloadsKit();
    await k.save('d-1', 'model.zip');
    k.shell.openError = 'No application is associated with the specified file for this operation.';

    const problem = await k.problemOf(k.handlers['download:open']({ downloadId: 'd-1' }));

    expect(problem.message).toBe('The system could not open model.zip.');
    expect(problem.detail).toBe(k.shell.openError);
  });

  it('remembers the last downloads only (bounded): the oldest is forgotten and refused', async () => {
    const k = await downloadsKit(3);
    for (const id of ['d-1', 'd-2', 'd-3', 'd-4']) await k.save(id);

    expect((await k.handlers['downloads:list'](null)).map((entry) => entry.downloadId)).toEqual([
      'd-4',
      'd-3',
      'd-2',
    ]);
    expect((await k.problemOf(k.handlers['download:open']({ downloadId: 'd-1' }))).code).toBe('not-found');
    await k.handlers['download:open']({ downloadId: 'd-2' });
    expect(k.shell.opened).toEqual([join(k.dir, 'd-2.zip')]);
  });
});

describe('the download channels at the IPC boundary', () => {
  function router(trusted: boolean) {
    const shell = new RecordingShell();
    const register = createDownloadRegister(() => undefined);
    register.started('d-1', 'a.zip', 1);
    register.saved('d-1', '/tmp/a.zip', 1);
    const handlers = createDownloadHandlers({ register, shell });
    const ipc = createIpcRouter({ handlers: handlers as never, isTrustedSender: () => trusted });
    const sender = { webContentsId: 1, isMainFrame: true, frameUrl: 'app://mix-explorer/index.html' };
    return { shell, call: (channel: string, payload: unknown) => ipc.handle(sender, channel, payload) };
  }

  it('refuses a forged sender before anything else', async () => {
    const r = router(false);
    for (const channel of ['download:show-in-folder', 'download:open']) {
      const result = await r.call(channel, { downloadId: 'd-1' });
      expect(result).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
    }
    expect([...r.shell.shown, ...r.shell.opened]).toEqual([]);
  });

  it('takes a download id only: a path, a path as the id or any other field is refused', async () => {
    const r = router(true);
    for (const payload of [
      { downloadId: 'd-1', path: '/etc/passwd' },
      { path: '/tmp/a.zip' },
      { downloadId: '/tmp/a.zip' },
      { downloadId: '../../../etc/passwd' },
      { downloadId: 'C:\\Windows\\system32\\calc.exe' },
      { downloadId: 42 },
      '/tmp/a.zip',
      null,
    ]) {
      for (const channel of ['download:show-in-folder', 'download:open']) {
        const result = await r.call(channel, payload);
        expect(result, JSON.stringify(payload)).toMatchObject({
          ok: false,
          problem: { code: 'invalid-input' },
        });
      }
    }
    expect([...r.shell.shown, ...r.shell.opened]).toEqual([]);
  });
});

describe('a download through main, then Show in folder (the real services)', () => {
  it('lists the download with its result and shows the very file main wrote', async () => {
    const shell = new RecordingShell();
    const h = await hostileMix({ shell });
    h.kit.events.splice(0);

    const saved = await h.kit.invoke('mix:download', {
      profileId: h.profileId,
      endpoint: 'projects.export',
      params: { projectId: '42' },
      downloadId: 'd-1',
    });
    const list = await h.kit.invoke('downloads:list', null);
    await h.kit.invoke('download:show-in-folder', { downloadId: 'd-1' });

    expect(saved).toMatchObject({ saved: true, path: join(h.downloads, 'package.zip') });
    expect(list).toEqual([
      expect.objectContaining({
        downloadId: 'd-1',
        fileName: 'package.zip',
        state: 'saved',
        path: saved.path,
        bytes: saved.bytes,
      }),
    ]);
    const states = h.kit.events
      .filter((event) => event.event === 'download:entry')
      .map((event) => (event.payload as DownloadEntry).state);
    expect(states).toEqual(['running', 'saved']);
    expect(shell.shown).toEqual([saved.path]);
  });

  it('a download Mix refuses is listed as failed, in plain words, and has nothing to show', async () => {
    const shell = new RecordingShell();
    const h = await hostileMix({ shell });
    h.state.api = (_request, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 5, message: 'project not found' }));
    };

    const result = await h.kit.call('mix:download', {
      profileId: h.profileId,
      endpoint: 'projects.export',
      params: { projectId: '42' },
      downloadId: 'd-2',
    });
    const [entry] = await h.kit.invoke('downloads:list', null);

    expect(result.ok).toBe(false);
    expect(entry).toMatchObject({ downloadId: 'd-2', state: 'failed' });
    expect(entry?.error).toBe(result.ok ? undefined : result.problem.message);
    expect(entry?.error).not.toMatch(/at .*\.ts|Error:/);
    expect(await h.kit.problemOf('download:show-in-folder', { downloadId: 'd-2' })).toMatchObject({
      code: 'not-found',
    });
    expect(shell.shown).toEqual([]);
  });
});
