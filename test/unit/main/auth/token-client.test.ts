import axios, { AxiosError } from 'axios';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { networkProblem } from '../../../../main/auth/network-problem';
import { createTokenClient } from '../../../../main/auth/token-client';
import { createFakeClock } from './support/fake-clock';
import { freePort } from '../../../support/ports';
import { testProfile } from './support/profile';
import { startTokenServer } from './support/token-server';
import { problemOf } from '../support/problems';

describe('createTokenClient against a real token endpoint', () => {
  let server: Awaited<ReturnType<typeof startTokenServer>>;
  const clock = createFakeClock();
  const client = createTokenClient(() => axios.create(), clock);

  beforeEach(async () => {
    server = await startTokenServer();
  });
  afterEach(() => server.close());

  it('exchanges a code with Basic client authentication and the PKCE verifier', async () => {
    const profile = testProfile({ authServerUrl: server.origin, clientAuth: 'basic' });
    const tokens = await client.exchangeCode(profile, 'the secret', {
      code: 'code-1',
      codeVerifier: 'verifier-1',
    });

    expect(tokens).toEqual({
      accessToken: 'at-123',
      expiresAt: clock.now() + 900_000,
      issuedAt: clock.now(),
      scope: 'mix-api',
    });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/oauth2/token');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.headers.accept).toBe('application/json');
    const basic = Buffer.from(
      (request?.headers.authorization ?? '').replace(/^Basic /, ''),
      'base64',
    ).toString();
    expect(basic).toBe('appID%3ATEST%3Ageo%3Aus%3AclientName%3Adefault:the+secret');
    expect(Object.fromEntries(request?.form ?? [])).toEqual({
      grant_type: 'authorization_code',
      code: 'code-1',
      redirect_uri: 'http://localhost:3000/callback',
      code_verifier: 'verifier-1',
    });
  });

  it('sends client credentials in the body for body authentication and omits an absent verifier', async () => {
    const profile = testProfile({ authServerUrl: server.origin, clientAuth: 'body' });
    await client.exchangeCode(profile, 's', { code: 'code-2' });
    const [request] = server.requests;
    expect(request?.headers.authorization).toBeUndefined();
    expect(Object.fromEntries(request?.form ?? [])).toEqual({
      grant_type: 'authorization_code',
      code: 'code-2',
      redirect_uri: 'http://localhost:3000/callback',
      client_id: 'appID:TEST:geo:us:clientName:default',
      client_secret: 's',
    });
  });

  it('refreshes with the refresh_token grant', async () => {
    server.setResponder(() => ({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        access_token: 'at-2',
        token_type: 'bearer',
        expires_in: '600',
        refresh_token: 'rt-2',
      }),
    }));
    const tokens = await client.refresh(testProfile({ authServerUrl: server.origin }), undefined, 'rt-1');
    expect(tokens).toEqual({
      accessToken: 'at-2',
      expiresAt: clock.now() + 600_000,
      issuedAt: clock.now(),
      refreshToken: 'rt-2',
    });
    expect(Object.fromEntries(server.requests[0]?.form ?? [])).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt-1',
      client_id: 'appID:TEST:geo:us:clientName:default',
    });
  });

  it('turns an HTML error page into a token-error with the status', async () => {
    server.setResponder(() => ({ status: 502, contentType: 'text/html', body: '<h1>Bad Gateway</h1>' }));
    const p = await problemOf(
      client.exchangeCode(testProfile({ authServerUrl: server.origin }), 's', { code: 'c' }),
    );
    expect(p).toMatchObject({ code: 'token-error', status: 502 });
    expect(p.message).toMatch(/HTML page \(HTTP 502\)/);
  });

  it('turns invalid_client into a settings problem', async () => {
    server.setResponder(() => ({
      status: 401,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'invalid_client', error_description: 'bad credentials' }),
    }));
    const p = await problemOf(
      client.exchangeCode(testProfile({ authServerUrl: server.origin }), 's', { code: 'c' }),
    );
    expect(p).toMatchObject({ code: 'token-error', status: 401, actions: ['open-settings'] });
  });

  it('diagnoses invalid_client and unauthorized_client: default credentials, or client credentials not enabled', async () => {
    for (const [status, error] of [
      [401, 'invalid_client'],
      [400, 'unauthorized_client'],
    ] as const) {
      server.setResponder(() => ({
        status,
        contentType: 'application/json',
        body: JSON.stringify({ error, error_description: 'no' }),
      }));
      const p = await problemOf(
        client.exchangeCode(testProfile({ authServerUrl: server.origin, system: 'us' }), 's', { code: 'c' }),
      );
      expect(p.diagnosis).toMatchObject({ kind: 'client-rejected' });
      expect(p.diagnosis?.fix).toMatch(/Mix\.api service credentials in Mix → Profile/);
      expect(p.diagnosis?.links?.[0]?.url).toBe('https://mix.nuance.com/v3/');
    }
  });

  it('reads the clock skew of a refused code from the server’s Date header', async () => {
    server.setResponder(() => ({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'invalid_grant' }),
    }));
    const profile = testProfile({ authServerUrl: server.origin });
    // The server stamps its answers with the real time; the fake clock is months behind it.
    const skewed = await problemOf(client.exchangeCode(profile, 's', { code: 'c' }));
    expect(skewed.diagnosis?.kind).toBe('code-rejected');
    expect(skewed.diagnosis?.cause).toMatch(/clock is about \d+ days behind Mix’s/);

    const onTime = createTokenClient(() => axios.create(), {
      now: () => Date.now(),
      setTimer: clock.setTimer,
    });
    const agreed = await problemOf(onTime.exchangeCode(profile, 's', { code: 'c' }));
    expect(agreed.diagnosis?.cause).toBe('Mix refused the sign-in code (invalid_grant).');
    expect(agreed.diagnosis?.otherCauses).toHaveLength(3);
  });

  it('never lets a server echo the code, verifier or secret into a message', async () => {
    server.setResponder((request) => ({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({
        error: 'invalid_request',
        error_description: `bad ${request.form.get('code')} ${request.form.get('code_verifier')} ${request.form.get('client_secret')}`,
      }),
    }));
    const profile = testProfile({ authServerUrl: server.origin, clientAuth: 'body' });
    const p = await problemOf(
      client.exchangeCode(profile, 'secret-value', { code: 'code-value', codeVerifier: 'verifier-value' }),
    );
    const text = JSON.stringify(p);
    expect(text).toContain('invalid_request');
    expect(text).not.toMatch(/secret-value|code-value|verifier-value/);
  });

  it('never shows the Basic credential or an encoded secret that a server echoes back', async () => {
    const secret = 'Zx9+/q=&%:sEcReT~';
    server.setResponder((request) => {
      const credential = (request.headers.authorization ?? '').replace(/^Basic /, '');
      return {
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({
          error: 'invalid_request',
          error_description: `client ${credential} (${encodeURIComponent(secret)}) sent ${request.body}`,
        }),
      };
    });
    const profile = testProfile({ authServerUrl: server.origin, clientAuth: 'basic' });
    const p = await problemOf(client.exchangeCode(profile, secret, { code: 'code-echoed-1' }));
    const text = JSON.stringify(p);
    expect(text).toContain('invalid_request');
    const sentCredential = Buffer.from(
      `${new URLSearchParams({ v: profile.clientId }).toString().slice(2)}:${new URLSearchParams({ v: secret }).toString().slice(2)}`,
    ).toString('base64');
    expect(text).not.toContain(sentCredential.slice(0, 16));
    expect(text).not.toContain(encodeURIComponent(secret));
    expect(text).not.toContain('code-echoed-1');
  });

  it('reports a refused connection as a network problem naming the host', async () => {
    const port = await freePort();
    const p = await problemOf(
      client.exchangeCode(testProfile({ authServerUrl: `http://127.0.0.1:${port}` }), 's', { code: 'c' }),
    );
    expect(p).toMatchObject({ code: 'network', host: `127.0.0.1:${port}`, actions: ['retry'] });
    expect(p.message).toMatch(/refused the connection/);
  });
});

describe('networkProblem', () => {
  const url = 'https://auth.crt.nuance.com/oauth2/token';

  it.each([
    [
      'timeout',
      new AxiosError('timeout of 30000ms exceeded', 'ECONNABORTED'),
      /did not answer within 30 seconds/,
    ],
    [
      'DNS failure',
      new AxiosError('getaddrinfo ENOTFOUND auth.crt.nuance.com', 'ENOTFOUND'),
      /could not find/,
    ],
    [
      'Chromium DNS failure',
      new AxiosError('fetch failed: net::ERR_NAME_NOT_RESOLVED', 'ERR_NETWORK'),
      /could not find/,
    ],
    [
      'TLS failure',
      new AxiosError('self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT'),
      /certificate or TLS/,
    ],
    ['anything else', new AxiosError('socket hang up', 'ECONNRESET'), /could not reach/],
  ])('phrases a %s for the user, with the host', (_label, error, message) => {
    const p = networkProblem(error, url, 30).problem;
    expect(p).toMatchObject({ code: 'network', host: 'auth.crt.nuance.com', actions: ['retry'] });
    expect(p.message).toMatch(message);
  });
});
