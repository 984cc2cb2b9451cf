import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../../../../common/ipc-contract';
import { OIDC_CLIENT, startOidcProvider } from '../../../e2e/support/oidc-provider-server';
import { startSandbox, type RunningSandbox } from '../../../../main/emulator';
import { hostProfile, startServices, waitFor, type ServicesKit } from './services-kit';

// Service-account profiles (client-credentials grant, like Nuance's `mix` CLI) through the real main
// services: no browser, the same session states and renewal, and hostile token servers kept at bay.

const SECRET = 'svc-secret:with/odd?chars';
const CLIENT_ID = 'appID:SVC:geo:us:clientName:service';

interface TokenCall {
  grantType: string | null;
  scope: string | null;
  authorization: string | undefined;
  host: string | undefined;
}

type TokenAnswer = (call: TokenCall, res: ServerResponse) => void;

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** One Mix system on one origin whose token endpoint answers what the test says, recording every call. */
async function tokenHost(answer: TokenAnswer) {
  const calls: TokenCall[] = [];
  const apiTokens: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (path === '/oauth2/token') {
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        const call = {
          grantType: form.get('grant_type'),
          scope: form.get('scope'),
          authorization: req.headers.authorization,
          host: req.headers.host,
        };
        calls.push(call);
        answer(call, res);
        return;
      }
      apiTokens.push(req.headers.authorization ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ organizations: [{ id: 'o1', displayName: 'Service org' }], totalSize: 1 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, calls, apiTokens };
}

function token(res: ServerResponse, body: Record<string, unknown>, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

let issued = 0;
const goodToken: TokenAnswer = (_call, res) => {
  issued += 1;
  token(res, {
    access_token: `svc-token-${issued}`,
    token_type: 'bearer',
    expires_in: 900,
    scope: 'mix-api',
  });
};

/** The session states main told the renderer, oldest first. */
const sessionEvents = (kit: ServicesKit) =>
  kit.events
    .filter((event) => event.event === 'session:changed')
    .map((event) => event.payload as SessionState);
const latest = (kit: ServicesKit) => sessionEvents(kit).at(-1);

async function serviceProfile(kit: ServicesKit, url: string) {
  return kit.invoke(
    'profiles:save',
    hostProfile(url, { name: 'Robot', kind: 'service-account', clientId: CLIENT_ID, clientSecret: SECRET }),
  );
}

const basicOf = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

describe('service-account profiles', () => {
  it('sign in with the client-credentials grant: no browser, Basic credentials to the bound host, scope mix-api', async () => {
    const host = await tokenHost(goodToken);
    const kit = await startServices();
    const profile = await serviceProfile(kit, host.url);
    expect(profile.kind).toBe('service-account');
    const state = await kit.invoke('session:sign-in', { profileId: profile.id });
    expect(state.status).toBe('signed-in');
    expect(kit.surface.opened).toHaveLength(0);
    expect(host.calls).toHaveLength(1);
    expect(host.calls[0]).toMatchObject({
      grantType: 'client_credentials',
      scope: 'mix-api',
      authorization: basicOf(CLIENT_ID, SECRET),
      host: new URL(host.url).host,
    });
    const read = await kit.invoke('mix:get', {
      profileId: profile.id,
      endpoint: 'organizations.list',
      params: {},
    });
    expect(read.data).toMatchObject({ organizations: [{ id: 'o1' }] });
  });

  it('renews before expiry with another client-credentials request, and a 500 on the way never costs the session', async () => {
    let failNext = 0;
    const host = await tokenHost((call, res) => {
      if (failNext > 0) {
        failNext -= 1;
        token(res, { error: 'server_error' }, 500);
        return;
      }
      goodToken(call, res);
    });
    const kit = await startServices();
    const profile = await serviceProfile(kit, host.url);
    await kit.invoke('session:sign-in', { profileId: profile.id });
    const before = sessionEvents(kit).length;
    const states = () => sessionEvents(kit).slice(before);
    failNext = 1;
    // 15-minute tokens renew a minute before expiry: the first attempt meets the 500.
    kit.clock.advance(14 * 60_000 + 1);
    await waitFor(() => states().some((state) => state.renewal === 'retrying'));
    expect(latest(kit)?.status).toBe('signed-in');
    kit.clock.advance(15_000);
    await waitFor(() => latest(kit)?.renewal === 'idle' && host.calls.length === 3);
    expect(host.calls.map((call) => call.grantType)).toEqual([
      'client_credentials',
      'client_credentials',
      'client_credentials',
    ]);
    expect(latest(kit)?.status).toBe('signed-in');
    expect(states().some((state) => state.status !== 'signed-in')).toBe(false);
    expect(kit.surface.opened).toHaveLength(0);
  });

  it('a renewal the token endpoint never answers is abandoned after its attempt time, and the session stays', async () => {
    let hang = false;
    const host = await tokenHost((call, res) => {
      if (hang) return; // never answers
      goodToken(call, res);
    });
    const kit = await startServices();
    const profile = await serviceProfile(kit, host.url);
    await kit.invoke('session:sign-in', { profileId: profile.id });
    hang = true;
    kit.clock.advance(14 * 60_000 + 1);
    await waitFor(() => host.calls.length === 2);
    kit.clock.advance(30_000);
    await waitFor(() => latest(kit)?.renewal === 'retrying');
    const state = await kit.invoke('session:get', { profileId: profile.id });
    expect(state.status).toBe('signed-in');
    expect(state.lastError?.message).toMatch(/try again/);
  });

  it('a refused secret (invalid_client) at sign-in says what to do and stays signed out', async () => {
    const host = await tokenHost((_call, res) =>
      token(res, { error: 'invalid_client', error_description: `bad ${SECRET}` }, 401),
    );
    const kit = await startServices();
    const profile = await serviceProfile(kit, host.url);
    const problem = await kit.problemOf('session:sign-in', { profileId: profile.id });
    expect(problem.code).toBe('token-error');
    expect(problem.diagnosis?.kind).toBe('client-rejected');
    expect(JSON.stringify(problem)).not.toContain(SECRET);
    expect(problem.timeline?.map((step) => step.event)).toContain('token request');
    expect((await kit.invoke('session:get', { profileId: profile.id })).status).toBe('signed-out');
  });

  it('refuses a huge token answer instead of holding it', async () => {
    const host = await tokenHost((_call, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ access_token: 'x'.repeat(8 * 1024 * 1024), token_type: 'bearer', expires_in: 900 }),
      );
    });
    const kit = await startServices();
    const profile = await serviceProfile(kit, host.url);
    const result = await kit.call('session:sign-in', { profileId: profile.id });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(/larger than/);
    expect((await kit.invoke('session:get', { profileId: profile.id })).status).toBe('signed-out');
  });

  it.each([
    ['another scope', { scope: 'other-api' }, /grants "other-api"/],
    ['another audience', { access_token: jwt({ aud: 'https://api.elsewhere.example' }) }, /audience/],
    ['another issuer', { access_token: jwt({ iss: 'https://auth.elsewhere.example' }) }, /issued by/],
  ])('refuses a token for %s', async (_what, fields, message) => {
    const host = await tokenHost((_call, res) =>
      token(res, {
        access_token: 'opaque',
        token_type: 'bearer',
        expires_in: 900,
        scope: 'mix-api',
        ...fields,
      }),
    );
    const kit = await startServices();
    const profile = await serviceProfile(kit, host.url);
    const problem = await kit.problemOf('session:sign-in', { profileId: profile.id });
    expect(problem.message).toMatch(message);
    expect(host.apiTokens).toHaveLength(0);
    expect((await kit.invoke('session:get', { profileId: profile.id })).status).toBe('signed-out');
  });

  it('accepts a JWT whose audience is the profile’s Mix.api', async () => {
    let url = '';
    const host = await tokenHost((_call, res) =>
      token(res, { access_token: jwt({ aud: [url], iss: url }), token_type: 'bearer', expires_in: 900 }),
    );
    url = host.url;
    const kit = await startServices();
    const profile = await serviceProfile(kit, host.url);
    expect((await kit.invoke('session:sign-in', { profileId: profile.id })).status).toBe('signed-in');
  });

  it('works against the sandbox (npm run sandbox) with its demo client', async () => {
    const sandbox: RunningSandbox = await startSandbox({ port: 0 });
    closers.push(() => sandbox.close());
    const kit = await startServices();
    const profile = await kit.invoke(
      'profiles:save',
      hostProfile(sandbox.url, {
        name: 'Sandbox robot',
        kind: 'service-account',
        clientId: 'mix-explorer-demo',
        clientSecret: 'sandbox-secret',
      }),
    );
    expect((await kit.invoke('session:sign-in', { profileId: profile.id })).status).toBe('signed-in');
    expect(kit.surface.opened).toHaveLength(0);
    const read = await kit.invoke('mix:get', {
      profileId: profile.id,
      endpoint: 'organizations.list',
      params: {},
    });
    expect(JSON.stringify(read.data)).toContain('organizations');
  });
});

