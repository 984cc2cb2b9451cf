import axios from 'axios';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuthorizer } from '../../../../main/auth/authorizer';
import { createRecentSignIns, RECENT_SIGN_INS } from '../../../../main/auth/sign-in-timeline';
import { createMenuActions } from '../../../../main/menu/menu-actions';
import type { AuthorizeOptions } from '../../../../main/session/session-deps';
import { createFakeClock } from '../auth/support/fake-clock';
import { FakeSurface } from '../auth/support/fake-surface';
import { testProfile } from '../auth/support/profile';
import { startTokenServer, validTokenResponse } from '../auth/support/token-server';

// "Copy diagnostics" carries the last sign-in attempts' timelines, made by the real authorizer against a
// real HTTP token endpoint, and none of the secrets the attempts handled.

const EMBEDDED: AuthorizeOptions = { mode: 'embedded', partition: 'persist:mix-signin-p1-0', silent: false };
const SILENT: AuthorizeOptions = { ...EMBEDDED, silent: true };
const REDIRECT = 'http://localhost:3000/callback';

describe('Copy diagnostics: the sign-in timelines', () => {
  let tokenServer: Awaited<ReturnType<typeof startTokenServer>>;
  beforeEach(async () => {
    tokenServer = await startTokenServer();
  });
  afterEach(() => tokenServer.close());

  function setUp() {
    const clock = createFakeClock();
    const surface = new FakeSurface();
    const recent = createRecentSignIns();
    const authorizer = createAuthorizer({
      surface,
      browser: { open: async () => undefined },
      http: () => axios.create(),
      clock,
      onSignInFinished: recent.add,
    });
    const clipboard: string[] = [];
    const actions = createMenuActions({
      versions: { app: '0.1.0' },
      os: () => ({ platform: 'linux', release: '6.1.0', arch: 'x64' }),
      activeSystem: () => 'Custom',
      signIns: recent.list,
      log: { folder: '/tmp/logs', recentFailures: () => [], warn: () => undefined },
      clipboard: { writeText: (text) => clipboard.push(text) },
      openPath: async () => '',
      openDocumentation: () => true,
      showMessage: () => undefined,
    });
    const copy = () => {
      actions.copyDiagnostics();
      return clipboard.at(-1) ?? '';
    };
    return { clock, surface, authorizer, copy };
  }

  it('holds a refused exchange, a sign-in and a silent renewal step by step, and no secret', async () => {
    const { clock, surface, authorizer, copy } = setUp();
    const profile = testProfile({
      name: 'Work US',
      authServerUrl: tokenServer.origin,
      redirectUrl: REDIRECT,
    });
    const handedOut: string[] = [];
    const remember = (url: string) => {
      const query = new URL(url).searchParams;
      handedOut.push(query.get('state') ?? '', query.get('code_challenge') ?? '');
    };

    // 1. The token endpoint refuses the code (and echoes it).
    tokenServer.setResponder(() => ({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'invalid_grant', error_description: 'code refused-code-4242 was used' }),
    }));
    const refused = authorizer.begin(profile, 'client-secret-value-1', EMBEDDED);
    remember(surface.last.request.url);
    surface.last.observer.pageLoaded('https://login.example.test/login?session=sso-cookie-value-9');
    clock.advance(1_000);
    surface.last.observer.redirect(`${REDIRECT}?code=refused-code-4242&state=${surface.last.state()}`);
    await refused.result.catch(() => undefined);

    // 2. A sign-in that works: its access token must not show either.
    tokenServer.setResponder(validTokenResponse);
    const signedIn = authorizer.begin(profile, 'client-secret-value-1', EMBEDDED);
    remember(surface.last.request.url);
    surface.last.observer.redirect(`${REDIRECT}?code=good-code-7777&state=${surface.last.state()}`);
    await signedIn.result;
    // The session manager notes the first Mix.api call once the attempt is over.
    signedIn.note?.('first Mix.api call', 'https://api.example.test/v4/organizations', {
      outcome: 'answered (3 organizations)',
    });

    // 3. A silent renewal that met a login page.
    const silent = authorizer.begin(profile, 'client-secret-value-1', SILENT);
    remember(surface.last.request.url);
    surface.last.observer.pageLoaded('https://login.example.test/login?prompt=login');
    await silent.result.catch(() => undefined);

    for (const request of tokenServer.requests) {
      handedOut.push(request.headers.authorization ?? '', request.form.get('code_verifier') ?? '');
    }
    handedOut.push(
      'client-secret-value-1',
      'refused-code-4242',
      'good-code-7777',
      'sso-cookie-value-9',
      'at-123',
    );

    const text = copy();
    expect(text).toContain('Recent sign-ins (3, oldest first):');
    expect(text).toContain('  Work US: token-error');
    expect(text).toContain('  Work US: signed in');
    expect(text).toMatch(/ {2}Work US \(silent renewal\): \w/);
    expect(text).toMatch(/token exchange {2}127\.0\.0\.1:\d+\/oauth2\/token {2}HTTP 400/);
    expect(text).toContain('page loaded  login.example.test/login ?session');
    expect(text).toMatch(
      /first Mix\.api call {2}api\.example\.test\/v4\/organizations {2}answered \(3 organizations\)/,
    );
    for (const secret of handedOut.filter((value) => value.length > 0)) {
      expect(text).not.toContain(secret);
    }
  });

  it('keeps only the newest attempts', async () => {
    const { surface, authorizer, copy } = setUp();
    for (let i = 0; i < RECENT_SIGN_INS + 2; i += 1) {
      const profile = testProfile({ name: `Profile ${i}`, authServerUrl: tokenServer.origin });
      const attempt = authorizer.begin(profile, 'secret', EMBEDDED);
      attempt.cancel();
      await attempt.result.catch(() => undefined);
      expect(surface.last).toBeDefined();
    }
    const text = copy();
    expect(text).toContain(`Recent sign-ins (${RECENT_SIGN_INS}, oldest first):`);
    expect(text).not.toContain('Profile 1:');
    expect(text).toContain(`Profile ${RECENT_SIGN_INS + 1}: cancelled`);
  });
});
