import { parseArgs } from 'node:util';
import { isRecord } from '../../common/tolerant-reader';
import { DEFAULT_CLI_PORT, MAX_SCALE } from './defaults';
import { validateFaults, type SandboxFaults } from './faults';
import type { SandboxClient, SandboxOptions, SandboxUser } from './types';

/** A mistake in the command line or the config file: the CLI prints it and exits with code 2. */
export class CliUsageError extends Error {}

export const USAGE = `Usage: npm run sandbox -- [options]
  --port P              port to listen on (default ${DEFAULT_CLI_PORT}; 0 = any free port)
  --config FILE         JSON file with sandbox options: clients, users, tenant,
                        tokenLifetimeSeconds, issueRefreshTokens, requirePkce, port,
                        scale, faults ({errorRate, rateLimitEvery, ...}), tls
  --token-lifetime S    access-token lifetime in seconds (default 900)
  --refresh-tokens      also issue refresh tokens (Mix does not)
  --require-pkce        reject authorization requests without a PKCE code_challenge
  --scale N             add "Scale Org" (id 500) with N projects, and project 200000 with N intents
  --latency MS          delay every /v4 answer by MS milliseconds
  --faults LIST         deterministic /v4 failures, comma-separated key=value:
                          error-rate=0.1        share of 503/500 answers (alternating)
                          rate-limit-every=5    every 5th request gets 429 with Retry-After: 1
                          drop-every=N          every Nth request has its connection dropped
                          truncate-every=N      every Nth JSON answer is cut in half
                          slow-download=BYTES   send downloads at BYTES per second
                          latency=MS            same as --latency
  --tls                 serve HTTPS with a self-signed certificate made at start (printed, to trust it)
  --help                show this help`;

export type CliCommand = { kind: 'help' } | { kind: 'run'; options: SandboxOptions };

/** Parses argv (without node and script); `readFile` is injected so tests need no files. */
export function parseCliArgs(argv: readonly string[], readFile: (path: string) => string): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        config: { type: 'string' },
        'token-lifetime': { type: 'string' },
        'refresh-tokens': { type: 'boolean' },
        'require-pkce': { type: 'boolean' },
        scale: { type: 'string' },
        latency: { type: 'string' },
        faults: { type: 'string' },
        tls: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const flags = parsed.values;
  if (flags.help) return { kind: 'help' };

  const options: SandboxOptions = flags.config === undefined ? {} : readConfig(flags.config, readFile);
  if (flags.port !== undefined) options.port = integerFlag('--port', flags.port, 0, 65535);
  options.port ??= DEFAULT_CLI_PORT;
  if (flags['token-lifetime'] !== undefined) {
    options.tokenLifetimeSeconds = integerFlag('--token-lifetime', flags['token-lifetime'], 1, 86_400 * 365);
  }
  if (flags['refresh-tokens']) options.issueRefreshTokens = true;
  if (flags['require-pkce']) options.requirePkce = true;
  if (flags.scale !== undefined) options.scale = integerFlag('--scale', flags.scale, 0, MAX_SCALE);
  if (flags.faults !== undefined) options.faults = { ...options.faults, ...parseFaults(flags.faults) };
  if (flags.latency !== undefined) {
    options.faults = { ...options.faults, latencyMs: integerFlag('--latency', flags.latency, 0, 600_000) };
  }
  if (flags.tls) options.tls = true;
  return { kind: 'run', options };
}

const FAULT_KEYS: Record<string, keyof SandboxFaults> = {
  'error-rate': 'errorRate',
  'rate-limit-every': 'rateLimitEvery',
  'drop-every': 'dropEvery',
  'truncate-every': 'truncateEvery',
  'slow-download': 'slowDownloadBytesPerSecond',
  latency: 'latencyMs',
};

/** `error-rate=0.1,rate-limit-every=5` → SandboxFaults, checked by the same rules startSandbox uses. */
export function parseFaults(spec: string): SandboxFaults {
  const faults: SandboxFaults = {};
  for (const part of spec.split(',')) {
    if (part.trim() === '') continue;
    const [rawKey = '', value = '', ...extra] = part.split('=');
    const key = FAULT_KEYS[rawKey.trim()];
    if (key === undefined || extra.length > 0 || !/^\d+(\.\d+)?$/.test(value.trim())) {
      throw new CliUsageError(
        `--faults: "${part}" is not one of ${Object.keys(FAULT_KEYS).join(', ')} followed by =<number>`,
      );
    }
    faults[key] = Number(value);
  }
  try {
    validateFaults(faults);
  } catch (error) {
    throw new CliUsageError(`--faults: ${error instanceof Error ? error.message : String(error)}`);
  }
  return faults;
}