function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ sub: 'svc', ...claims })}.sig`;
}

describe('service-account profiles against oidc-provider 9.13.3 (a third-party server)', () => {
  it('signs in with client credentials, reads Mix.api with the token, and renews with the grant again', async () => {
    const provider = await startOidcProvider();
    closers.push(() => provider.close());
    const kit = await startServices();
    const profile = await kit.invoke(
      'profiles:save',
      hostProfile(provider.url, {
        name: 'OIDC robot',
        kind: 'service-account',
        clientId: OIDC_CLIENT.service,
        clientSecret: OIDC_CLIENT.secret,
      }),
    );
    expect((await kit.invoke('session:sign-in', { profileId: profile.id })).status).toBe('signed-in');
    expect(kit.surface.opened).toHaveLength(0);
    const read = await kit.invoke('mix:get', {
      profileId: profile.id,
      endpoint: 'organizations.list',
      params: {},
    });
    expect(JSON.stringify(read.data)).toContain(OIDC_CLIENT.service);
    kit.clock.advance(14 * 60_000 + 1);
    await waitFor(() => provider.grants.length === 2, 2000);
    await waitFor(() => latest(kit)?.renewal === 'idle', 2000);
    expect(provider.grants).toEqual([
      expect.objectContaining({
        grantType: 'client_credentials',
        ok: true,
        clientAuth: 'client_secret_basic',
      }),
      expect.objectContaining({ grantType: 'client_credentials', ok: true }),
    ]);
  });

  it('a wrong secret gets the provider’s invalid_client, read by the credential doctor, secret nowhere', async () => {
    const provider = await startOidcProvider();
    closers.push(() => provider.close());
    const kit = await startServices();
    const wrong = 'not-the-secret-value';
    const profile = await kit.invoke(
      'profiles:save',
      hostProfile(provider.url, {
        kind: 'service-account',
        clientId: OIDC_CLIENT.service,
        clientSecret: wrong,
      }),
    );
    const problem = await kit.problemOf('session:sign-in', { profileId: profile.id });
    expect(provider.grants).toEqual([expect.objectContaining({ ok: false, error: 'invalid_client' })]);
    expect(problem.diagnosis?.kind).toBe('client-rejected');
    expect(JSON.stringify(problem)).not.toContain(wrong);
  });
});
