import { validateFaults } from './faults';
import type { ResolvedSandboxOptions, SandboxClient, SandboxOptions, SandboxUser } from './types';

export const DEFAULT_SANDBOX_CLIENT: SandboxClient = {
  clientId: 'mix-explorer-demo',
  clientSecret: 'sandbox-secret',
  redirectUris: ['http://localhost:3000/callback', 'http://127.0.0.1:3000/callback'],
  name: 'Mix Explorer (demo)',
};

export const DEFAULT_SANDBOX_USER: SandboxUser = {
  email: 'demo@mix.example',
  password: 'sandbox',
  name: 'Demo User',
};

export const DEFAULT_CLI_PORT = 4780;

/** Fills in defaults and rejects option values that would make the sandbox misbehave silently. */
export function resolveOptions(options: SandboxOptions): ResolvedSandboxOptions {
  const resolved: ResolvedSandboxOptions = {
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    clients: (options.clients ?? [DEFAULT_SANDBOX_CLIENT]).map((c) => ({
      ...c,
      redirectUris: [...c.redirectUris],
    })),
    users: (options.users ?? [DEFAULT_SANDBOX_USER]).map((u) => ({ ...u })),
    tenant: options.tenant ?? 'mix',
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 900,
    issueRefreshTokens: options.issueRefreshTokens ?? false,
    requirePkce: options.requirePkce ?? false,
  };
  validate(resolved);
  return resolved;
}

const LOOPBACK_HOSTS = /^(127(\.\d{1,3}){3}|::1|localhost)$/;

function validate(options: ResolvedSandboxOptions): void {
  // The sandbox has well-known passwords and secrets: it must never be reachable from another machine.
  if (!LOOPBACK_HOSTS.test(options.host))
    throw new Error(`host must be a loopback address (got ${options.host})`);
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error(`port must be an integer from 0 to 65535 (got ${String(options.port)})`);
  }
  if (!Number.isInteger(options.tokenLifetimeSeconds) || options.tokenLifetimeSeconds <= 0) {
    throw new Error('tokenLifetimeSeconds must be a positive integer');
  }
  const ids = new Set<string>();
  for (const client of options.clients) {
    if (typeof client.clientId !== 'string' || client.clientId === '')
      throw new Error('a client has no clientId');
    if (ids.has(client.clientId)) throw new Error(`client ${client.clientId} is registered twice`);
    ids.add(client.clientId);
    if (typeof client.clientSecret !== 'string' || client.clientSecret === '') {
      throw new Error(`client ${client.clientId} has no clientSecret`);
    }
    if (!Array.isArray(client.redirectUris) || client.redirectUris.length === 0) {
      throw new Error(`client ${client.clientId} has no redirectUris`);
    }
    for (const uri of client.redirectUris) {
      if (!URL.canParse(uri) || new URL(uri).hash !== '') {
        throw new Error(
          `client ${client.clientId}: redirect URI ${uri} is not an absolute URL without a fragment`,
        );
      }
    }
  }
  const emails = new Set<string>();
  for (const user of options.users) {
    if (typeof user.email !== 'string' || !user.email.includes('@'))
      throw new Error('a user has no valid email');
    if (typeof user.password !== 'string' || user.password === '') {
      throw new Error(`user ${user.email} has no password`);
    }
    const key = user.email.toLowerCase();
    if (emails.has(key)) throw new Error(`user ${user.email} is listed twice`);
    emails.add(key);
  }
}

export const MAX_SCALE = 1_000_000;

/** Checks the options used once at start (they are not part of ResolvedSandboxOptions). */
export function validateStartOptions(options: SandboxOptions): void {
  const { scale, faults, tls } = options;
  if (scale !== undefined && !(Number.isInteger(scale) && scale >= 0 && scale <= MAX_SCALE)) {
    throw new Error(`scale must be a whole number from 0 to ${MAX_SCALE} (got ${String(scale)})`);
  }
  if (faults !== undefined) validateFaults(faults);
  if (typeof tls === 'object' && (typeof tls.key !== 'string' || typeof tls.cert !== 'string')) {
    throw new Error('tls must be true or {key, cert} with PEM strings');
  }
}
