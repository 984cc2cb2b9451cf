import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clientKit, rejection, type Adapter } from './client-kit';
import { sendJson } from './scripted-server';

const CAP = 256 * 1024;

/** A JSON list of `bytes` bytes or a little more. */
function bigJson(bytes: number): string {
  const item = JSON.stringify({ id: '1234567890', displayName: 'A project with a long enough name' });
  const count = Math.ceil(bytes / (item.length + 1));
  return `{"projects":[${Array.from({ length: count }, () => item).join(',')}]}`;
}

describe.each<Adapter>(['http', 'fetch'])('JSON answers are bounded (%s adapter)', (adapter) => {
  it('refuses an answer over the cap as too large, offering the raw download, and stops reading it', async () => {
    const body = bigJson(CAP * 4);
    const t = await clientKit(
      (_request, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        // Chunked, no Content-Length: the cap has to count.
        res.write(body.slice(0, CAP * 2));
        // The rest never comes unless the client keeps reading.
      },
      { adapter, maxJsonBytes: CAP },
    );
    const closed = t.server.nextEarlyClose();

    const error = await rejection(t.client.get('p1', 'projects.list'));
    await closed;

    expect(error.problem).toMatchObject({
      code: 'too-large',
      host: t.server.host,
      actions: ['download-raw'],
    });
    expect(error.problem.message).toBe('The answer from Mix.api is too large to show (more than 256 KB).');
    expect(t.activity.list()[0]).toMatchObject({ status: 200, error: error.problem.message });
  });

  it('refuses a declared Content-Length over the cap before reading a byte of it', async () => {
    const t = await clientKit(
      (_request, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(CAP * 100) });
        res.write('{"projects":[');
      },
      { adapter, maxJsonBytes: CAP },
    );
    expect((await rejection(t.client.get('p1', 'projects.list'))).problem.code).toBe('too-large');
  });

  it('counts the decompressed size: a gzip bomb is cut off at the cap, not inflated', async () => {
    // ~50 KB on the wire, 64 MB once inflated.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    const t = await clientKit(
      (_request, res) => {
        res.writeHead(200, {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'content-length': String(bomb.length),
        });
        res.end(bomb);
      },
      { adapter, maxJsonBytes: CAP },
    );
    const before = process.memoryUsage().arrayBuffers;

    const error = await rejection(t.client.get('p1', 'projects.list'));

    expect(error.problem.code).toBe('too-large');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });

  it('accepts an answer right at the cap, and reads gzip too', async () => {
    const body = bigJson(CAP - 4096);
    const t = await clientKit(
      (_request, res) => {
        const zipped = gzipSync(body);
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        res.end(zipped);
      },
      { adapter, maxJsonBytes: CAP },
    );
    const result = await t.client.get('p1', 'projects.list');
    expect(result.bytes).toBe(Buffer.byteLength(body));
    expect((result.data as { projects: unknown[] }).projects.length).toBeGreaterThan(100);
  });

  it('says an answer broke off when the connection is reset mid-body', async () => {
    const t = await clientKit(
      (_request, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
        res.write('{"projects":[{"id":"1"}');
        setTimeout(() => res.socket?.destroy(), 20);
      },
      { adapter },
    );
    const error = await rejection(t.client.get('p1', 'projects.list'));
    expect(error.problem).toMatchObject({ code: 'network', host: t.server.host, actions: ['retry'] });
  });

  it('gives a stalled body the same deadline as the whole answer', async () => {
    const t = await clientKit(
      (_request, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"projects":[');
      },
      { adapter, timeoutMs: 5_000 },
    );
    const pending = rejection(t.client.get('p1', 'projects.list'));
    await t.server.requests(1);
    // Give the headers time to arrive, then let the deadline pass on the injected clock.
    await new Promise((resolve) => setTimeout(resolve, 50));
    t.clock.advance(5_000);
    expect((await pending).problem.message).toBe(`${t.server.host} did not answer within 5 seconds.`);
  });
});

describe('error answers are bounded too', () => {
  it('reads at most 64 KB of a huge error body', async () => {
    const t = await clientKit((_request, res) =>
      sendJson(res, 500, { message: 'x'.repeat(5 * 1024 * 1024) }),
    );
    const error = await rejection(t.client.get('p1', 'system.version'));
    expect(error.problem).toMatchObject({ code: 'http', status: 500 });
    expect(JSON.stringify(error.problem).length).toBeLessThan(70 * 1024);
  });
});
