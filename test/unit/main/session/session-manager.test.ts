import { describe, expect, it } from 'vitest';
import type { SessionState } from '../../../../common/ipc-contract';
import { problem } from '../../../../main/problem';
import { until } from './fakes';
import { MINUTE, deferred, rejection, setup } from './session-kit';

describe('sign-in', () => {
  it('signs in with the profile, its secret and its partition, saves the tokens and learns the account', async () => {
    const t = setup();
    const granted = t.tokens('at-1');

    const state = await t.signIn(granted);

    const [attempt] = t.authorizer.interactive;
    expect(attempt?.options).toEqual({
      mode: 'embedded',
      partition: 'persist:mix-signin-p1-0',
      silent: false,
    });
    expect(attempt?.clientSecret).toBe('secret-p1');
    expect(state).toEqual({
      profileId: 'p1',
      status: 'signed-in',
      system: 'US',
      expiresAt: granted.expiresAt,
      renewsAt: granted.expiresAt - MINUTE,
      scope: 'mix-api',
      canRefresh: false,
      renewal: 'idle',
      signInMode: 'embedded',
      account: 'ada@example.com',
      organizationCount: 3,
    });
    expect(t.store.tokens.get('p1')).toEqual(granted);
    await until(() => t.manager.state('p1').account === 'ada@example.com', 'the account');
    expect(t.lookups).toEqual(['p1:at-1']);
    expect(t.changes.map((change) => change.status)).toEqual(['signing-in', 'signed-in', 'signed-in']);
    expect(await t.manager.accessToken('p1')).toBe('at-1');
  });

  it('uses the requested mode for this attempt only', async () => {
    const t = setup();
    const pending = t.manager.signIn({ profileId: 'p1', mode: 'system-browser' });
    await until(() => t.authorizer.interactive.length === 1, 'the attempt');
    expect(t.authorizer.interactive[0]?.options.mode).toBe('system-browser');
    expect(t.manager.state('p1').signInMode).toBe('system-browser');
    t.authorizer.interactive[0]?.succeed(t.tokens('at'));
    await pending;
  });

  it('runs one attempt per profile: a second call focuses the window and shares the result', async () => {
    const t = setup();
    const first = t.manager.signIn({ profileId: 'p1' });
    await until(() => t.authorizer.interactive.length === 1, 'the attempt');
    const second = t.manager.signIn({ profileId: 'p1' });
    const attempt = t.authorizer.interactive[0];
    expect(attempt?.focusCount).toBe(1);

    attempt?.succeed(t.tokens('at-1'));
    const [a, b] = await Promise.all([first, second]);

    expect(t.authorizer.interactive).toHaveLength(1);
    expect(a.status).toBe('signed-in');
    expect(b).toEqual(a);
  });

  it('focuses the window once it exists when the second click comes before it opened', async () => {
    const t = setup();
    const first = t.manager.signIn({ profileId: 'p1' });
    const second = t.manager.signIn({ profileId: 'p1' });
    await until(() => t.authorizer.interactive.length === 1, 'the attempt');
    expect(t.authorizer.interactive[0]?.focusCount).toBe(1);
    t.authorizer.interactive[0]?.succeed(t.tokens('at-1'));
    expect(await second).toEqual(await first);
  });

  it('treats a cancelled attempt quietly: back to signed-out, no error, the promise resolves', async () => {
    const t = setup();
    const pending = t.manager.signIn({ profileId: 'p1' });
    await until(() => t.authorizer.interactive.length === 1, 'the attempt');

    const afterCancel = await t.manager.cancelSignIn('p1');
    const result = await pending;

    expect(t.authorizer.interactive[0]?.cancelCount).toBe(1);
    expect(afterCancel).toEqual(result);
    expect(result.status).toBe('signed-out');
    expect(result.lastError).toBeUndefined();
    expect(t.store.tokens.has('p1')).toBe(false);
  });

  it('returns to the live session when a second sign-in (another account) is closed', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1'));
    const pending = t.manager.signIn({ profileId: 'p1', freshAccount: true });
    await until(() => t.authorizer.interactive.length === 2, 'the second attempt');
    t.authorizer.interactive[1]?.fail(problem('cancelled', 'Sign-in was cancelled.'));

    const state = await pending;

    expect(state.status).toBe('signed-in');
    expect(state.account).toBe('ada@example.com');
    expect(await t.manager.accessToken('p1')).toBe('at-1');
  });

  it('records a failed attempt as lastError and rejects with the problem', async () => {
    const t = setup();
    const pending = t.manager.signIn({ profileId: 'p1' });
    await until(() => t.authorizer.interactive.length === 1, 'the attempt');
    t.authorizer.interactive[0]?.fail(
      problem('access-denied', 'You declined access for Mix Explorer.', { actions: ['retry'] }),
    );

    const error = await rejection(pending);

    expect(error.problem.code).toBe('access-denied');
    const state = t.manager.state('p1');
    expect(state.status).toBe('signed-out');
    expect(state.lastError).toEqual(error.problem);
  });

  it('turns an unexpected failure into an internal problem without its text', async () => {
    const t = setup();
    const pending = t.manager.signIn({ profileId: 'p1' });
    await until(() => t.authorizer.interactive.length === 1, 'the attempt');
    t.authorizer.interactive[0]?.fail(new Error('boom with code=abc'));

    const error = await rejection(pending);

    expect(error.problem.code).toBe('internal');
    expect(error.problem.message).not.toContain('abc');
  });

  it('starts "another account" in a fresh partition and keeps using it for renewal', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1'));
    await t.signIn(t.tokens('at-2'), { freshAccount: true });

    expect(t.authorizer.interactive.map((attempt) => attempt.options.partition)).toEqual([
      'persist:mix-signin-p1-0',
      'persist:mix-signin-p1-1',
    ]);
    expect(t.store.partitionGeneration('p1')).toBe(1);

    t.authorizer.onSilent = (attempt) => attempt.succeed(t.tokens('at-3'));
    expect(await t.manager.renew('p1')).toBe('at-3');
    expect(t.authorizer.silent[0]?.options.partition).toBe('persist:mix-signin-p1-1');
  });

  it('is signed in before the account lookup answers; the account follows when it does', async () => {
    const lookup = deferred<{ account?: string; organizationCount?: number }>();
    const t = setup({ account: () => lookup.promise });
    let signedIn: SessionState | undefined;
    void t.signIn(t.tokens('at-1')).then((state) => (signedIn = state));

    await until(() => signedIn !== undefined, 'the signed-in state without the account');
    expect(signedIn).toMatchObject({ status: 'signed-in' });
    expect(signedIn?.account).toBeUndefined();

    lookup.resolve({ account: 'ada@example.com', organizationCount: 3 });
    await until(() => t.changes.at(-1)?.account === 'ada@example.com', 'the account');
    expect(t.changes.at(-1)).toMatchObject({ status: 'signed-in', organizationCount: 3 });
  });

  it('does not fail the sign-in when the account lookup fails', async () => {
    const t = setup({
      account: () => Promise.reject(problem('network', 'Could not reach mix.api.nuance.com.')),
    });
    const state = await t.signIn(t.tokens('at-1'));
    expect(state.status).toBe('signed-in');
    expect(state.account).toBeUndefined();
    expect(state.lastError).toBeUndefined();
  });

  it('notes the first Mix.api call (the account lookup) on the sign-in’s timeline, answered or failed', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1'));
    await until(() => (t.authorizer.interactive.at(-1)?.notes.length ?? 0) > 0, 'the noted call');
    expect(t.authorizer.interactive.at(-1)?.notes).toEqual([
      {
        event: 'first Mix.api call',
        url: 'https://mix.api.nuance.com/v4/organizations',
        details: { outcome: 'answered (3 organizations)' },
      },
    ]);

    const failing = setup({
      account: () => Promise.reject(problem('forbidden', 'Mix.api refused.', { status: 403 })),
    });
    await failing.signIn(failing.tokens('at-1'));
    await until(() => (failing.authorizer.interactive.at(-1)?.notes.length ?? 0) > 0, 'the noted failure');
    expect(failing.authorizer.interactive.at(-1)?.notes[0]?.details).toEqual({
      status: 403,
      outcome: 'forbidden',
    });
  });

  it('rejects an unknown profile', async () => {
    const t = setup();
    const error = await rejection(t.manager.signIn({ profileId: 'nope' }));
    expect(error.problem.code).toBe('not-found');
  });
});

