// Helpers for the sandbox's own tests: a tiny cookie jar and the browser steps of the code flow, done with fetch.
import { createHash, randomBytes } from 'node:crypto';
import { afterEach, expect } from 'vitest';
import { DEFAULT_SANDBOX_CLIENT, DEFAULT_SANDBOX_USER } from '../../../../main/emulator/defaults';
import { startSandbox } from '../../../../main/emulator/server';
import type { RunningSandbox, SandboxOptions } from '../../../../main/emulator/types';

export const REDIRECT_URI = 'http://localhost:3000/callback';

/**
 * For a test file's top level: starts sandboxes on free ports, each closed after the test that started it
 * (passed or failed).
 */
export function sandboxesPerTest(): (options?: SandboxOptions) => Promise<RunningSandbox> {
  const sandboxes: RunningSandbox[] = [];
  afterEach(async () => {
    await Promise.all(sandboxes.splice(0).map((sandbox) => sandbox.close()));
  });
  return async (options = {}) => {
    const sandbox = await startSandbox({ port: 0, ...options });
    sandboxes.push(sandbox);
    return sandbox;
  };
}

/** Remembers cookies by name, the way a browser would for one host. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  }

  header(): Record<string, string> {
    if (this.cookies.size === 0) return {};
    return { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') };
  }
}

export async function browserGet(url: string, jar: CookieJar): Promise<Response> {
  const response = await fetch(url, { redirect: 'manual', headers: jar.header() });
  jar.take(response);
  return response;
}

export async function browserPost(
  url: string,
  fields: Record<string, string>,
  jar: CookieJar,
): Promise<Response> {
  const response = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...jar.header() },
    body: new URLSearchParams(fields),
  });
  jar.take(response);
  return response;
}

export function authorizeUrl(sandbox: RunningSandbox, params: Record<string, string | null> = {}): string {
  const url = new URL('/oauth2/auth', sandbox.authServerUrl);
  const all: Record<string, string | null> = {
    response_type: 'code',
    client_id: DEFAULT_SANDBOX_CLIENT.clientId,
    redirect_uri: REDIRECT_URI,
    scope: 'mix-api',
    tenant: 'mix',
    state: 'state-123',
    ...params,
  };
  for (const [name, value] of Object.entries(all)) if (value !== null) url.searchParams.set(name, value);
  return url.toString();
}

/** The opaque pending-request id in a login or consent page. */
export function requestIdIn(html: string): string {
  const match = /name="request" value="([^"]+)"/.exec(html);
  expect(match, 'page has a hidden request field').not.toBeNull();
  return match?.[1] ?? '';
}

/** The query of a 302 to the redirect URL (after checking it goes there). */
export function callbackParams(response: Response, redirectUri = REDIRECT_URI): URLSearchParams {
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('location') ?? '');
  expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
  return location.searchParams;
}

export async function login(
  sandbox: RunningSandbox,
  page: Response,
  jar: CookieJar,
  user = DEFAULT_SANDBOX_USER,
): Promise<Response> {
  expect(page.status).toBe(200);
  const request = requestIdIn(await page.text());
  return browserPost(
    `${sandbox.url}/oauth2/login`,
    { request, email: user.email, password: user.password },
    jar,
  );
}

export async function decide(
  sandbox: RunningSandbox,
  consentPage: Response,
  jar: CookieJar,
  decision: 'allow' | 'deny',
): Promise<Response> {
  expect(consentPage.status).toBe(200);
  const html = await consentPage.text();
  expect(html).toContain('>Allow</button>');
  return browserPost(`${sandbox.url}/oauth2/consent`, { request: requestIdIn(html), decision }, jar);
}

/** Authorize, then sign in and allow when asked (a jar with a session and consent skips both): returns the code. */
export async function obtainCode(
  sandbox: RunningSandbox,
  params: Record<string, string | null> = {},
  jar = new CookieJar(),
): Promise<string> {
  let response = await browserGet(authorizeUrl(sandbox, params), jar);
  if (response.status === 200 && (await response.clone().text()).includes('>Sign in</button>')) {
    response = await login(sandbox, response, jar);
  }
  if (response.status === 200) response = await decide(sandbox, response, jar, 'allow');
  const code = callbackParams(response).get('code');
  expect(code).toBeTruthy();
  return code ?? '';
}

/** HTTP Basic as RFC 6749 §2.3.1 wants it: each part form-urlencoded before base64. */
export function basicAuth(clientId: string, secret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(secret)}`, 'utf8').toString('base64')}`;
}

export function tokenRequest(
  sandbox: RunningSandbox,
  fields: Record<string, string>,
  authorization: string | null = basicAuth(
    DEFAULT_SANDBOX_CLIENT.clientId,
    DEFAULT_SANDBOX_CLIENT.clientSecret,
  ),
  contentType = 'application/x-www-form-urlencoded',
): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (authorization !== null) headers.authorization = authorization;
  return fetch(`${sandbox.url}/oauth2/token`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(fields).toString(),
  });
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function mixGet(sandbox: RunningSandbox, path: string, token?: string): Promise<Response> {
  return fetch(`${sandbox.apiUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

/** A fake clock for expiry tests. */
export function manualClock(start = Date.UTC(2026, 0, 1)): {
  now: () => number;
  advance: (ms: number) => void;
} {
  let current = start;
  return { now: () => current, advance: (ms) => (current += ms) };
}

/** Signs `user` in through the whole code flow (login page, consent) and returns an access token. */
export async function userAccessToken(sandbox: RunningSandbox, user = DEFAULT_SANDBOX_USER): Promise<string> {
  const jar = new CookieJar();
  let response = await browserGet(authorizeUrl(sandbox), jar);
  response = await login(sandbox, response, jar, user);
  if (response.status === 200) response = await decide(sandbox, response, jar, 'allow');
  const code = callbackParams(response).get('code') ?? '';
  const tokens = await tokenRequest(sandbox, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
  });
  expect(tokens.status).toBe(200);
  return ((await tokens.json()) as { access_token: string }).access_token;
}

/** A client-credentials (service account) token: it sees the standard organizations only. */
export async function serviceAccessToken(sandbox: RunningSandbox): Promise<string> {
  const tokens = await tokenRequest(sandbox, { grant_type: 'client_credentials', scope: 'mix-api' });
  expect(tokens.status).toBe(200);
  return ((await tokens.json()) as { access_token: string }).access_token;
}
