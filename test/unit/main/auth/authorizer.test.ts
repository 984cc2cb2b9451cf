import { createHash } from 'node:crypto';
import axios from 'axios';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Problem, Profile } from '../../../../common/ipc-contract';
import type { IssuerExpectation } from '../../../../main/auth/issuer-discovery';
import { createAuthorizer, type AuthorizerDeps } from '../../../../main/auth/authorizer';
import type { ExternalBrowser } from '../../../../main/ports/sign-in-surface';
import type { AuthorizeOptions } from '../../../../main/session/session-deps';
import { createFakeClock } from './support/fake-clock';
import type { FakeClock } from './support/fake-clock';
import { FakeSurface } from './support/fake-surface';
import { canListen, freePort, occupy } from '../../../support/ports';
import { testProfile } from './support/profile';
import { startTokenServer } from './support/token-server';
import { problemOf } from '../support/problems';

const EMBEDDED: AuthorizeOptions = { mode: 'embedded', partition: 'persist:mix-signin-p1-0', silent: false };
const SILENT: AuthorizeOptions = { ...EMBEDDED, silent: true };
const REDIRECT = 'http://localhost:3000/callback';

/**
 * The authorizer under test on this clock, with real HTTP to the token server; the sign-in surface and the
 * system browser are fakes unless given.
 */
function authorizerWith(deps: Partial<AuthorizerDeps> & { clock: FakeClock }) {
  return createAuthorizer({
    surface: new FakeSurface(),
    browser: new FakeBrowser(),
    http: () => axios.create(),
    ...deps,
  });
}

/** An ExternalBrowser that records what it was asked to open and can act like the user's browser. */
class FakeBrowser implements ExternalBrowser {
  readonly opened: string[] = [];
  constructor(private readonly behaviour: (url: string) => Promise<void> = async () => undefined) {}
  open(url: string): Promise<void> {
    this.opened.push(url);
    return this.behaviour(url);
  }
}