describe('restore', () => {
  it('restores unexpired tokens as signed in, without asking the authorization service', async () => {
    const t = setup();
    const saved = t.tokens('saved', { expiresAt: t.clock.now() + 10 * MINUTE });
    t.store.tokens.set('p1', saved);

    const state = await t.manager.restore('p1');

    expect(state).toMatchObject({ status: 'signed-in', expiresAt: saved.expiresAt, renewal: 'idle' });
    expect(await t.manager.accessToken('p1')).toBe('saved');
    await until(() => t.manager.state('p1').account === 'ada@example.com', 'the account');
    expect(t.authorizer.attempts).toHaveLength(0);
    expect(t.authorizer.refreshes).toHaveLength(0);
  });

  it('renews expired tokens quietly with the saved refresh token', async () => {
    const t = setup();
    t.store.tokens.set('p1', t.tokens('stale', { refreshToken: 'rt', expiresAt: t.clock.now() - MINUTE }));
    t.authorizer.onRefresh = async () => t.tokens('fresh');

    const state = await t.manager.restore('p1');

    expect(state.status).toBe('signed-in');
    expect(t.authorizer.refreshes).toEqual(['rt']);
    expect(await t.manager.accessToken('p1')).toBe('fresh');
    expect(t.store.tokens.get('p1')?.accessToken).toBe('fresh');
  });

  it('marks expired tokens expired when quiet renewal fails', async () => {
    const t = setup();
    t.store.tokens.set('p1', t.tokens('stale', { expiresAt: t.clock.now() - MINUTE }));

    const state = await t.manager.restore('p1');

    expect(state).toMatchObject({
      status: 'expired',
      renewal: 'failed',
      lastError: { code: 'session-expired' },
    });
    expect(t.authorizer.silent).toHaveLength(1);
  });

  it('stays signed out when nothing was saved', async () => {
    const t = setup();
    expect((await t.manager.restore('p1')).status).toBe('signed-out');
  });
});

