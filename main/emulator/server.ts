import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { SandboxContext } from './context';
import { resolveOptions, validateStartOptions } from './defaults';
import { FaultInjector } from './faults';
import { route } from './router';
import { selfSignedCertificate } from './self-signed';
import { buildWorld } from './seed/world';
import { SandboxStore } from './store';
import type { RunningSandbox, SandboxOptions } from './types';

/** Far enough ahead that every seeded job has finished. */
const FINISH_ALL_JOBS_MS = 365 * 24 * 60 * 60_000;

/** Starts the authorization service and the Mix.api emulator on one loopback origin. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const resolved = resolveOptions(options);
  validateStartOptions(options);
  const now = options.now ?? (() => Date.now());
  let jobOffsetMs = 0;
  const ctx: SandboxContext = {
    options: resolved,
    store: new SandboxStore(now),
    now,
    world: buildWorld({ users: resolved.users, startedAt: now(), scale: options.scale ?? 0 }),
    jobNow: () => now() + jobOffsetMs,
    faults: new FaultInjector({ ...options.faults }),
  };
  const handler = (req: IncomingMessage, res: ServerResponse) => void route(ctx, req, res);
  const tls = options.tls === true ? selfSignedCertificate(now()) : options.tls || undefined;
  const server = tls ? createHttpsServer({ key: tls.key, cert: tls.cert }, handler) : createServer(handler);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  resolved.port = port;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  const url = `${tls ? 'https' : 'http'}://${host}:${port}`;

  return {
    url,
    authServerUrl: url,
    apiUrl: url,
    options: resolved,
    ...(tls ? { certificate: tls.cert } : {}),
    advanceJobs: (ms = FINISH_ALL_JOBS_MS) => {
      jobOffsetMs += ms;
    },
    expireAllTokens: () => ctx.store.expireAllAccessTokens(),
    endSsoSessions: () => ctx.store.endAllSessions(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections (Node's fetch keeps them) would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