describe('createAuthorizer: embedded sign-in', () => {
  let tokenServer: Awaited<ReturnType<typeof startTokenServer>>;
  let clock: FakeClock;
  let surface: FakeSurface;
  let profile: Profile;
  let authorizer: ReturnType<typeof createAuthorizer>;

  beforeEach(async () => {
    tokenServer = await startTokenServer();
    clock = createFakeClock();
    surface = new FakeSurface();
    profile = testProfile({ authServerUrl: tokenServer.origin, redirectUrl: REDIRECT });
    authorizer = authorizerWith({ surface, clock });
  });
  afterEach(() => tokenServer.close());

  /** A sign-in whose code the token endpoint refuses (invalid_grant): the attempt's Problem. */
  async function refusedCodeExchange(): Promise<Problem> {
    tokenServer.setResponder(() => ({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'invalid_grant' }),
    }));
    const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
    surface.last.observer.redirect(`${REDIRECT}?code=c&state=${surface.last.state()}`);
    return problemOf(attempt.result);
  }

  it('signs in: authorize URL with state and PKCE, redirect, code exchange with the verifier', async () => {
    const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
    const window = surface.last;
    const authorize = new URL(window.request.url);
    expect(authorize.origin + authorize.pathname).toBe(`${tokenServer.origin}/oauth2/auth`);
    expect(window.request).toMatchObject({ partition: EMBEDDED.partition, hidden: false });
    expect(window.request.isRedirect(`${REDIRECT}?code=x`)).toBe(true);
    expect(window.request.isRedirect(`${REDIRECT}.evil?code=x`)).toBe(false);

    window.observer.redirect(`${REDIRECT}?code=the-code&state=${window.state()}`);
    const tokens = await attempt.result;

    expect(tokens).toEqual({
      accessToken: 'at-123',
      expiresAt: clock.now() + 900_000,
      issuedAt: clock.now(),
      scope: 'mix-api',
    });
    expect(tokenServer.requests).toHaveLength(1);
    const form = tokenServer.requests[0]?.form;
    expect(form?.get('code')).toBe('the-code');
    const verifier = form?.get('code_verifier') ?? '';
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(
      authorize.searchParams.get('code_challenge'),
    );
    expect(window.closedByAttempt).toBe(true);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('settles once when the surface reports the redirect through several hooks', async () => {
    const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
    const { observer, state } = surface.last;
    const url = `${REDIRECT}?code=c&state=${state()}`;
    observer.redirect(url);
    observer.redirect(url);
    observer.loadFailed(url, -3, 'ERR_ABORTED');
    observer.loadFailed(url, -102, 'ERR_CONNECTION_REFUSED');
    observer.closed();
    observer.redirect(url);
    await expect(attempt.result).resolves.toMatchObject({ accessToken: 'at-123' });
    expect(tokenServer.requests).toHaveLength(1);
  });

  it('rejects a forged state without asking the token endpoint', async () => {
    const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
    surface.last.observer.redirect(`${REDIRECT}?code=c&state=forged`);
    expect((await problemOf(attempt.result)).code).toBe('state-mismatch');
    expect(tokenServer.requests).toHaveLength(0);
    expect(surface.last.closedByAttempt).toBe(true);
  });

  describe('mix-up defence (RFC 9207 iss)', () => {
    /** Plays the redirect of the open window with the attempt's state and these parameters. */
    function redirectWith(params: Record<string, string>) {
      const { observer, state } = surface.last;
      observer.redirect(`${REDIRECT}?${new URLSearchParams({ ...params, state: state() })}`);
    }

    it('refuses a code issued by another server and sends it to no token endpoint', async () => {
      // The profile's server (malicious, or compromised) bounced the browser to a real one, whose code and
      // issuer come back through the shared redirect URL.
      const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
      redirectWith({ code: 'real-servers-code', iss: 'https://auth.crt.nuance.com' });
      const problem = await problemOf(attempt.result);
      expect(problem.code).toBe('issuer-mismatch');
      expect(problem.message).toContain('auth.crt.nuance.com');
      expect(tokenServer.requests).toHaveLength(0);
    });

    it('checks iss before showing an error the other server sent', async () => {
      const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
      redirectWith({ error: 'access_denied', iss: 'https://auth.crt.nuance.com' });
      expect((await problemOf(attempt.result)).code).toBe('issuer-mismatch');
    });

    it('without metadata, accepts iss on the profile’s origin, trailing slash or not', async () => {
      for (const iss of [tokenServer.origin, `${tokenServer.origin}/`]) {
        const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
        redirectWith({ code: 'c', iss });
        await expect(attempt.result).resolves.toMatchObject({ accessToken: 'at-123' });
      }
      expect(tokenServer.discoveries.length).toBeGreaterThan(0);
    });

    it('with metadata, compares iss exactly with the issuer it names', async () => {
      tokenServer.setMetadata((path) =>
        path === '/.well-known/oauth-authorization-server'
          ? { issuer: `${tokenServer.origin}/oauth2`, authorization_response_iss_parameter_supported: true }
          : undefined,
      );
      const fresh = authorizerWith({ surface, clock });
      const refused = fresh.begin(profile, 'secret', EMBEDDED);
      redirectWith({ code: 'c', iss: tokenServer.origin });
      expect((await problemOf(refused.result)).code).toBe('issuer-mismatch');
      // The metadata promises iss: a response without it is refused too.
      const missing = fresh.begin(profile, 'secret', EMBEDDED);
      redirectWith({ code: 'c' });
      expect((await problemOf(missing.result)).code).toBe('issuer-mismatch');
      expect(tokenServer.requests).toHaveLength(0);

      const accepted = fresh.begin(profile, 'secret', EMBEDDED);
      redirectWith({ code: 'c', iss: `${tokenServer.origin}/oauth2` });
      await expect(accepted.result).resolves.toMatchObject({ accessToken: 'at-123' });
    });

    it('a profile that requires iss refuses a response without it; others accept it', async () => {
      const strict = authorizer.begin({ ...profile, requireIss: true }, 'secret', EMBEDDED);
      redirectWith({ code: 'c' });
      expect((await problemOf(strict.result)).code).toBe('issuer-mismatch');
      expect(tokenServer.requests).toHaveLength(0);
      const lenient = authorizer.begin(profile, 'secret', EMBEDDED);
      redirectWith({ code: 'c' });
      await expect(lenient.result).resolves.toMatchObject({ accessToken: 'at-123' });
    });

    it('refuses a response with two iss parameters', async () => {
      const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
      const { observer, state } = surface.last;
      observer.redirect(
        `${REDIRECT}?code=c&state=${state()}&iss=${encodeURIComponent(tokenServer.origin)}&iss=https%3A%2F%2Fx`,
      );
      expect((await problemOf(attempt.result)).code).toBe('authorization-error');
      expect(tokenServer.requests).toHaveLength(0);
    });
  });

  it('ignores a redirect report for a URL that is not the registered one', async () => {
    const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
    const { observer, state } = surface.last;
    observer.redirect(`http://localhost:3000/callback.evil?code=c&state=${state()}`);
    observer.redirect(`${REDIRECT}?code=good&state=${state()}`);
    await attempt.result;
    expect(tokenServer.requests.map((r) => r.form.get('code'))).toEqual(['good']);
  });

  it('treats closing the window as a quiet cancellation', async () => {
    const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
    surface.last.observer.closed();
    expect(await problemOf(attempt.result)).toEqual({ code: 'cancelled', message: 'Sign-in was cancelled.' });
  });

  it('cancels on request and closes the window', async () => {
    const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
    attempt.cancel();
    expect((await problemOf(attempt.result)).code).toBe('cancelled');
    expect(surface.last.closedByAttempt).toBe(true);
    // A redirect arriving after the cancellation changes nothing.
    surface.last.observer.redirect(`${REDIRECT}?code=c&state=${surface.last.state()}`);
    expect(tokenServer.requests).toHaveLength(0);
  });

  it('cancels even while the code is being exchanged, and drops the late tokens', async () => {
    const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
    surface.last.observer.redirect(`${REDIRECT}?code=c&state=${surface.last.state()}`);
    attempt.cancel();
    expect((await problemOf(attempt.result)).code).toBe('cancelled');
  });

  it('ignores ERR_ABORTED and then still signs in', async () => {
    const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
    const { observer, state, request } = surface.last;
    observer.loadFailed(request.url, -3, 'ERR_ABORTED');
    observer.redirect(`${REDIRECT}?code=c&state=${state()}`);
    await expect(attempt.result).resolves.toMatchObject({ accessToken: 'at-123' });
  });

  it('reports another load failure with the host and the system-browser way out', async () => {
    const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
    surface.last.observer.loadFailed('https://login.example.test/signin', -105, 'ERR_NAME_NOT_RESOLVED');
    const p = await problemOf(attempt.result);
    expect(p).toMatchObject({
      code: 'load-failed',
      host: 'login.example.test',
      actions: ['retry', 'use-system-browser'],
    });
    expect(p.message).toContain('login.example.test');
    expect(surface.last.closedByAttempt).toBe(true);
  });

  it('times out after 5 minutes by default', async () => {
    const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
    clock.advance(5 * 60_000 - 1);
    surface.last.observer.pageLoaded('https://login.example.test/');
    clock.advance(1);
    const p = await problemOf(attempt.result);
    expect(p.code).toBe('timeout');
    expect(p.message).toMatch(/^Sign-in timed out after 5 minutes/);
    expect(surface.last.closedByAttempt).toBe(true);
  });

  describe('the credential doctor', () => {
    it('names the TLS failure of the sign-in page, its host, and the system browser as the fix', async () => {
      const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
      surface.last.observer.loadFailed(
        'https://login.example.test/signin',
        -202,
        'ERR_CERT_AUTHORITY_INVALID',
      );
      const p = await problemOf(attempt.result);
      expect(p.diagnosis).toMatchObject({ kind: 'login-unreachable' });
      expect(p.diagnosis?.cause).toMatch(/secure connection to login\.example\.test failed/);
      expect(p.diagnosis?.fix).toMatch(/system browser/);
    });

    it('names where a sign-in stalled when it times out', async () => {
      const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
      surface.last.observer.pageLoaded('https://proxy.corp.example/blocked');
      clock.advance(5 * 60_000);
      const p = await problemOf(attempt.result);
      expect(p).toMatchObject({ code: 'timeout', host: 'proxy.corp.example' });
      expect(p.diagnosis?.cause).toMatch(/stopped at proxy\.corp\.example \(reached from 127\.0\.0\.1:\d+\)/);
      expect(p.actions).toContain('use-system-browser');
    });

    it('names the authorize host when no page ever loaded before the timeout', async () => {
      const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
      clock.advance(5 * 60_000);
      const p = await problemOf(attempt.result);
      expect(p.diagnosis?.cause).toBe(
        `The sign-in page from ${new URL(tokenServer.origin).host} never finished loading.`,
      );
    });

    it.each([
      ['loadFailed', 'http://127.0.0.1:3000/callback', /the host is 127\.0\.0\.1 instead of localhost/],
      ['pageLoaded', 'http://localhost:3000/callback/', /ends with a slash/],
      ['loadFailed', 'http://localhost:3001/callback', /the port is 3001 instead of 3000/],
    ] as const)(
      'stops at once when the window is sent to a near miss of the redirect URL (%s %s), without exchanging the code',
      async (hook, nearMiss, difference) => {
        const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
        const { observer, state } = surface.last;
        const url = `${nearMiss}?code=the-code-value&state=${state()}`;
        if (hook === 'loadFailed') observer.loadFailed(url, -102, 'ERR_CONNECTION_REFUSED');
        else observer.pageLoaded(url);
        const p = await problemOf(attempt.result);
        expect(p.diagnosis?.kind).toBe('redirect-near-miss');
        expect(p.diagnosis?.cause).toMatch(difference);
        expect(JSON.stringify(p)).not.toMatch(/the-code-value|state=/);
        expect(p.actions).toContain('open-settings');
        expect(tokenServer.requests).toHaveLength(0);
        expect(clock.pendingTimers()).toBe(0);
      },
    );

    it('diagnoses a refused code exchange', async () => {
      expect((await refusedCodeExchange()).diagnosis?.kind).toBe('code-rejected');
    });
  });

  it('focuses the open window', () => {
    const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
    attempt.focus();
    attempt.focus();
    expect(surface.last.focusCount).toBe(2);
    attempt.cancel();
    attempt.focus();
    expect(surface.last.focusCount).toBe(2);
    return attempt.result.catch(() => undefined);
  });

  it('leaves PKCE out when the profile turns it off', async () => {
    const attempt = authorizer.begin({ ...profile, usePkce: false }, 'secret', EMBEDDED);
    const { observer, state, request } = surface.last;
    expect(new URL(request.url).searchParams.has('code_challenge')).toBe(false);
    observer.redirect(`${REDIRECT}?code=c&state=${state()}`);
    await attempt.result;
    expect(tokenServer.requests[0]?.form.has('code_verifier')).toBe(false);
  });

  it('uses a fresh state and verifier for every attempt', () => {
    authorizer.begin(profile, 'secret', EMBEDDED).result.catch(() => undefined);
    authorizer.begin(profile, 'secret', EMBEDDED).result.catch(() => undefined);
    const [a, b] = surface.opened.map((o) => new URL(o.request.url).searchParams);
    expect(a?.get('state')).not.toBe(b?.get('state'));
    expect(a?.get('code_challenge')).not.toBe(b?.get('code_challenge'));
  });

  it('passes the token endpoint’s refusal through', async () => {
    expect(await refusedCodeExchange()).toMatchObject({ code: 'token-error', actions: ['sign-in'] });
  });

  describe('the sign-in timeline ("What happened")', () => {
    /** Every value the test handed out or the app made up: none may appear in a timeline. */
    function secretsOf(authorizeUrl: string, handedOut: string[]): string[] {
      const query = new URL(authorizeUrl).searchParams;
      const form = tokenServer.requests[0]?.form;
      return [
        ...handedOut,
        query.get('state') ?? '',
        query.get('code_challenge') ?? '',
        form?.get('code_verifier') ?? '',
        tokenServer.requests[0]?.headers.authorization ?? '',
      ].filter((value) => value.length > 0);
    }

    it('follows a refused exchange step by step, by host, path, parameter names and status, without a secret', async () => {
      tokenServer.setResponder(() => ({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({ error: 'invalid_grant', error_description: 'code the-code-12345 was used' }),
      }));
      const attempt = authorizer.begin(profile, 'client-secret-value', EMBEDDED);
      const window = surface.last;
      window.observer.pageLoaded('https://login.example.test/login?session=sso-cookie-value');
      clock.advance(1_500);
      window.observer.redirect(`${REDIRECT}?code=the-code-12345&state=${window.state()}`);
      const p = await problemOf(attempt.result);

      // The metadata requests run beside the sign-in (their own test is below): left out here.
      const exchange = p.timeline?.filter((step) => step.event !== 'metadata');
      expect(
        exchange?.map(({ event, host, path, query, status, outcome }) => ({
          event,
          host,
          path,
          query,
          status,
          outcome,
        })),
      ).toEqual([
        {
          event: 'authorize',
          host: new URL(tokenServer.origin).host,
          path: '/oauth2/auth',
          query: [...new URL(window.request.url).searchParams.keys()],
          status: undefined,
          outcome: 'opened in the sign-in window',
        },
        {
          event: 'page loaded',
          host: 'login.example.test',
          path: '/login',
          query: ['session'],
          status: undefined,
          outcome: undefined,
        },
        {
          event: 'redirect caught',
          host: 'localhost:3000',
          path: '/callback',
          query: ['code', 'state'],
          status: undefined,
          outcome: 'stopped in the sign-in window',
        },
        {
          event: 'token exchange',
          host: new URL(tokenServer.origin).host,
          path: '/oauth2/token',
          query: undefined,
          status: undefined,
          outcome: 'sent',
        },
        {
          event: 'token exchange',
          host: new URL(tokenServer.origin).host,
          path: '/oauth2/token',
          query: undefined,
          status: 400,
          outcome: 'refused (token-error)',
        },
        {
          event: 'failed',
          host: undefined,
          path: undefined,
          query: undefined,
          status: undefined,
          outcome: 'token-error',
        },
      ]);
      expect(exchange?.[2]?.at).toBe((exchange?.[0]?.at ?? 0) + 1_500);
      const shown = JSON.stringify(p.timeline);
      for (const secret of secretsOf(window.request.url, [
        'client-secret-value',
        'the-code-12345',
        'sso-cookie-value',
      ])) {
        expect(shown).not.toContain(secret);
      }
    });

    it('records the metadata requests (issuer discovery) as steps, in time order, and says when they were known before', async () => {
      const lookups = [
        {
          at: clock.now(),
          url: `${tokenServer.origin}/.well-known/oauth-authorization-server`,
          status: 404,
          outcome: 'no metadata',
        },
        {
          at: clock.now() + 200,
          url: `${tokenServer.origin}/.well-known/openid-configuration`,
          status: 200,
          outcome: 'issuer named',
        },
      ];
      let answer: (found: IssuerExpectation) => void = () => undefined;
      const discovered = new Promise<IssuerExpectation>((resolve) => (answer = resolve));
      const withMetadata = authorizerWith({
        surface,
        clock,
        issuers: { expect: () => discovered },
      });
      const attempt = withMetadata.begin(profile, 'secret', EMBEDDED);
      const window = surface.last;
      clock.advance(100);
      window.observer.pageLoaded('https://login.example.test/login');
      clock.advance(400);
      answer({ issParameterSupported: false, lookups });
      await discovered;
      window.observer.loadFailed('https://login.example.test/next', -105, 'ERR_NAME_NOT_RESOLVED');
      const p = await problemOf(attempt.result);
      expect(p.timeline?.map((step) => [step.event, step.path, step.status, step.outcome])).toEqual([
        ['authorize', '/oauth2/auth', undefined, 'opened in the sign-in window'],
        ['metadata', '/.well-known/oauth-authorization-server', 404, 'no metadata'],
        ['page loaded', '/login', undefined, undefined],
        ['metadata', '/.well-known/openid-configuration', 200, 'issuer named'],
        ['load failed', '/next', undefined, 'ERR_NAME_NOT_RESOLVED'],
        ['failed', undefined, undefined, 'load-failed'],
      ]);

      // The next attempt gets the same (cached) discovery: one step says so.
      clock.advance(60_000);
      const again = withMetadata.begin(profile, 'secret', EMBEDDED);
      await discovered;
      surface.last.observer.loadFailed('https://login.example.test/x', -105, 'ERR_NAME_NOT_RESOLVED');
      const second = await problemOf(again.result);
      expect(second.timeline?.map((step) => [step.event, step.path, step.outcome])).toEqual([
        ['authorize', '/oauth2/auth', 'opened in the sign-in window'],
        ['metadata', '/.well-known/oauth-authorization-server', 'known from an earlier sign-in'],
        ['load failed', '/x', 'ERR_NAME_NOT_RESOLVED'],
        ['failed', undefined, 'load-failed'],
      ]);
    });

    it('records a load failure, a timeout and a silent renewal that met a login page', async () => {
      const failed = authorizer.begin(profile, 'secret', EMBEDDED);
      surface.last.observer.loadFailed(
        'https://login.example.test/signin',
        -202,
        'ERR_CERT_AUTHORITY_INVALID',
      );
      expect((await problemOf(failed.result)).timeline?.map((step) => [step.event, step.outcome])).toEqual([
        ['authorize', 'opened in the sign-in window'],
        ['load failed', 'ERR_CERT_AUTHORITY_INVALID'],
        ['failed', 'load-failed'],
      ]);

      const stalled = authorizer.begin(profile, 'secret', EMBEDDED);
      clock.advance(5 * 60_000);
      expect((await problemOf(stalled.result)).timeline?.map((step) => step.event)).toEqual([
        'authorize',
        'timed out',
        'failed',
      ]);

      const silent = authorizer.begin(profile, 'secret', SILENT);
      surface.last.observer.pageLoaded('https://login.example.test/login');
      const steps = (await problemOf(silent.result)).timeline ?? [];
      expect(steps.map((step) => [step.event, step.outcome])).toEqual([
        ['authorize', 'opened in a hidden window (silent renewal)'],
        ['page loaded', undefined],
        ['failed', 'session-expired'],
      ]);
    });

    it('leaves a cancellation quiet, with no timeline', async () => {
      const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
      attempt.cancel();
      expect((await problemOf(attempt.result)).timeline).toBeUndefined();
    });
  });

  it('rejects a profile whose redirect URL is not a URL without opening a window', async () => {
    const attempt = authorizer.begin({ ...profile, redirectUrl: 'not a url' }, 'secret', EMBEDDED);
    expect((await problemOf(attempt.result)).code).toBe('invalid-input');
    expect(surface.opened).toHaveLength(0);
  });

  it('refreshes through the token endpoint', async () => {
    await expect(authorizer.refresh(profile, 'secret', 'rt')).resolves.toMatchObject({
      accessToken: 'at-123',
    });
    expect(tokenServer.requests[0]?.form.get('grant_type')).toBe('refresh_token');
  });

  describe('silent renewal', () => {
    it('uses a hidden window and succeeds when the SSO session redirects straight back', async () => {
      const attempt = authorizer.begin(profile, 'secret', SILENT);
      expect(surface.last.request.hidden).toBe(true);
      surface.last.observer.redirect(`${REDIRECT}?code=c&state=${surface.last.state()}`);
      await expect(attempt.result).resolves.toMatchObject({ accessToken: 'at-123' });
    });

    it('gives up as soon as a page that is not the redirect loads', async () => {
      const attempt = authorizer.begin(profile, 'secret', SILENT);
      surface.last.observer.pageLoaded('https://login.example.test/login');
      expect(await problemOf(attempt.result)).toMatchObject({
        code: 'session-expired',
        message: 'Your Mix sign-in has expired. Please sign in again.',
      });
      expect(surface.last.closedByAttempt).toBe(true);
      expect(tokenServer.requests).toHaveLength(0);
    });

    it('times out after 15 seconds by default', async () => {
      const attempt = authorizer.begin(profile, 'secret', SILENT);
      clock.advance(15_000);
      const p = await problemOf(attempt.result);
      expect(p.code).toBe('timeout');
      expect(p.message).toContain('15 seconds');
    });

    it('stays in the embedded surface even when the profile prefers the system browser', async () => {
      const browser = new FakeBrowser();
      const silentAuthorizer = authorizerWith({ surface, browser, clock });
      const attempt = silentAuthorizer.begin(profile, 'secret', { ...SILENT, mode: 'system-browser' });
      expect(surface.opened).toHaveLength(1);
      expect(browser.opened).toHaveLength(0);
      attempt.cancel();
      await problemOf(attempt.result);
    });
  });
});