describe('sign-out, forget, copy', () => {
  it('signs out without touching the partition', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1'));

    const state = await t.manager.signOut('p1');

    expect(state).toEqual({
      profileId: 'p1',
      system: 'US',
      status: 'signed-out',
      renewal: 'idle',
      signInMode: 'embedded',
    });
    expect(t.store.tokens.has('p1')).toBe(false);
    expect(t.partitions.cleared).toEqual([]);
    expect(t.clock.pendingTimers).toBe(0);
    expect((await rejection(t.manager.accessToken('p1'))).problem.code).toBe('not-signed-in');
  });

  it('forgets the sign-in by clearing every partition the profile ever used, not only the newest', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1'));
    await t.signIn(t.tokens('at-2'), { freshAccount: true });
    await t.signIn(t.tokens('at-3'), { freshAccount: true });

    const state = await t.manager.forget('p1');

    expect(state.status).toBe('signed-out');
    // The first account's cookies (generation 0) are on disk too: they go as well.
    for (const generation of [0, 1, 2]) {
      expect(t.partitions.cleared).toContain(`persist:mix-signin-p1-${generation}`);
      expect(t.partitions.cleared).toContain(`mix-signin-p1-${generation}`);
    }
    expect(t.store.tokens.has('p1')).toBe(false);
  });

  it('keeps the Mix login in memory (no persist: partition) while secrets are memory-only', async () => {
    let persist = false;
    const t = setup({ persistSignIn: () => persist });
    await t.signIn(t.tokens('at-1'));
    expect(t.authorizer.interactive[0]?.options.partition).toBe('mix-signin-p1-0');
    persist = true;
    await t.signIn(t.tokens('at-2'));
    expect(t.authorizer.interactive[1]?.options.partition).toBe('persist:mix-signin-p1-0');
  });

  it('signing out during a sign-in closes the window and stays signed out', async () => {
    const t = setup();
    const pending = t.manager.signIn({ profileId: 'p1' });
    await until(() => t.authorizer.interactive.length === 1, 'the attempt');

    await t.manager.signOut('p1');

    expect(t.authorizer.interactive[0]?.cancelCount).toBe(1);
    expect((await pending).status).toBe('signed-out');
    expect(t.manager.state('p1').lastError).toBeUndefined();
  });

  it('copies the current token to the clipboard', async () => {
    const t = setup();
    const granted = t.tokens('at-1');
    await t.signIn(granted);

    const result = await t.manager.copyAccessToken('p1');

    expect(t.clipboard.text).toBe('at-1');
    expect(result).toEqual({ expiresAt: granted.expiresAt });
  });

  it('renews before copying a token that is about to expire', async () => {
    const t = setup();
    t.store.tokens.set('p1', t.tokens('old', { refreshToken: 'rt', expiresAt: t.clock.now() + 10_000 }));
    await t.manager.restore('p1');
    const renewed = t.tokens('new');
    t.authorizer.onRefresh = async () => renewed;

    const result = await t.manager.copyAccessToken('p1');

    expect(t.clipboard.text).toBe('new');
    expect(result.expiresAt).toBe(renewed.expiresAt);
  });

  it('copies nothing without a session', async () => {
    const t = setup();
    expect((await rejection(t.manager.copyAccessToken('p1'))).problem.code).toBe('not-signed-in');
    expect(t.clipboard.text).toBeUndefined();
  });

  it('dispose cancels timers and open attempts', async () => {
    const t = setup();
    await t.signIn(t.tokens('at-1'));
    const pending = t.manager.signIn({ profileId: 'p1', freshAccount: true });
    await until(() => t.authorizer.interactive.length === 2, 'the second attempt');

    t.manager.dispose();

    expect(t.clock.pendingTimers).toBe(0);
    expect(t.authorizer.interactive[1]?.cancelCount).toBe(1);
    await pending;
  });
});
