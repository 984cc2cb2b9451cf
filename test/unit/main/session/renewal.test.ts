import { describe, expect, it } from 'vitest';
import type { TokenSet } from '../../../../main/auth/token-set';
import { problem } from '../../../../main/problem';
import { until } from './fakes';
import { LIFETIME, MINUTE, deferred, rejection, setup } from './session-kit';

describe('renewal', () => {
  it('shares one refresh between five concurrent callers, who all get the new token', async () => {
    const t = setup();
    t.store.tokens.set('p1', t.tokens('old', { refreshToken: 'rt-1', expiresAt: t.clock.now() + 30_000 }));
    await t.manager.restore('p1');
    const refreshed = deferred<TokenSet>();
    t.authorizer.onRefresh = () => refreshed.promise;

    const callers = Array.from({ length: 5 }, () => t.manager.accessToken('p1'));
    await until(() => t.authorizer.refreshes.length === 1, 'the refresh');
    expect(t.manager.state('p1').renewal).toBe('renewing');
    refreshed.resolve(t.tokens('new'));

    expect(await Promise.all(callers)).toEqual(['new', 'new', 'new', 'new', 'new']);
    expect(t.authorizer.refreshes).toEqual(['rt-1']);
    expect(t.manager.state('p1').renewal).toBe('idle');
    expect(t.store.tokens.get('p1')?.accessToken).toBe('new');
  });

  it('renews on schedule, 60 s before expiry, and schedules the next one', async () => {
    const t = setup();
    const first = t.tokens('at-1', { refreshToken: 'rt' });
    await t.signIn(first);
    const refreshedAt: number[] = [];
    t.authorizer.onRefresh = async () => {
      refreshedAt.push(t.clock.now());
      return t.tokens(`at-${refreshedAt.length + 1}`);
    };

    t.clock.advance(LIFETIME - MINUTE - 1);
    expect(refreshedAt).toEqual([]);
    t.clock.advance(1);
    await until(() => t.manager.state('p1').expiresAt !== first.expiresAt, 'the renewed expiry');

    expect(refreshedAt).toEqual([first.expiresAt - MINUTE]);
    expect(await t.manager.accessToken('p1')).toBe('at-2');
    const second = t.manager.state('p1').expiresAt ?? 0;
    expect(second).toBe(t.clock.now() + LIFETIME);

    t.clock.advance(LIFETIME - MINUTE);
    await until(() => refreshedAt.length === 2, 'the second renewal');
    expect(refreshedAt[1]).toBe(second - MINUTE);
  });

  it('keeps the refresh token when the refresh response does not rotate it', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1', { refreshToken: 'rt-1' }));
    t.authorizer.onRefresh = async () => t.tokens('at-2');

    await t.manager.renew('p1');
    // However urgent, a profile asks the authorization service at most once per 10 s.
    t.clock.advance(10_000);
    await t.manager.renew('p1');

    expect(t.authorizer.refreshes).toEqual(['rt-1', 'rt-1']);
    expect(t.manager.state('p1').canRefresh).toBe(true);
    expect(t.authorizer.silent).toHaveLength(0);
  });

  it('renews silently in a hidden embedded window when there is no refresh token', async () => {
    const t = setup({ profile: { signInMode: 'system-browser' } });
    await t.signIn(t.tokens('at-1'));
    t.authorizer.onSilent = (attempt) => attempt.succeed(t.tokens('at-2'));

    expect(await t.manager.renew('p1')).toBe('at-2');

    expect(t.authorizer.refreshes).toEqual([]);
    expect(t.authorizer.silent.map((attempt) => attempt.options)).toEqual([
      { mode: 'embedded', partition: 'persist:mix-signin-p1-0', silent: true },
    ]);
    expect(t.manager.state('p1')).toMatchObject({ status: 'signed-in', renewal: 'idle', canRefresh: false });
  });

  it('falls back to silent renewal when the refresh token is refused', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1', { refreshToken: 'revoked' }));
    t.authorizer.onSilent = (attempt) => attempt.succeed(t.tokens('at-2'));

    expect(await t.manager.renew('p1')).toBe('at-2');

    expect(t.authorizer.refreshes).toEqual(['revoked']);
    expect(t.authorizer.silent).toHaveLength(1);
    expect(t.manager.state('p1').canRefresh).toBe(false);
  });

  it('marks the session expired when renewal fails, keeping what the renderer shows', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1'));

    const error = await rejection(t.manager.renew('p1'));

    expect(error.problem).toMatchObject({ code: 'session-expired', actions: ['sign-in'] });
    const state = t.manager.state('p1');
    expect(state).toMatchObject({
      status: 'expired',
      renewal: 'failed',
      account: 'ada@example.com',
      organizationCount: 3,
      lastError: { code: 'session-expired', actions: ['sign-in'] },
    });
    expect((await rejection(t.manager.accessToken('p1'))).problem.code).toBe('session-expired');

    // The SSO session may come back: an explicit renewal tries again (10 s after the last attempt).
    t.authorizer.onSilent = (attempt) => attempt.succeed(t.tokens('at-2'));
    t.clock.advance(10_000);
    expect(await t.manager.renew('p1')).toBe('at-2');
    expect(t.manager.state('p1')).toMatchObject({ status: 'signed-in', renewal: 'idle' });
    expect(t.manager.state('p1').lastError).toBeUndefined();
  });

  it('keeps the silent renewal’s "What happened" on the expired session', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1'));
    const steps = [
      {
        at: 1,
        event: 'authorize',
        host: 'auth.example.test',
        path: '/oauth2/auth',
        outcome: 'opened in a hidden window (silent renewal)',
      },
      { at: 2, event: 'page loaded', host: 'login.example.test', path: '/login' },
      { at: 3, event: 'failed', outcome: 'authorization-error' },
    ];
    t.authorizer.onSilent = (attempt) =>
      attempt.fail(
        problem('authorization-error', 'Mix asked for a sign-in (login_required).', { timeline: steps }),
      );

    const error = await rejection(t.manager.renew('p1'));

    expect(error.problem).toMatchObject({ code: 'session-expired', timeline: steps });
    expect(t.manager.state('p1').lastError).toMatchObject({ code: 'session-expired', timeline: steps });
  });

  it('marks the session expired when a scheduled renewal fails', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1'));
    t.clock.advance(LIFETIME - MINUTE);
    await until(() => t.manager.state('p1').status === 'expired', 'the expired status');
    expect(t.manager.state('p1').lastError?.code).toBe('session-expired');
    expect(t.clock.pendingTimers).toBe(0);
  });

  it('ends a session whose current token Mix.api refused after renewal, keeping the view and stopping renewal', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1'));
    await until(() => t.manager.state('p1').account === 'ada@example.com', 'the account');
    t.manager.rejected('p1', 'at-1', {
      code: 'session-expired',
      message: 'Mix.api no longer accepts this session.',
    });
    const state = t.manager.state('p1');
    expect(state.status).toBe('expired');
    expect(state.lastError?.message).toBe('Mix.api no longer accepts this session.');
    expect(state.account).toBe('ada@example.com');
    expect(t.clock.pendingTimers).toBe(0);
    expect((await rejection(t.manager.accessToken('p1'))).problem.code).toBe('session-expired');
  });

  it('ignores a rejection of a token that is no longer the current one, or of no session', async () => {
    const t = setup();
    t.manager.rejected('p1', 'at-1', { code: 'session-expired', message: 'x' });
    expect(t.manager.state('p1').status).toBe('signed-out');
    await t.signIn(t.tokens('at-2'));
    t.manager.rejected('p1', 'at-1', { code: 'session-expired', message: 'x' });
    expect(t.manager.state('p1').status).toBe('signed-in');
    expect(await t.manager.accessToken('p1')).toBe('at-2');
  });

  it('rejects token requests without a session', async () => {
    const t = setup();
    expect((await rejection(t.manager.accessToken('p1'))).problem.code).toBe('not-signed-in');
    expect((await rejection(t.manager.renew('p1'))).problem.code).toBe('not-signed-in');
  });

  it('discards a renewal that finishes after sign-out', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1', { refreshToken: 'rt' }));
    const refreshed = deferred<TokenSet>();
    t.authorizer.onRefresh = () => refreshed.promise;
    const renewal = t.manager.renew('p1');
    await until(() => t.authorizer.refreshes.length === 1, 'the refresh');

    await t.manager.signOut('p1');
    refreshed.resolve(t.tokens('at-2'));

    expect((await rejection(renewal)).problem.code).toBe('not-signed-in');
    expect(t.manager.state('p1').status).toBe('signed-out');
    expect(t.store.tokens.has('p1')).toBe(false);
  });
});

