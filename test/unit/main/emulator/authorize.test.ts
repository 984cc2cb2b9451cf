import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../../main/emulator/server';
import {
  authorizeUrl,
  browserGet,
  callbackParams,
  CookieJar,
  decide,
  login,
  obtainCode,
  REDIRECT_URI,
} from './sandbox-test-kit';
import type { RunningSandbox } from '../../../../main/emulator/types';

let sandbox: RunningSandbox;
let strict: RunningSandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  strict = await startSandbox({ port: 0, requirePkce: true });
});
afterAll(async () => {
  await sandbox.close();
  await strict.close();
});

async function expectErrorPage(url: string, text: string): Promise<string> {
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status).toBe(400);
  expect(response.headers.get('location')).toBeNull();
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const html = await response.text();
  expect(html).toContain('Mix sandbox');
  expect(html).toContain(text);
  return html;
}

describe('GET /oauth2/auth: errors shown on a page, never redirected', () => {
  it('rejects an unknown client', async () => {
    await expectErrorPage(authorizeUrl(sandbox, { client_id: 'someone-else' }), 'Unknown client');
  });

  it('rejects a missing client_id or redirect_uri', async () => {
    await expectErrorPage(authorizeUrl(sandbox, { client_id: null }), 'client_id');
    await expectErrorPage(authorizeUrl(sandbox, { redirect_uri: null }), 'redirect_uri');
  });

  it.each([
    ['trailing slash', 'http://localhost:3000/callback/'],
    ['other port', 'http://localhost:3001/callback'],
    ['https instead of http', 'https://localhost:3000/callback'],
    ['upper-case path', 'http://localhost:3000/Callback'],
    ['extra query', 'http://localhost:3000/callback?x=1'],
    ['lookalike host', 'http://localhost:3000.evil.example/callback'],
    ['callback.evil', 'http://localhost:3000/callback.evil'],
  ])('rejects a lookalike redirect URL (%s)', async (_label, uri) => {
    await expectErrorPage(authorizeUrl(sandbox, { redirect_uri: uri }), 'not registered');
  });

  it('treats localhost and 127.0.0.1 as different URLs unless both are registered', async () => {
    const only = await startSandbox({
      clients: [{ clientId: 'c', clientSecret: 's', redirectUris: ['http://127.0.0.1:3000/callback'] }],
    });
    try {
      await expectErrorPage(authorizeUrl(only, { client_id: 'c' }), 'not registered');
      const ok = await fetch(
        authorizeUrl(only, { client_id: 'c', redirect_uri: 'http://127.0.0.1:3000/callback' }),
      );
      expect(ok.status).toBe(200);
    } finally {
      await only.close();
    }
  });

  it('escapes reflected values and sends a script-free CSP', async () => {
    const html = await expectErrorPage(
      authorizeUrl(sandbox, { redirect_uri: 'http://localhost:3000/"><script>alert(1)</script>' }),
      'not registered',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    const response = await fetch(authorizeUrl(sandbox, { client_id: '<b>x</b>' }));
    expect(await response.text()).toContain('&lt;b&gt;x&lt;/b&gt;');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toMatch(/script-src/);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('GET /oauth2/auth: errors redirected to the registered URL', () => {
  async function expectRedirectError(params: Record<string, string | null>, error: string, target = sandbox) {
    const response = await fetch(authorizeUrl(target, params), { redirect: 'manual' });
    const query = callbackParams(response);
    expect(query.get('error')).toBe(error);
    expect(query.get('error_description')).toBeTruthy();
    expect(query.get('code')).toBeNull();
    return query;
  }

  it('answers a wrong response_type with unsupported_response_type and keeps state', async () => {
    const query = await expectRedirectError(
      { response_type: 'token', state: 'keep me' },
      'unsupported_response_type',
    );
    expect(query.get('state')).toBe('keep me');
  });

  it('omits state when the request had none', async () => {
    const query = await expectRedirectError(
      { response_type: 'token', state: null },
      'unsupported_response_type',
    );
    expect(query.has('state')).toBe(false);
  });

  it('answers a missing response_type with invalid_request', async () => {
    await expectRedirectError({ response_type: null }, 'invalid_request');
  });

  it.each([['openid'], ['mix-api openid'], ['']])('answers scope "%s" with invalid_scope', async (scope) => {
    await expectRedirectError({ scope }, 'invalid_scope');
  });

  it('answers a wrong or missing tenant with invalid_request naming the tenant', async () => {
    const query = await expectRedirectError({ tenant: 'other' }, 'invalid_request');
    expect(query.get('error_description')).toContain('tenant');
    await expectRedirectError({ tenant: null }, 'invalid_request');
  });

  it('requires PKCE when configured, and rejects unknown methods or malformed challenges', async () => {
    const query = await expectRedirectError({}, 'invalid_request', strict);
    expect(query.get('error_description')).toContain('code_challenge');
    const challenge = 'a'.repeat(43);
    await expectRedirectError(
      { code_challenge: challenge, code_challenge_method: 'S512' },
      'invalid_request',
    );
    await expectRedirectError({ code_challenge: 'short', code_challenge_method: 'S256' }, 'invalid_request');
    await expectRedirectError({ code_challenge_method: 'S256' }, 'invalid_request');
    const ok = await fetch(
      authorizeUrl(strict, { code_challenge: challenge, code_challenge_method: 'S256' }),
    );
    expect(ok.status).toBe(200);
  });

  it('rejects a repeated parameter', async () => {
    const url = new URL(authorizeUrl(sandbox));
    url.searchParams.append('scope', 'mix-api');
    const query = callbackParams(await fetch(url, { redirect: 'manual' }));
    expect(query.get('error')).toBe('invalid_request');
  });
});

describe('GET /oauth2/auth: the login page', () => {
  it('shows a login form that carries only an opaque request id', async () => {
    const response = await fetch(authorizeUrl(sandbox, { state: 'secret-state-value' }));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<form method="post"/);
    expect(html).toMatch(/<label>Email <input name="email" type="email"/);
    expect(html).toMatch(/<label>Password <input name="password" type="password"/);
    expect(html).toContain('<button type="submit">Sign in</button>');
    expect(html).not.toContain('secret-state-value');
    expect(html).not.toContain(encodeURIComponent(REDIRECT_URI));
    // Chromium applies form-action to the redirect after the post, so the client's origin is allowed too.
    expect(response.headers.get('content-security-policy')).toContain(
      "form-action 'self' http://localhost:3000",
    );
  });
});

describe('prompt=none (silent renewal)', () => {
  it('answers login_required without a session', async () => {
    const query = callbackParams(
      await fetch(authorizeUrl(sandbox, { prompt: 'none' }), { redirect: 'manual' }),
    );
    expect(query.get('error')).toBe('login_required');
    expect(query.get('state')).toBe('state-123');
  });

  it('answers consent_required with a session but no consent, and a code once consent exists', async () => {
    const other = await startSandbox({ port: 0 });
    try {
      const jar = new CookieJar();
      // Sign in but deny: the session lives, consent does not.
      const consentPage = await login(other, await browserGet(authorizeUrl(other), jar), jar);
      await decide(other, consentPage, jar, 'deny');
      const denied = callbackParams(await browserGet(authorizeUrl(other, { prompt: 'none' }), jar));
      expect(denied.get('error')).toBe('consent_required');

      await obtainCode(other, {}, jar);
      const silent = callbackParams(
        await browserGet(authorizeUrl(other, { prompt: 'none', state: 's2' }), jar),
      );
      expect(silent.get('code')).toBeTruthy();
      expect(silent.get('state')).toBe('s2');

      other.endSsoSessions();
      const ended = callbackParams(await browserGet(authorizeUrl(other, { prompt: 'none' }), jar));
      expect(ended.get('error')).toBe('login_required');
    } finally {
      await other.close();
    }
  });
});
