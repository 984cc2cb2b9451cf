import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxContext } from './context';
import { resolveOptions } from './defaults';
import { route } from './router';
import { SandboxStore } from './store';
import type { RunningSandbox, SandboxOptions } from './types';

/** Starts the authorization service and the Mix.api emulator on one loopback origin. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const resolved = resolveOptions(options);
  const now = options.now ?? (() => Date.now());
  const ctx: SandboxContext = { options: resolved, store: new SandboxStore(now), now };
  const server = createServer((req, res) => void route(ctx, req, res));

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
  const url = `http://${host}:${port}`;

  return {
    url,
    authServerUrl: url,
    apiUrl: url,
    options: resolved,
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