describe('renewal through passing failures', () => {
  const networkDown = () =>
    problem('network', 'Could not reach auth.crt.nuance.com.', { host: 'auth.crt.nuance.com' });

  it('keeps the session through a network blip: "retrying", then renewed on the next attempt', async () => {
    const t = setup();
    const first = t.tokens('at-1', { refreshToken: 'rt' });
    await t.signIn(first);
    let calls = 0;
    t.authorizer.onRefresh = async () => {
      calls += 1;
      if (calls === 1) throw networkDown();
      return t.tokens('at-2');
    };

    t.clock.advance(LIFETIME - MINUTE);
    await until(() => t.manager.state('p1').renewal === 'retrying', 'the retrying state');

    expect(t.manager.state('p1')).toMatchObject({
      status: 'signed-in',
      renewal: 'retrying',
      renewalRetryAt: t.clock.now() + 10_000,
      lastError: {
        code: 'network',
        detail: 'Could not reach auth.crt.nuance.com.',
        actions: ['retry', 'sign-in'],
      },
    });
    expect(t.manager.state('p1').lastError?.message).toContain('will try again in 10 s');
    // The current token still works: reads go on with it.
    expect(await t.manager.accessToken('p1')).toBe('at-1');
    expect(t.authorizer.silent).toHaveLength(0);

    t.clock.advance(10_000);
    await until(() => t.manager.state('p1').renewal === 'idle', 'the renewal');
    expect(t.manager.state('p1')).toMatchObject({ status: 'signed-in', renewal: 'idle' });
    expect(t.manager.state('p1').lastError).toBeUndefined();
    expect(await t.manager.accessToken('p1')).toBe('at-2');
    expect(t.authorizer.refreshes).toEqual(['rt', 'rt']);
  });

  it.each([
    [
      'a 503 from the token endpoint',
      problem('token-error', 'The token endpoint refused the request (HTTP 503).', { status: 503 }),
    ],
    [
      'a 429 from the token endpoint',
      problem('token-error', 'The token endpoint refused the request (HTTP 429).', { status: 429 }),
    ],
    [
      'an HTML page with 200',
      problem('token-error', 'The token endpoint answered with an HTML page (HTTP 200).', { status: 200 }),
    ],
    ['a timeout', problem('timeout', 'Silent sign-in renewal timed out after 15 seconds.')],
    ['a page that would not load', problem('load-failed', 'Mix Explorer could not load the sign-in page.')],
  ])('counts %s as passing: the session stays, backing off 10 s, 20 s, 40 s', async (_name, failure) => {
    const t = setup();
    await t.signIn(t.tokens('at-1'));
    t.authorizer.onSilent = (attempt) => attempt.fail(failure);

    const started = t.clock.now();
    void t.manager.renew('p1').catch(() => undefined);
    await until(() => t.manager.state('p1').renewal === 'retrying', 'the first failure');
    t.clock.advance(10_000);
    await until(() => t.authorizer.silent.length === 2, 'the second attempt');
    await until(() => t.manager.state('p1').renewal === 'retrying', 'the second failure');
    t.clock.advance(20_000);
    await until(() => t.authorizer.silent.length === 3, 'the third attempt');
    await until(() => t.manager.state('p1').renewal === 'retrying', 'the third failure');

    expect(t.manager.state('p1')).toMatchObject({
      status: 'signed-in',
      renewalRetryAt: started + 10_000 + 20_000 + 40_000,
    });
  });

  it('gives up waiting for an attempt that never answers after the attempt time, and aborts it', async () => {
    const t = setup({ renewalAttemptTimeoutMs: 3_000 });
    await t.signIn(t.tokens('at-1', { refreshToken: 'rt' }));
    t.authorizer.onRefresh = () => new Promise<TokenSet>(() => undefined);

    void t.manager.renew('p1').catch(() => undefined);
    await until(() => t.authorizer.refreshes.length === 1, 'the refresh');
    t.clock.advance(3_000);
    await until(() => t.manager.state('p1').renewal === 'retrying', 'the retrying state');

    expect(t.authorizer.refreshSignals[0]?.aborted).toBe(true);
    expect(t.manager.state('p1').lastError).toMatchObject({ code: 'timeout' });
    expect(t.manager.state('p1').lastError?.detail).toContain('within 3 seconds');
  });

  it.each([
    ['the refresh grant refused (invalid_grant) and the SSO session wants a login', true],
    ['the silent sign-in answered login_required', false],
  ])('ends the session only on a definitive answer: %s', async (_name, withRefresh) => {
    const t = setup();
    await t.signIn(t.tokens('at-1', withRefresh ? { refreshToken: 'rt' } : {}));
    t.authorizer.onRefresh = () =>
      Promise.reject(problem('token-error', 'The sign-in code was not accepted.', { status: 400 }));
    t.authorizer.onSilent = (attempt) =>
      attempt.fail(
        withRefresh
          ? problem('session-expired', 'Your Mix sign-in has expired. Please sign in again.')
          : problem(
              'authorization-error',
              'The Mix authorization service refused the sign-in (login_required).',
            ),
      );

    const error = await rejection(t.manager.renew('p1'));

    expect(error.problem.code).toBe('session-expired');
    expect(t.manager.state('p1')).toMatchObject({ status: 'expired', renewal: 'failed' });
    expect(t.authorizer.silent).toHaveLength(1);
  });

  it('a 401 from the token endpoint is definitive', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1'));
    t.authorizer.onSilent = (attempt) =>
      attempt.fail(problem('token-error', 'Mix rejected the client ID or secret.', { status: 401 }));
    await rejection(t.manager.renew('p1'));
    expect(t.manager.state('p1').status).toBe('expired');
  });

  it('while the token works retries the refresh only; once it has expired falls back to silent renewal', async () => {
    const t = setup();
    const first = t.tokens('at-1', { refreshToken: 'rt' });
    await t.signIn(first);
    t.authorizer.onRefresh = () => Promise.reject(networkDown());
    t.authorizer.onSilent = (attempt) => attempt.succeed(t.tokens('at-2'));

    t.clock.advance(LIFETIME - MINUTE);
    await until(() => t.manager.state('p1').renewal === 'retrying', 'the first failure');
    t.clock.advance(10_000);
    await until(() => t.authorizer.refreshes.length === 2, 'the second refresh');
    await until(() => t.manager.state('p1').renewal === 'retrying', 'the second failure');
    t.clock.advance(20_000);
    await until(() => t.authorizer.refreshes.length === 3, 'the third refresh');
    await until(() => t.manager.state('p1').renewal === 'retrying', 'the third failure');
    expect(t.authorizer.silent).toHaveLength(0);

    // The next attempt falls after the expiry: refresh first, then the silent sign-in.
    t.clock.advance(40_000);
    await until(() => t.manager.state('p1').renewal === 'idle', 'the renewal');
    expect(t.clock.now()).toBeGreaterThan(first.expiresAt);
    expect(t.authorizer.refreshes).toHaveLength(4);
    expect(t.authorizer.silent).toHaveLength(1);
    expect(await t.manager.accessToken('p1')).toBe('at-2');
  });

  it('a passing failure with a refresh token left is not the end, even when the silent sign-in says login', async () => {
    const t = setup();
    t.store.tokens.set('p1', t.tokens('stale', { refreshToken: 'rt', expiresAt: t.clock.now() - MINUTE }));
    t.authorizer.onRefresh = () => Promise.reject(networkDown());
    t.authorizer.onSilent = (attempt) =>
      attempt.fail(problem('session-expired', 'Your Mix sign-in has expired. Please sign in again.'));

    const state = await t.manager.restore('p1');

    expect(state).toMatchObject({ status: 'signed-in', renewal: 'retrying' });
  });
});