function integerFlag(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new CliUsageError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

const CONFIG_KEYS = [
  'port',
  'clients',
  'users',
  'tenant',
  'tokenLifetimeSeconds',
  'issueRefreshTokens',
  'requirePkce',
  'scale',
  'faults',
  'tls',
];

function readConfig(path: string, readFile: (path: string) => string): SandboxOptions {
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    throw new CliUsageError(
      `cannot read --config ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliUsageError(
      `--config ${path} is not valid JSON: ${error instanceof Error ? error.message : ''}`,
    );
  }
  if (!isRecord(json)) throw new CliUsageError(`--config ${path} must hold a JSON object`);
  const unknown = Object.keys(json).filter((key) => !CONFIG_KEYS.includes(key));
  if (unknown.length > 0) {
    throw new CliUsageError(
      `--config ${path}: unknown key(s) ${unknown.join(', ')}; allowed: ${CONFIG_KEYS.join(', ')}`,
    );
  }
  const bad = (key: string, expected: string) =>
    new CliUsageError(`--config ${path}: "${key}" must be ${expected}`);
  const options: SandboxOptions = {};
  if (json.port !== undefined) {
    if (!Number.isInteger(json.port)) throw bad('port', 'an integer');
    options.port = json.port as number;
  }
  if (json.tenant !== undefined) {
    if (typeof json.tenant !== 'string') throw bad('tenant', 'a string');
    options.tenant = json.tenant;
  }
  if (json.tokenLifetimeSeconds !== undefined) {
    if (!Number.isInteger(json.tokenLifetimeSeconds)) throw bad('tokenLifetimeSeconds', 'an integer');
    options.tokenLifetimeSeconds = json.tokenLifetimeSeconds as number;
  }
  for (const key of ['issueRefreshTokens', 'requirePkce'] as const) {
    if (json[key] !== undefined) {
      if (typeof json[key] !== 'boolean') throw bad(key, 'true or false');
      options[key] = json[key];
    }
  }
  if (json.scale !== undefined) {
    if (!Number.isInteger(json.scale)) throw bad('scale', 'an integer');
    options.scale = json.scale as number;
  }
  if (json.tls !== undefined) {
    if (typeof json.tls !== 'boolean') throw bad('tls', 'true or false');
    options.tls = json.tls;
  }
  if (json.faults !== undefined) {
    const faults = json.faults;
    if (!isRecord(faults) || !Object.values(faults).every((v) => typeof v === 'number')) {
      throw bad('faults', 'an object of numbers, e.g. {"errorRate": 0.1, "rateLimitEvery": 5}');
    }
    try {
      validateFaults(faults);
    } catch (error) {
      throw bad('faults', `valid (${error instanceof Error ? error.message : String(error)})`);
    }
    options.faults = faults;
  }
  if (json.clients !== undefined) {
    if (!Array.isArray(json.clients) || !json.clients.every(isClient)) {
      throw bad('clients', 'a list of {clientId, clientSecret, redirectUris: [..], name?}');
    }
    options.clients = json.clients;
  }
  if (json.users !== undefined) {
    if (!Array.isArray(json.users) || !json.users.every(isUser))
      throw bad('users', 'a list of {email, password, name?, professionalServices?}');
    options.users = json.users;
  }
  return options;
}

function isClient(value: unknown): value is SandboxClient {
  return (
    isRecord(value) &&
    typeof value.clientId === 'string' &&
    typeof value.clientSecret === 'string' &&
    Array.isArray(value.redirectUris) &&
    value.redirectUris.every((uri) => typeof uri === 'string') &&
    (value.name === undefined || typeof value.name === 'string')
  );
}

function isUser(value: unknown): value is SandboxUser {
  return (
    isRecord(value) &&
    typeof value.email === 'string' &&
    typeof value.password === 'string' &&
    (value.name === undefined || typeof value.name === 'string') &&
    (value.professionalServices === undefined || typeof value.professionalServices === 'boolean')
  );
}
