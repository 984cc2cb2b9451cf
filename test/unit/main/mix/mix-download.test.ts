import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clientKit, onCleanup, rejection, type Adapter } from './client-kit';
import { gate, sendJson } from './scripted-server';

const folders: string[] = [];

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function folder(): Promise<string> {
  const path = await mkdtemp(join(tmpdir(), 'mix-download-'));
  folders.push(path);
  return path;
}

/**
 * 256 KiB of varied bytes behind a zip's local-file signature (`PK\x03\x04`, as every project package
 * starts), so a reordered or truncated file cannot compare equal.
 */
const PAYLOAD = Buffer.concat([
  Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  Buffer.from(Array.from({ length: 256 * 1024 - 4 }, (_, index) => (index * 31 + (index >> 8)) % 256)),
]);
const CHUNK = 16 * 1024;

describe.each<Adapter>(['http', 'fetch'])('downloads with the %s adapter', (adapter) => {
  it('streams into the target with rising progress, never showing a partial target', async () => {
    const t = await clientKit(
      async (_request, res) => {
        res.writeHead(200, {
          'content-type': 'application/zip',
          'content-length': String(PAYLOAD.length),
          'content-disposition': 'attachment; filename="1922-Coffee-2026-01-01-00-00-00.zip"',
        });
        for (let offset = 0; offset < PAYLOAD.length; offset += CHUNK) {
          // Wait for the socket to drain so the client sees many chunks, not one.
          if (!res.write(PAYLOAD.subarray(offset, offset + CHUNK)))
            await new Promise((r) => res.once('drain', r));
        }
        res.end();
      },
      { adapter },
    );
    const dir = await folder();
    const target = join(dir, 'project.zip');
    const progress: { bytes: number; total?: number; targetExists: boolean }[] = [];

    const result = await t.client.download(
      'p1',
      'projects.export',
      { projectId: '1922' },
      {
        targetPath: target,
        onProgress: (bytes, total) => progress.push({ bytes, total, targetExists: existsSync(target) }),
      },
    );

    expect(result).toEqual({
      path: target,
      bytes: PAYLOAD.length,
      suggestedName: '1922-Coffee-2026-01-01-00-00-00.zip',
    });
    expect((await readFile(target)).equals(PAYLOAD)).toBe(true);
    expect(await readdir(dir)).toEqual(['project.zip']);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every(({ targetExists }) => !targetExists)).toBe(true);
    expect(progress.every(({ total }) => total === PAYLOAD.length)).toBe(true);
    const counts = progress.map(({ bytes }) => bytes);
    expect(counts.every((bytes, index) => index === 0 || bytes > (counts[index - 1] ?? 0))).toBe(true);
    expect(counts.at(-1)).toBe(PAYLOAD.length);
    expect(t.server.seen[0]?.path).toBe('/v4/projects/1922/.export');
    expect(t.activity.list()).toMatchObject([
      { status: 200, bytes: PAYLOAD.length, endpoint: 'projects.export' },
    ]);
  });

  it('leaves neither target nor temporary file when cancelled mid-stream', async () => {
    const rest = gate();
    onCleanup(async () => rest.open());
    const t = await clientKit(
      async (_request, res) => {
        res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(PAYLOAD.length) });
        res.write(PAYLOAD.subarray(0, CHUNK));
        await rest.promise;
        res.end(PAYLOAD.subarray(CHUNK));
      },
      { adapter },
    );
    const dir = await folder();
    const target = join(dir, 'project.zip');
    const controller = new AbortController();
    let partSeen = false;

    const closed = t.server.nextEarlyClose();
    const error = await rejection(
      t.client.download(
        'p1',
        'projects.export',
        { projectId: '1' },
        {
          targetPath: target,
          signal: controller.signal,
          onProgress: () => {
            partSeen ||= true;
            controller.abort();
          },
        },
      ),
    );
    await closed;

    expect(partSeen).toBe(true);
    expect(error.problem.code).toBe('cancelled');
    expect(await readdir(dir)).toEqual([]);
    expect(t.activity.list()[0]?.error).toBe('The request was cancelled.');
  });

  it('writes no file when Mix answers with an error', async () => {
    const t = await clientKit(
      (_request, res) => sendJson(res, 404, { code: 5, message: 'Project with id=9 does not exist.' }),
      { adapter },
    );
    const dir = await folder();

    const error = await rejection(
      t.client.download('p1', 'projects.export', { projectId: '9' }, { targetPath: join(dir, 'p.zip') }),
    );

    expect(error.problem).toMatchObject({ code: 'not-found', message: 'Project with id=9 does not exist.' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes the temporary file when the connection breaks mid-stream', async () => {
    const t = await clientKit(
      (_request, res) => {
        res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(PAYLOAD.length) });
        res.write(PAYLOAD.subarray(0, CHUNK), () => res.destroy());
      },
      { adapter },
    );
    const dir = await folder();

    const error = await rejection(
      t.client.download('p1', 'projects.export', { projectId: '1' }, { targetPath: join(dir, 'p.zip') }),
    );

    expect(error.problem).toMatchObject({ code: 'network', host: t.server.host });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('downloads', () => {
  it('renews on 401 and retries on 503 before streaming', async () => {
    let calls = 0;
    const t = await clientKit((request, res) => {
      calls += 1;
      if (request.authorization !== 'Bearer tok-2') sendJson(res, 401, { message: 'Unauthorized' });
      else if (calls === 2) sendJson(res, 503, { message: 'Busy' });
      else {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.end('samples');
      }
    });
    const dir = await folder();

    const result = await t.client.download(
      'p1',
      'samples.export',
      { projectId: '1', intentName: 'ORDER', locales: ['en-US', 'fr-FR'] },
      { targetPath: join(dir, 'samples.zip') },
    );

    expect(result.bytes).toBe(7);
    expect(await readFile(join(dir, 'samples.zip'), 'utf8')).toBe('samples');
    expect(t.server.seen[0]?.query.getAll('locales')).toEqual(['en-US', 'fr-FR']);
    expect(t.activity.list()).toMatchObject([{ retried: 2, waitedForRenewal: true, status: 200 }]);
  });

  it('reports a folder that cannot be written as a storage problem', async () => {
    const t = await clientKit((_request, res) => {
      res.writeHead(200);
      res.end('PK\x03\x04');
    });
    const dir = await folder();

    const error = await rejection(
      t.client.download(
        'p1',
        'builds.export',
        { buildLabel: 'ASR_1_1' },
        { targetPath: join(dir, 'missing', 'b.zip') },
      ),
    );

    expect(error.problem.code).toBe('storage');
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('stops a download that stalls for the timeout, on the injected clock', async () => {
    const rest = gate();
    onCleanup(async () => rest.open());
    const t = await clientKit(
      async (_request, res) => {
        res.writeHead(200, { 'content-type': 'application/zip' });
        res.write('PK\x03\x04first');
        await rest.promise;
        res.end();
      },
      { timeoutMs: 10_000 },
    );
    const dir = await folder();
    const firstChunk = gate();

    const pending = rejection(
      t.client.download(
        'p1',
        'projects.export',
        { projectId: '1' },
        { targetPath: join(dir, 'p.zip'), onProgress: () => firstChunk.open() },
      ),
    );
    await firstChunk.promise;
    t.clock.advance(10_000);
    const error = await pending;

    expect(error.problem).toMatchObject({ code: 'network', host: t.server.host });
    expect(error.problem.message).toContain('did not answer within 10 seconds');
    expect(await readdir(dir)).toEqual([]);
  });
});