describe('reads during a renewal', () => {
  it('wait for it, and get the new token', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1', { refreshToken: 'rt' }));
    const refreshed = deferred<TokenSet>();
    t.authorizer.onRefresh = () => refreshed.promise;
    t.clock.advance(LIFETIME - MINUTE);
    await until(() => t.authorizer.refreshes.length === 1, 'the scheduled refresh');

    const read = t.manager.accessToken('p1');
    refreshed.resolve(t.tokens('at-2'));

    expect(await read).toBe('at-2');
  });

  it('wait at most a few seconds while the current token still works', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1', { refreshToken: 'rt' }));
    t.authorizer.onRefresh = () => new Promise<TokenSet>(() => undefined);
    t.clock.advance(LIFETIME - MINUTE);
    await until(() => t.authorizer.refreshes.length === 1, 'the scheduled refresh');

    let token: string | undefined;
    void t.manager.accessToken('p1').then((value) => (token = value));
    await until(() => t.clock.pendingTimers > 0, 'the wait');
    expect(token).toBeUndefined();
    t.clock.advance(5_000);
    await until(() => token !== undefined, 'the read');
    expect(token).toBe('at-1');
  });

  it('after expiry, a read tries once more (10 s after the last attempt) and is told it is still renewing', async () => {
    const t = setup();
    t.store.tokens.set('p1', t.tokens('stale', { expiresAt: t.clock.now() - MINUTE }));
    t.authorizer.onSilent = (attempt) =>
      attempt.fail(problem('load-failed', 'Could not load the sign-in page.'));
    await t.manager.restore('p1');
    expect(t.manager.state('p1')).toMatchObject({ status: 'signed-in', renewal: 'retrying' });
    expect(t.authorizer.silent).toHaveLength(1);

    // Within 10 s of the last attempt the read waits for the scheduled one.
    t.clock.advance(5_000);
    const early = rejection(t.manager.accessToken('p1'));
    expect(t.authorizer.silent).toHaveLength(1);
    t.clock.advance(5_000);
    const failed = await early;
    expect(t.authorizer.silent).toHaveLength(2);
    expect(failed.problem).toMatchObject({ code: 'network', actions: ['retry'] });

    // The backoff now says 20 s; a read after 10 s cuts it short, and this time the sign-in service answers.
    t.authorizer.onSilent = (attempt) => attempt.succeed(t.tokens('fresh'));
    t.clock.advance(10_000);
    expect(await t.manager.accessToken('p1')).toBe('fresh');
    expect(t.authorizer.silent).toHaveLength(3);
    expect(t.manager.state('p1')).toMatchObject({ status: 'signed-in', renewal: 'idle' });
  });

  it('are cancelled by their own signal without stopping the renewal', async () => {
    const t = setup();
    t.store.tokens.set('p1', t.tokens('stale', { refreshToken: 'rt', expiresAt: t.clock.now() - MINUTE }));
    const refreshed = deferred<TokenSet>();
    t.authorizer.onRefresh = () => refreshed.promise;
    void t.manager.restore('p1');
    await until(() => t.authorizer.refreshes.length === 1, 'the refresh');

    const controller = new AbortController();
    const read = rejection(t.manager.accessToken('p1', controller.signal));
    controller.abort();
    expect((await read).problem.code).toBe('cancelled');

    refreshed.resolve(t.tokens('fresh'));
    expect(await t.manager.accessToken('p1')).toBe('fresh');
  });
});