describe('createAuthorizer: system browser', () => {
  let tokenServer: Awaited<ReturnType<typeof startTokenServer>>;
  let clock: FakeClock;
  let port: number;
  let profile: Profile;
  const options: AuthorizeOptions = { mode: 'system-browser', partition: 'unused', silent: false };

  beforeEach(async () => {
    tokenServer = await startTokenServer();
    clock = createFakeClock();
    port = await freePort();
    profile = testProfile({
      authServerUrl: tokenServer.origin,
      redirectUrl: `http://127.0.0.1:${port}/callback`,
      signInMode: 'system-browser',
    });
  });
  afterEach(() => tokenServer.close());

  /** Plays the user's browser: the auth server redirects to the loopback URL, then the tab follows to the done page. */
  function browserThatRedirects(query: (state: string) => string, pages: Promise<string>[]) {
    return new FakeBrowser(async (url) => {
      const state = new URL(url).searchParams.get('state') ?? '';
      const callback = await fetch(`${profile.redirectUrl}?${query(state)}`, { redirect: 'manual' });
      const location = new URL(callback.headers.get('location') ?? '', profile.redirectUrl);
      pages.push(fetch(location).then((r) => r.text()));
    });
  }

  /** The user's browser opens the page and the user never comes back; `opened` resolves once it opened. */
  function browserLeftAlone() {
    let markOpened!: () => void;
    const opened = new Promise<void>((resolve) => (markOpened = resolve));
    return { browser: new FakeBrowser(async () => markOpened()), opened };
  }

  it('a redirect to a near miss of the loopback URL (trailing slash) is named at once, and its code is never exchanged', async () => {
    const pages: Promise<string>[] = [];
    const browser = new FakeBrowser(async (url) => {
      const state = new URL(url).searchParams.get('state') ?? '';
      const answer = fetch(`${profile.redirectUrl}/?code=near-c0de&state=${state}`, { redirect: 'manual' });
      pages.push(answer.then(async (response) => `${response.status} ${await response.text()}`));
      await answer;
    });
    const authorizer = authorizerWith({ browser, clock });

    const p = await problemOf(authorizer.begin(profile, 'secret', options).result);

    expect(p.diagnosis?.kind).toBe('redirect-near-miss');
    expect(p.diagnosis?.cause).toContain('the path ends with a slash that the profile’s does not have');
    expect(p.diagnosis?.cause).toContain(`http://127.0.0.1:${port}/callback/`);
    expect(JSON.stringify(p)).not.toContain('near-c0de');
    expect(p.timeline?.map((step) => step.event)).toContain('sent elsewhere');
    expect(tokenServer.requests).toEqual([]);
    expect(await pages[0]).toMatch(/^400 .*Not the registered redirect URL/s);
    expect(await canListen(port)).toBe(true);
  });

  it('signs in through the loopback server, shows the done page and stops listening', async () => {
    const pages: Promise<string>[] = [];
    const browser = browserThatRedirects((state) => `code=loop-code&state=${state}`, pages);
    const authorizer = authorizerWith({ browser, clock });

    const tokens = await authorizer.begin(profile, 'secret', options).result;

    expect(tokens.accessToken).toBe('at-123');
    expect(tokenServer.requests[0]?.form.get('code')).toBe('loop-code');
    expect(tokenServer.requests[0]?.form.get('redirect_uri')).toBe(profile.redirectUrl);
    expect(await pages[0]).toContain('Signed in. You can close this tab and return to Mix Explorer.');
    expect(await canListen(port)).toBe(true);
  });

  it('keeps the timeline of a loopback sign-in whose code is refused, without the code, state or secret', async () => {
    tokenServer.setResponder(() => ({
      status: 401,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'invalid_client' }),
    }));
    const pages: Promise<string>[] = [];
    const browser = browserThatRedirects((state) => `code=loopback-code-999&state=${state}`, pages);
    const authorizer = authorizerWith({ browser, clock });
    const p = await problemOf(authorizer.begin(profile, 'loopback-secret-777', options).result);
    expect(p.diagnosis?.kind).toBe('client-rejected');
    const exchange = p.timeline?.filter((step) => step.event !== 'metadata');
    expect(exchange?.map((step) => [step.event, step.status, step.outcome])).toEqual([
      ['authorize', undefined, 'opened in the system browser'],
      ['redirect caught', undefined, 'received by the loopback server'],
      ['token exchange', undefined, 'sent'],
      ['token exchange', 401, 'refused (token-error)'],
      ['failed', undefined, 'token-error'],
    ]);
    const state = new URL(browser.opened[0] ?? '').searchParams.get('state') ?? 'missing';
    for (const secret of ['loopback-code-999', 'loopback-secret-777', state]) {
      expect(JSON.stringify(p.timeline)).not.toContain(secret);
    }
  });

  it('a stray request to the loopback port (a web page guessing it) does not end the sign-in', async () => {
    const pages: Promise<string>[] = [];
    const strays: number[] = [];
    const browser = new FakeBrowser(async (url) => {
      // Before the user has finished logging in, a page fires requests at the redirect URL.
      for (const query of ['', '?code=attacker-code', '?error=access_denied', '?code=x&state=guessed']) {
        strays.push((await fetch(`${profile.redirectUrl}${query}`, { redirect: 'manual' })).status);
      }
      const state = new URL(url).searchParams.get('state') ?? '';
      const callback = await fetch(`${profile.redirectUrl}?code=real-code&state=${state}`, {
        redirect: 'manual',
      });
      pages.push(
        fetch(new URL(callback.headers.get('location') ?? '', profile.redirectUrl)).then((r) => r.text()),
      );
    });
    const authorizer = authorizerWith({ browser, clock });

    const tokens = await authorizer.begin(profile, 'secret', options).result;

    expect(strays).toEqual([404, 404, 404, 404]);
    expect(tokens.accessToken).toBe('at-123');
    expect(tokenServer.requests.map((request) => request.form.get('code'))).toEqual(['real-code']);
    expect(await pages[0]).toContain('Signed in.');
  });

  it('shows a failure on the done page and rejects the attempt', async () => {
    const pages: Promise<string>[] = [];
    const browser = browserThatRedirects((state) => `error=access_denied&state=${state}`, pages);
    const authorizer = authorizerWith({ browser, clock });

    const p = await problemOf(authorizer.begin(profile, 'secret', options).result);

    expect(p.code).toBe('access-denied');
    expect(await pages[0]).toContain('You declined access.');
    expect(tokenServer.requests).toHaveLength(0);
    expect(await canListen(port)).toBe(true);
  });

  it('closes the server on timeout', async () => {
    const { browser, opened } = browserLeftAlone();
    const attempt = authorizerWith({ browser, clock }).begin(profile, 'secret', options);
    await opened;
    expect(await canListen(port)).toBe(false);

    clock.advance(5 * 60_000);
    expect((await problemOf(attempt.result)).code).toBe('timeout');
    expect(await canListen(port)).toBe(true);
  });

  it('closes the server on cancel; focus does nothing', async () => {
    const { browser, opened } = browserLeftAlone();
    const attempt = authorizerWith({ browser, clock }).begin(profile, 'secret', options);
    await opened;
    attempt.focus();
    attempt.cancel();
    expect((await problemOf(attempt.result)).code).toBe('cancelled');
    expect(await canListen(port)).toBe(true);
  });

  it('reports a port in use before opening the browser', async () => {
    const holder = await occupy(port);
    try {
      const browser = new FakeBrowser();
      const authorizer = authorizerWith({ browser, clock });
      const p = await problemOf(authorizer.begin(profile, 'secret', options).result);
      expect(p.code).toBe('port-in-use');
      expect(p.message).toContain(String(port));
      expect(browser.opened).toHaveLength(0);
    } finally {
      await holder.release();
    }
  });

  it('reports a browser that could not be opened and frees the port', async () => {
    const browser = new FakeBrowser(async () => {
      throw new Error('xdg-open failed');
    });
    const authorizer = authorizerWith({ browser, clock });
    const p = await problemOf(authorizer.begin(profile, 'secret', options).result);
    expect(p.code).toBe('load-failed');
    expect(await canListen(port)).toBe(true);
  });
});
