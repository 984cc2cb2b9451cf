import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '../../../../../common/ipc-contract';
import { networkProblem } from '../../../../../main/auth/network-problem';
import type { HttpClientFactory } from '../../../../../main/ports/http';

const profile = { id: 'p1' } as Profile;

interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A server with one route per promise of the contract. */
async function startContractServer() {
  const seen: Seen[] = [];
  const closedEarly: string[] = [];
  const big = Buffer.alloc(256 * 1024, 'x');
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      seen.push({
        method: request.method ?? '',
        path,
        headers: request.headers,
        body: Buffer.concat(chunks).toString(),
      });
      if (path === '/json') {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ ok: true }));
      } else if (path === '/echo') {
        response.setHeader('content-type', 'text/plain');
        response.end(Buffer.concat(chunks));
      } else if (path === '/moved') {
        response.statusCode = 302;
        response.setHeader('location', '/elsewhere');
        response.end();
      } else if (path === '/cookie') {
        response.setHeader('set-cookie', 'mix_session=abc; Path=/');
        response.end('{}');
      } else if (path === '/cacheable') {
        response.setHeader('cache-control', 'private, max-age=600');
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ served: seen.filter((one) => one.path === '/cacheable').length }));
      } else if (path === '/big') {
        response.setHeader('content-length', String(big.length));
        response.end(big);
      } else if (path === '/hang') {
        response.on('close', () => closedEarly.push(path));
        response.writeHead(200, { 'content-type': 'application/octet-stream' });
        response.write('first');
      } else {
        response.statusCode = 404;
        response.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    seen,
    closedEarly,
    big,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readAll(body: unknown): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const readable = body instanceof Readable ? body : Readable.fromWeb(body as WebReadableStream);
  for await (const chunk of readable) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/**
 * What main's services expect of an HttpClientFactory, whatever is underneath (Node's http, Node's fetch,
 * Electron's net): written once, run against every implementation, so an assumption about Electron is
 * tested where it matters.
 */
export function describeHttpClientContract(name: string, create: () => HttpClientFactory): void {
  describe(`HTTP client contract: ${name}`, () => {
    let server: Awaited<ReturnType<typeof startContractServer>>;
    let http: HttpClientFactory;
    beforeAll(async () => {
      server = await startContractServer();
      http = create();
    });
    afterAll(() => server.close());

    it('sends the headers it is given and reads a JSON answer', async () => {
      const response = await http(profile).get(`${server.origin}/json`, {
        headers: { Authorization: 'Bearer t-1', Accept: 'application/json' },
      });
      expect(response.status).toBe(200);
      expect(response.data).toEqual({ ok: true });
      expect(server.seen.at(-1)?.headers.authorization).toBe('Bearer t-1');
    });

    it('posts a form body intact', async () => {
      const form =
        'grant_type=authorization_code&code=c%2F1&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback';
      const response = await http(profile).post(`${server.origin}/echo`, form, {
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        responseType: 'text',
      });
      expect(response.data).toBe(form);
      expect(server.seen.at(-1)).toMatchObject({ method: 'POST', body: form });
      expect(server.seen.at(-1)?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    });

    it('answers a redirect with the 3xx itself and goes nowhere else', async () => {
      const before = server.seen.length;
      const response = await http(profile).get(`${server.origin}/moved`, {
        maxRedirects: 0,
        validateStatus: () => true,
        headers: { Authorization: 'Bearer t-1' },
      });
      expect(response.status).toBe(302);
      expect(String(response.headers.location)).toMatch(/\/elsewhere$/);
      expect(server.seen.slice(before).map((one) => one.path)).toEqual(['/moved']);
    });

    it('sends no cookies, even after a server set one', async () => {
      await http(profile).get(`${server.origin}/cookie`);
      await http(profile).get(`${server.origin}/json`);
      expect(server.seen.at(-1)?.headers.cookie).toBeUndefined();
    });

    it('never answers from an HTTP cache', async () => {
      const first = await http(profile).get(`${server.origin}/cacheable`);
      const second = await http(profile).get(`${server.origin}/cacheable`);
      expect(second.data).not.toEqual(first.data);
    });

    it('streams a large body whole', async () => {
      const response = await http(profile).get(`${server.origin}/big`, { responseType: 'stream' });
      expect((await readAll(response.data)).equals(server.big)).toBe(true);
    });

    it('stops a request when its signal aborts, mid-body', async () => {
      const controller = new AbortController();
      const response = await http(profile).get(`${server.origin}/hang`, {
        responseType: 'stream',
        signal: controller.signal,
      });
      const reading = readAll(response.data);
      controller.abort();
      await expect(reading).rejects.toThrow();
      await expect.poll(() => server.closedEarly).toContain('/hang');
    });

    it('reports a refused connection so the user is told which host refused', async () => {
      const closed = await startContractServer();
      await closed.close();
      const error: unknown = await http(profile)
        .get(`${closed.origin}/json`)
        .then(
          () => undefined,
          (reason: unknown) => reason,
        );
      expect(networkProblem(error, closed.origin, 30).problem.message).toMatch(/refused the connection/);
    });
  });
}