describe('one renewal per token generation', () => {
  it('401s for the same token, however spread out, cause one renewal; later ones get the current token', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1', { refreshToken: 'rt' }));
    let issued = 1;
    t.authorizer.onRefresh = async () => t.tokens(`at-${++issued}`);

    const tokens: string[] = [];
    for (let read = 0; read < 20; read += 1) {
      tokens.push(await t.manager.renew('p1', 'at-1'));
      t.clock.advance(700);
    }

    expect(t.authorizer.refreshes).toHaveLength(1);
    expect(new Set(tokens)).toEqual(new Set(['at-2']));
  });

  it('a 401 for the current token renews at once, but never within 10 s of the last renewal', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1', { refreshToken: 'rt' }));
    let issued = 1;
    t.authorizer.onRefresh = async () => t.tokens(`at-${++issued}`);
    expect(await t.manager.renew('p1', 'at-1')).toBe('at-2');

    t.clock.advance(1_000);
    const second = t.manager.renew('p1', 'at-2');
    t.clock.advance(8_999);
    await Promise.resolve();
    expect(t.authorizer.refreshes).toHaveLength(1);
    t.clock.advance(1);
    expect(await second).toBe('at-3');
    expect(t.authorizer.refreshes).toHaveLength(2);
  });

  it('short-lived tokens renew half-way through their life, not at once again and again', async () => {
    const t = setup();
    const issuedAt = t.clock.now();
    await t.signIn(t.tokens('at-0', { expiresAt: issuedAt + 30_000, issuedAt }));
    t.authorizer.onSilent = (attempt) =>
      attempt.succeed(t.tokens(`at-${t.authorizer.silent.length}`, { expiresAt: t.clock.now() + 30_000 }));
    expect(t.manager.state('p1').renewsAt).toBe(issuedAt + 15_000);

    for (let step = 0; step < 590; step += 1) {
      t.clock.advance(100);
      await until(() => t.manager.state('p1').renewal !== 'renewing', 'a renewal to settle');
    }

    // 59 s of 30-s tokens: a renewal every 15 s.
    expect(t.authorizer.silent).toHaveLength(3);
  });

  it('tokens that live only seconds still renew at most once per 10 s', async () => {
    const t = setup();
    const issuedAt = t.clock.now();
    await t.signIn(t.tokens('at-0', { expiresAt: issuedAt + 2_000, issuedAt }));
    t.authorizer.onSilent = (attempt) =>
      attempt.succeed(t.tokens(`at-${t.authorizer.silent.length}`, { expiresAt: t.clock.now() + 2_000 }));

    for (let step = 0; step < 600; step += 1) {
      t.clock.advance(100);
      await until(() => t.manager.state('p1').renewal !== 'renewing', 'a renewal to settle');
    }

    expect(t.authorizer.silent.length).toBeGreaterThan(0);
    expect(t.authorizer.silent.length).toBeLessThanOrEqual(6);
  });
});
