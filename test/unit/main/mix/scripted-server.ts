import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ScriptedRequest {
  method: string;
  /** The path exactly as sent (still percent-encoded). */
  rawPath: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  headers: IncomingMessage['headers'];
}

export type Handler = (request: ScriptedRequest, response: ServerResponse) => void | Promise<void>;

/**
 * A real HTTP server on 127.0.0.1 whose handler may hold answers, stream them or never answer.
 * It counts requests in progress and connections the client closed before the answer ended.
 */
export async function startScriptedServer(handler: Handler) {
  const seen: ScriptedRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const closeWaiters: (() => void)[] = [];
  const stats = { active: 0, maxActive: 0, closedEarly: 0 };

  const server = createServer((req, res) => {
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const request: ScriptedRequest = {
      method: req.method ?? '',
      rawPath,
      path: url.pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      headers: req.headers,
    };
    seen.push(request);
    stats.active += 1;
    stats.maxActive = Math.max(stats.maxActive, stats.active);
    res.on('close', () => {
      stats.active -= 1;
      if (!res.writableFinished) {
        stats.closedEarly += 1;
        closeWaiters.splice(0).forEach((resolve) => resolve());
      }
    });
    for (const waiter of waiters.filter((candidate) => seen.length >= candidate.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    void Promise.resolve(handler(request, res)).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    seen,
    stats,
    /** Resolves once the server has received `count` requests in all. */
    requests(count: number): Promise<void> {
      if (seen.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    /** Resolves when the client next closes a connection before its answer ended. */
    nextEarlyClose(): Promise<void> {
      return new Promise((resolve) => closeWaiters.push(resolve));
    },
    close(): Promise<void> {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type ScriptedServer = Awaited<ReturnType<typeof startScriptedServer>>;

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A promise plus its resolver: lets a test hold the server's answers until it says so. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
