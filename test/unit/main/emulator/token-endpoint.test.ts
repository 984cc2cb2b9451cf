import { describe, expect, it } from 'vitest';
import { DEFAULT_SANDBOX_CLIENT } from '../../../../main/emulator/defaults';
import {
  authorizeUrl,
  basicAuth,
  browserGet,
  callbackParams,
  CookieJar,
  manualClock,
  mixGet,
  obtainCode,
  pkcePair,
  REDIRECT_URI,
  tokenRequest,
  sandboxesPerTest,
} from './sandbox-test-kit';

const start = sandboxesPerTest();

const codeGrant = (code: string, extra: Record<string, string> = {}) => ({
  grant_type: 'authorization_code',
  code,
  redirect_uri: REDIRECT_URI,
  ...extra,
});

async function expectOAuthError(response: Response, status: number, error: string): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('cache-control')).toBe('no-store');
  const body = (await response.json()) as { error: string; error_description: string };
  expect(body.error).toBe(error);
  expect(typeof body.error_description).toBe('string');
}

describe('client authentication', () => {
  const oddClient = {
    clientId: 'appID:DEMO-APP:geo:qa:clientName:Scrïpt User%1',
    clientSecret: 'sécret:with+plus and space%',
    redirectUris: [REDIRECT_URI],
  };

  it('decodes Basic credentials whose id holds ":" and "%" and non-ASCII characters', async () => {
    const sandbox = await start({ clients: [oddClient] });
    const ok = await tokenRequest(
      sandbox,
      { grant_type: 'client_credentials', scope: 'mix-api' },
      basicAuth(oddClient.clientId, oddClient.clientSecret),
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const body = (await ok.json()) as Record<string, unknown>;
    expect(body).toEqual({
      access_token: expect.stringMatching(/^[A-Za-z0-9_-]{40,}$/),
      expires_in: 900,
      scope: 'mix-api',
      token_type: 'bearer',
    });
  });

  it('rejects the same id sent without URL-encoding (its ":" splits it)', async () => {
    const sandbox = await start({ clients: [oddClient] });
    const raw = `Basic ${Buffer.from(`${oddClient.clientId}:${oddClient.clientSecret}`).toString('base64')}`;
    const response = await tokenRequest(sandbox, { grant_type: 'client_credentials' }, raw);
    await expectOAuthError(response, 401, 'invalid_client');
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  it('accepts client_id and client_secret in the body', async () => {
    const sandbox = await start({ clients: [oddClient] });
    const response = await tokenRequest(
      sandbox,
      {
        grant_type: 'client_credentials',
        client_id: oddClient.clientId,
        client_secret: oddClient.clientSecret,
      },
      null,
    );
    expect(response.status).toBe(200);
  });

  it('rejects Basic and a body secret together with invalid_request', async () => {
    const sandbox = await start();
    const response = await tokenRequest(sandbox, {
      grant_type: 'client_credentials',
      client_id: DEFAULT_SANDBOX_CLIENT.clientId,
      client_secret: DEFAULT_SANDBOX_CLIENT.clientSecret,
    });
    await expectOAuthError(response, 400, 'invalid_request');
  });

  it('answers a wrong secret with 401 invalid_client, with WWW-Authenticate only for Basic', async () => {
    const sandbox = await start();
    const basic = await tokenRequest(
      sandbox,
      { grant_type: 'client_credentials' },
      basicAuth(DEFAULT_SANDBOX_CLIENT.clientId, 'nope'),
    );
    await expectOAuthError(basic, 401, 'invalid_client');
    expect(basic.headers.get('www-authenticate')).toMatch(/^Basic/);
    const body = await tokenRequest(
      sandbox,
      { grant_type: 'client_credentials', client_id: DEFAULT_SANDBOX_CLIENT.clientId, client_secret: 'nope' },
      null,
    );
    await expectOAuthError(body, 401, 'invalid_client');
    expect(body.headers.get('www-authenticate')).toBeNull();
  });

  it('answers an unknown client, no credentials, or a malformed Basic value with invalid_client', async () => {
    const sandbox = await start();
    await expectOAuthError(
      await tokenRequest(sandbox, { grant_type: 'client_credentials' }, basicAuth('ghost', 'x')),
      401,
      'invalid_client',
    );
    await expectOAuthError(
      await tokenRequest(sandbox, { grant_type: 'client_credentials' }, null),
      401,
      'invalid_client',
    );
    await expectOAuthError(
      await tokenRequest(sandbox, { grant_type: 'client_credentials' }, 'Basic not-base64!'),
      401,
      'invalid_client',
    );
  });
});

describe('request format', () => {
  it('rejects a body that is not form-encoded', async () => {
    const sandbox = await start();
    const response = await tokenRequest(
      sandbox,
      { grant_type: 'client_credentials' },
      undefined,
      'application/json',
    );
    await expectOAuthError(response, 400, 'invalid_request');
  });

  it('accepts a charset parameter on the form content type', async () => {
    const sandbox = await start();
    const response = await tokenRequest(
      sandbox,
      { grant_type: 'client_credentials' },
      undefined,
      'application/x-www-form-urlencoded;charset=UTF-8',
    );
    expect(response.status).toBe(200);
  });

  it('answers an unknown or missing grant type', async () => {
    const sandbox = await start();
    await expectOAuthError(
      await tokenRequest(sandbox, { grant_type: 'password' }),
      400,
      'unsupported_grant_type',
    );
    await expectOAuthError(await tokenRequest(sandbox, {}), 400, 'invalid_request');
  });

  it('allows only POST', async () => {
    const sandbox = await start();
    const response = await fetch(`${sandbox.url}/oauth2/token`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('authorization_code grant', () => {
  it('exchanges a code once; a replay fails and withdraws the token it bought', async () => {
    const sandbox = await start();
    const code = await obtainCode(sandbox);
    const first = await tokenRequest(sandbox, codeGrant(code));
    expect(first.status).toBe(200);
    const token = (await first.json()) as { access_token: string; refresh_token?: string };
    expect(token.refresh_token).toBeUndefined();
    expect((await mixGet(sandbox, '/v4/version', token.access_token)).status).toBe(200);

    await expectOAuthError(await tokenRequest(sandbox, codeGrant(code)), 400, 'invalid_grant');
    expect((await mixGet(sandbox, '/v4/version', token.access_token)).status).toBe(401);
  });

  it('rejects a code after its 60 s life (injected clock)', async () => {
    const clock = manualClock();
    const sandbox = await start({ now: clock.now });
    const fresh = await obtainCode(sandbox);
    clock.advance(59_000);
    expect((await tokenRequest(sandbox, codeGrant(fresh))).status).toBe(200);
    const stale = await obtainCode(sandbox);
    clock.advance(60_000);
    await expectOAuthError(await tokenRequest(sandbox, codeGrant(stale)), 400, 'invalid_grant');
  });

  it('binds the code to its redirect_uri and its client', async () => {
    const sandbox = await start({
      clients: [
        DEFAULT_SANDBOX_CLIENT,
        { clientId: 'other', clientSecret: 'o', redirectUris: [REDIRECT_URI] },
      ],
    });
    const code = await obtainCode(sandbox);
    await expectOAuthError(
      await tokenRequest(sandbox, codeGrant(code), basicAuth('other', 'o')),
      400,
      'invalid_grant',
    );
    // The other client's attempt did not burn the code for its owner.
    expect((await tokenRequest(sandbox, codeGrant(code))).status).toBe(200);

    const mismatched = await obtainCode(sandbox);
    await expectOAuthError(
      await tokenRequest(sandbox, codeGrant(mismatched, { redirect_uri: 'http://127.0.0.1:3000/callback' })),
      400,
      'invalid_grant',
    );
    const missing = await obtainCode(sandbox);
    await expectOAuthError(
      await tokenRequest(sandbox, { grant_type: 'authorization_code', code: missing }),
      400,
      'invalid_request',
    );
  });

  it('verifies an S256 PKCE verifier', async () => {
    const sandbox = await start({ requirePkce: true });
    const { verifier, challenge } = pkcePair();
    const params = { code_challenge: challenge, code_challenge_method: 'S256' };
    const jar = new CookieJar();
    const code = await obtainCode(sandbox, params, jar);
    expect((await tokenRequest(sandbox, codeGrant(code, { code_verifier: verifier }))).status).toBe(200);

    const wrong = await obtainCode(sandbox, params, jar);
    await expectOAuthError(
      await tokenRequest(sandbox, codeGrant(wrong, { code_verifier: pkcePair().verifier })),
      400,
      'invalid_grant',
    );
    const missing = await obtainCode(sandbox, params, jar);
    await expectOAuthError(await tokenRequest(sandbox, codeGrant(missing)), 400, 'invalid_grant');
  });

  it('verifies a plain PKCE verifier, and the method defaults to plain', async () => {
    const sandbox = await start();
    const verifier = pkcePair().verifier;
    const jar = new CookieJar();
    const code = await obtainCode(sandbox, { code_challenge: verifier }, jar);
    expect((await tokenRequest(sandbox, codeGrant(code, { code_verifier: verifier }))).status).toBe(200);
    const explicitPlain = await obtainCode(
      sandbox,
      { code_challenge: verifier, code_challenge_method: 'plain' },
      jar,
    );
    await expectOAuthError(
      await tokenRequest(sandbox, codeGrant(explicitPlain, { code_verifier: pkcePair().verifier })),
      400,
      'invalid_grant',
    );
  });

  it('rejects a verifier for a code issued without a challenge', async () => {
    const sandbox = await start();
    const code = await obtainCode(sandbox);
    await expectOAuthError(
      await tokenRequest(sandbox, codeGrant(code, { code_verifier: pkcePair().verifier })),
      400,
      'invalid_grant',
    );
  });

  it('codes from a silent (remembered-consent) authorize work too', async () => {
    const sandbox = await start();
    const jar = new CookieJar();
    await obtainCode(sandbox, {}, jar);
    const silent = callbackParams(await browserGet(authorizeUrl(sandbox, { prompt: 'none' }), jar)).get(
      'code',
    );
    expect((await tokenRequest(sandbox, codeGrant(silent ?? ''))).status).toBe(200);
  });
});

describe('refresh_token grant', () => {
  it('is refused when refresh tokens are off (the default, like Mix)', async () => {
    const sandbox = await start();
    await expectOAuthError(
      await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: 'anything' }),
      400,
      'unsupported_grant_type',
    );
  });

  it('issues and rotates refresh tokens when enabled; they outlive expireAllTokens', async () => {
    const sandbox = await start({ issueRefreshTokens: true, tokenLifetimeSeconds: 60 });
    const first = (await (await tokenRequest(sandbox, codeGrant(await obtainCode(sandbox)))).json()) as {
      access_token: string;
      refresh_token: string;
      expires_in: number;
    };
    expect(first.refresh_token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(first.expires_in).toBe(60);
    sandbox.expireAllTokens();
    expect((await mixGet(sandbox, '/v4/version', first.access_token)).status).toBe(401);

    const renewed = await tokenRequest(sandbox, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    });
    expect(renewed.status).toBe(200);
    const second = (await renewed.json()) as { access_token: string; refresh_token: string };
    expect(second.refresh_token).not.toBe(first.refresh_token);
    const orgs = await mixGet(sandbox, '/v4/organizations?type=PERSONAL', second.access_token);
    expect(((await orgs.json()) as { organizations: { displayName: string }[] }).organizations).toEqual([
      { id: '14', displayName: 'demo@mix.example' },
    ]);

    await expectOAuthError(
      await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token: first.refresh_token }),
      400,
      'invalid_grant',
    );
  });

  it('does not let another client use a refresh token', async () => {
    const sandbox = await start({
      issueRefreshTokens: true,
      clients: [
        DEFAULT_SANDBOX_CLIENT,
        { clientId: 'other', clientSecret: 'o', redirectUris: [REDIRECT_URI] },
      ],
    });
    const { refresh_token } = (await (
      await tokenRequest(sandbox, codeGrant(await obtainCode(sandbox)))
    ).json()) as {
      refresh_token: string;
    };
    await expectOAuthError(
      await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token }, basicAuth('other', 'o')),
      400,
      'invalid_grant',
    );
    expect((await tokenRequest(sandbox, { grant_type: 'refresh_token', refresh_token })).status).toBe(200);
  });
});

describe('client_credentials grant', () => {
  it('issues a mix-api token without a refresh token, and rejects other scopes', async () => {
    const sandbox = await start({ issueRefreshTokens: true });
    const response = await tokenRequest(sandbox, { grant_type: 'client_credentials', scope: 'mix-api' });
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.scope).toBe('mix-api');
    expect(body.token_type).toBe('bearer');
    expect(body.refresh_token).toBeUndefined();
    await expectOAuthError(
      await tokenRequest(sandbox, { grant_type: 'client_credentials', scope: 'asr nlu' }),
      400,
      'invalid_scope',
    );
  });
});
