import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { IncompleteBody, saveStream } from '../../../../main/mix/download-file';
import { clientKit, onCleanup, rejection, type Adapter } from './client-kit';
import { gate } from './scripted-server';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});
async function folder(): Promise<string> {
  const path = await mkdtemp(join(tmpdir(), 'mix-verify-'));
  folders.push(path);
  return path;
}

const ZIP = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(4096, 7)]);
const PROXY_PAGE = '<!DOCTYPE html><html><body>Please sign in to the corporate proxy</body></html>';

describe.each<Adapter>(['http', 'fetch'])('downloads save only what they expect (%s adapter)', (adapter) => {
  it('refuses an HTML page answered with 200 for a project package, and saves nothing', async () => {
    const t = await clientKit(
      (_request, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PROXY_PAGE);
      },
      { adapter },
    );
    const dir = await folder();

    const error = await rejection(
      t.client.download('p1', 'projects.export', { projectId: '1' }, { targetPath: join(dir, 'X.zip') }),
    );

    expect(error.problem).toMatchObject({ code: 'http', status: 200, host: t.server.host });
    expect(error.problem.message).toBe('Mix.api answered with a web page instead of the project package.');
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['an HTML page sent as a zip', 'application/zip', PROXY_PAGE],
    ['JSON sent as a zip', 'application/octet-stream', '{"error":"quota"}'],
    ['an empty body', 'application/zip', ''],
  ])('refuses %s by its first bytes (a zip starts with PK)', async (_name, type, body) => {
    const t = await clientKit(
      (_request, res) => {
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      },
      { adapter },
    );
    const dir = await folder();
    const error = await rejection(
      t.client.download('p1', 'builds.export', { buildLabel: 'NLU_1_1' }, { targetPath: join(dir, 'b.zip') }),
    );
    expect(error.problem).toMatchObject({ code: 'http', status: 200 });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses project metadata that is not JSON, and saves metadata that is', async () => {
    let page = true;
    const t = await clientKit(
      (_request, res) => {
        res.writeHead(200, { 'content-type': page ? 'text/plain' : 'application/json' });
        res.end(page ? PROXY_PAGE : '\n {"project": {"id": "1"}}');
      },
      { adapter },
    );
    const dir = await folder();
    const target = join(dir, 'metadata.json');

    const error = await rejection(
      t.client.download('p1', 'projects.exportMetadata', { projectId: '1' }, { targetPath: target }),
    );
    expect(error.problem.message).toContain('a web page');
    expect(await readdir(dir)).toEqual([]);

    page = false;
    const saved = await t.client.download(
      'p1',
      'projects.exportMetadata',
      { projectId: '1' },
      { targetPath: target },
    );
    expect(saved.path).toBe(target);
    expect(JSON.parse(await readFile(target, 'utf8'))).toEqual({ project: { id: '1' } });
  });

  it('saves the raw answer of a JSON read (an answer too large to show)', async () => {
    const t = await clientKit(
      (_request, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"projects":[{"id":"1"}],"totalSize":1}');
      },
      { adapter },
    );
    const dir = await folder();
    const target = join(dir, 'projects.json');
    await t.client.download('p1', 'projects.list', { orgId: '1' }, { targetPath: target });
    expect(JSON.parse(await readFile(target, 'utf8'))).toMatchObject({ totalSize: 1 });
  });

  it('saves nothing when the body is shorter than its Content-Length', async () => {
    const t = await clientKit(
      (_request, res) => {
        res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(ZIP.length * 2) });
        res.write(ZIP, () => res.socket?.end());
      },
      { adapter },
    );
    const dir = await folder();
    const error = await rejection(
      t.client.download('p1', 'projects.export', { projectId: '1' }, { targetPath: join(dir, 'p.zip') }),
    );
    expect(error.problem).toMatchObject({ code: 'network', host: t.server.host, actions: ['retry'] });
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not let a trickle of bytes keep a stalled download alive', async () => {
    const done = gate();
    onCleanup(async () => done.open());
    const t = await clientKit(
      async (_request, res) => {
        res.writeHead(200, { 'content-type': 'application/zip' });
        res.write(ZIP);
        // One byte every 5 ms: something arrives all the time, almost nothing in total (slowloris).
        const drip = setInterval(() => res.write('.'), 5);
        await done.promise;
        clearInterval(drip);
        res.destroy();
      },
      { adapter, timeoutMs: 10_000 },
    );
    const dir = await folder();
    let chunks = 0;
    const pending = rejection(
      t.client.download(
        'p1',
        'projects.export',
        { projectId: '1' },
        { targetPath: join(dir, 'p.zip'), onProgress: () => void (chunks += 1) },
      ),
    );
    const untilChunks = async (count: number) => {
      while (chunks < count) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await untilChunks(3);
    t.clock.advance(5_000);
    await untilChunks(chunks + 3);
    t.clock.advance(5_000);

    const error = await pending;
    expect(error.problem.message).toBe(`${t.server.host} did not answer within 10 seconds.`);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('saveStream', () => {
  it('refuses a body whose length differs from the announced one, leaving no file', async () => {
    const dir = await folder();
    const error = await saveStream(Readable.from([ZIP]), {
      targetPath: join(dir, 'p.zip'),
      signal: new AbortController().signal,
      total: ZIP.length + 10,
      exactTotal: true,
    }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(IncompleteBody);
    expect(await readdir(dir)).toEqual([]);
  });

  it('never replaces an existing file unless asked: the new one becomes "name (1).ext"', async () => {
    const dir = await folder();
    const target = join(dir, 'p.zip');
    const options = { targetPath: target, signal: new AbortController().signal };
    expect((await saveStream(Readable.from([Buffer.from('first')]), options)).path).toBe(target);
    const second = await saveStream(Readable.from([Buffer.from('second')]), options);
    expect(second.path).toBe(join(dir, 'p (1).zip'));
    expect(await readFile(target, 'utf8')).toBe('first');

    const replaced = await saveStream(Readable.from([Buffer.from('third')]), { ...options, replace: true });
    expect(replaced.path).toBe(target);
    expect(await readFile(target, 'utf8')).toBe('third');
    expect((await readdir(dir)).sort()).toEqual(['p (1).zip', 'p.zip']);
  });
});
