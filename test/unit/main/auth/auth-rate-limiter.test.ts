import axios from 'axios';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Problem } from '../../../../common/ipc-contract';
import {
  AUTH_REQUESTS_PER_MINUTE,
  createAuthRateLimiter,
  type AuthRateLimiter,
  type HoldBack,
} from '../../../../main/auth/auth-rate-limiter';
import { createAuthorizer } from '../../../../main/auth/authorizer';
import { holdBackNotices } from '../../../../main/auth/hold-back-notice';
import type { SignInSurface } from '../../../../main/ports/sign-in-surface';
import { ProblemError } from '../../../../main/problem';
import { createFakeClock, type FakeClock } from './support/fake-clock';
import { FakeSurface } from './support/fake-surface';
import { testProfile } from './support/profile';
import { startTokenServer } from './support/token-server';

const HOST_A = 'https://auth.crt.nuance.com/oauth2/token';
const HOST_B = 'https://auth.crt.nuance.eu/oauth2/token';

function problemOf(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  throw error;
}

describe('createAuthRateLimiter', () => {
  let clock: FakeClock;
  let holdBacks: HoldBack[];
  let limiter: AuthRateLimiter;

  beforeEach(() => {
    clock = createFakeClock();
    holdBacks = [];
    limiter = createAuthRateLimiter({ clock, perMinute: 3, onHoldBack: (event) => holdBacks.push(event) });
  });

  it('lets a handful through per rolling minute and host, then says how long until the next', () => {
    expect([1, 2, 3].map(() => limiter.tryTake(HOST_A, 'token refresh'))).toEqual([true, true, true]);
    clock.advance(20_000);
    expect(limiter.tryTake(HOST_A, 'metadata discovery')).toBe(false);
    expect(holdBacks).toEqual([
      { host: 'auth.crt.nuance.com', purpose: 'metadata discovery', waitMs: 40_000, refused: true },
    ]);
    // Another authorization service has a budget of its own.
    expect(limiter.tryTake(HOST_B, 'sign-in')).toBe(true);
    clock.advance(40_000);
    expect(limiter.tryTake(HOST_A, 'sign-in')).toBe(true);
  });

  it('refuses an interactive sign-in with a problem that names the host, the limit and the wait', () => {
    for (let i = 0; i < 3; i++) limiter.tryTake(HOST_A, 'token refresh');
    clock.advance(15_000);
    expect(limiter.tryTake(HOST_A, 'sign-in', false)).toBe(false);
    expect(holdBacks).toHaveLength(0);
    const refused = limiter.refusal(HOST_A, 'sign-in').problem;
    expect(refused).toMatchObject({ code: 'rate-limited', host: 'auth.crt.nuance.com', actions: ['retry'] });
    expect(refused.message).toBe(
      'Mix Explorer sends at most 3 requests a minute to auth.crt.nuance.com (the service allows about 50 per address), so it held back the sign-in: try again in 45 seconds.',
    );
    expect(holdBacks).toEqual([expect.objectContaining({ refused: true, waitMs: 45_000 })]);
  });

  it('makes waiting callers wait their turn, in order, and says so', async () => {
    const served: string[] = [];
    const takes = ['a', 'b', 'c', 'd', 'e'].map((name) =>
      limiter.take(HOST_A, 'token refresh').then(() => served.push(`${name}@${clock.now()}`)),
    );
    await Promise.resolve();
    await Promise.resolve();
    expect(served).toEqual(['a@' + clock.now(), 'b@' + clock.now(), 'c@' + clock.now()]);
    expect(holdBacks.map((event) => event.refused)).toEqual([false, false]);
    expect(holdBacks[0]?.waitMs).toBe(60_000);
    // Nobody jumps the line: a free-standing request is refused while others wait.
    expect(limiter.tryTake(HOST_A, 'metadata discovery')).toBe(false);
    const start = clock.now();
    clock.advance(59_999);
    await Promise.resolve();
    expect(served).toHaveLength(3);
    clock.advance(1);
    await Promise.all(takes);
    expect(served.slice(3)).toEqual([`d@${start + 60_000}`, `e@${start + 60_000}`]);
  });

  it('gives up on a wait longer than the caller allows, with the rate-limited problem', async () => {
    for (let i = 0; i < 3; i++) limiter.tryTake(HOST_A, 'token refresh');
    const waiting = limiter.take(HOST_A, 'code exchange', 10_000).catch((error: unknown) => problemOf(error));
    clock.advance(10_000);
    expect(await waiting).toMatchObject({ code: 'rate-limited' });
    // The one that gave up does not hold a place: the next slot goes to the next caller.
    clock.advance(50_000);
    expect(limiter.tryTake(HOST_A, 'sign-in')).toBe(true);
  });
});

describe('sign-in attempts under the limiter', () => {
  const SILENT = { mode: 'embedded', partition: 'persist:p1', silent: true } as const;

  it('holds a silent renewal back until a slot frees, and starts its timeout only then', async () => {
    const clock = createFakeClock();
    const holdBacks: HoldBack[] = [];
    const limiter = createAuthRateLimiter({
      clock,
      perMinute: 1,
      onHoldBack: (event) => holdBacks.push(event),
    });
    const surface = new FakeSurface();
    const authorizer = createAuthorizer({
      surface,
      browser: { open: async () => undefined },
      http: () => axios.create(),
      clock,
      limiter,
      issuers: { expect: async () => ({ issParameterSupported: false }) },
    });
    const profile = testProfile();
    const first = authorizer.begin(profile, 's', SILENT);
    first.cancel();
    await first.result.catch(() => undefined);
    expect(surface.opened).toHaveLength(1);

    const second = authorizer.begin(profile, 's', SILENT);
    const outcome = second.result.catch((error: unknown) => problemOf(error));
    expect(surface.opened).toHaveLength(1);
    expect(holdBacks).toEqual([expect.objectContaining({ purpose: 'silent renewal', refused: false })]);
    clock.advance(60_000);
    await vi.waitFor(() => expect(surface.opened).toHaveLength(2));
    // Fifteen seconds from the window, not from the click.
    clock.advance(14_999);
    expect(clock.pendingTimers()).toBeGreaterThan(0);
    clock.advance(1);
    expect(await outcome).toMatchObject({ code: 'timeout' });
  });

  it('refuses a click on Sign in at once, without opening a window, when the budget is spent', async () => {
    const clock = createFakeClock();
    const limiter = createAuthRateLimiter({ clock, perMinute: 1 });
    const surface = new FakeSurface();
    const authorizer = createAuthorizer({
      surface,
      browser: { open: async () => undefined },
      http: () => axios.create(),
      clock,
      limiter,
      issuers: { expect: async () => ({ issParameterSupported: false }) },
    });
    const first = authorizer.begin(testProfile(), 's', { ...SILENT, silent: false });
    first.cancel();
    await first.result.catch(() => undefined);
    const refused = authorizer.begin(testProfile(), 's', { ...SILENT, silent: false });
    expect(problemOf(await refused.result.catch((error: unknown) => error))).toMatchObject({
      code: 'rate-limited',
      host: 'auth.example.test',
    });
    expect(surface.opened).toHaveLength(1);
    expect(clock.pendingTimers()).toBe(0);
  });
});

describe('holdBackNotices', () => {
  it('tells the user at most once a minute per host', () => {
    const clock = createFakeClock();
    const notices: string[] = [];
    const notify = holdBackNotices(clock, 8, (notice) => notices.push(notice.message));
    const event: HoldBack = {
      host: 'auth.crt.nuance.com',
      purpose: 'token refresh',
      waitMs: 12_300,
      refused: false,
    };
    notify(event);
    notify(event);
    notify({ ...event, host: 'auth.crt.nuance.eu' });
    clock.advance(60_000);
    notify(event);
    expect(notices).toEqual([
      'Mix Explorer sends at most 8 requests a minute to auth.crt.nuance.com (the service allows about 50 per address), so the token refresh waits 13 seconds.',
      'Mix Explorer sends at most 8 requests a minute to auth.crt.nuance.eu (the service allows about 50 per address), so the token refresh waits 13 seconds.',
      'Mix Explorer sends at most 8 requests a minute to auth.crt.nuance.com (the service allows about 50 per address), so the token refresh waits 13 seconds.',
    ]);
  });
});

describe('the authorizer under the one limiter: a storm of sign-ins and renewals across profiles', () => {
  let server: Awaited<ReturnType<typeof startTokenServer>>;
  afterEach(() => server.close());

  it('never sends more than the handful a minute to one authorization host, and serves the rest later', async () => {
    const clock = createFakeClock();
    /** Fake-clock time of every request the authorization host received. */
    const received: number[] = [];
    server = await startTokenServer(() => {
      received.push(clock.now());
      return {
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ access_token: 'at', token_type: 'bearer', expires_in: 900 }),
      };
    });
    server.setMetadata(() => {
      received.push(clock.now());
      return undefined;
    });
    const holdBacks: HoldBack[] = [];
    const limiter = createAuthRateLimiter({ clock, onHoldBack: (event) => holdBacks.push(event) });
    const fakeSurface = new FakeSurface();
    // The sign-in window's load of the authorize URL is a request to the host too.
    const surface: SignInSurface = {
      open(request, observer) {
        received.push(clock.now());
        return fakeSurface.open(request, observer);
      },
    };
    let inFlight = 0;
    const http = () => {
      const client = axios.create();
      client.interceptors.request.use((config) => {
        inFlight += 1;
        return config;
      });
      client.interceptors.response.use(
        (response) => {
          inFlight -= 1;
          return response;
        },
        (error: unknown) => {
          inFlight -= 1;
          throw error;
        },
      );
      return client;
    };
    const authorizer = createAuthorizer({
      surface,
      browser: { open: async () => undefined },
      http,
      clock,
      limiter,
    });
    const profiles = ['p1', 'p2', 'p3'].map((id) => testProfile({ id, authServerUrl: server.origin }));

    // Every profile renews ten times at once (a renewal loop gone wrong), and the user clicks Sign in on each.
    const refreshes = profiles.flatMap((profile) =>
      Array.from({ length: 10 }, () =>
        authorizer.refresh(profile, 's', 'rt').then(
          () => 'ok',
          (error: unknown) => problemOf(error).code,
        ),
      ),
    );
    const signIns = profiles.map((profile) =>
      authorizer.begin(profile, 's', {
        mode: 'embedded',
        partition: `persist:${profile.id}`,
        silent: false,
      }),
    );
    const signInOutcomes = signIns.map((attempt) =>
      attempt.result.then(
        (): Problem => ({ code: 'internal', message: 'signed in' }),
        (error: unknown) => problemOf(error),
      ),
    );

    // Five minutes in steps of a second; each step waits until what the limiter released has been answered.
    for (let second = 0; second < 300; second++) {
      // Lets the continuations of what the limiter released start their requests, then awaits the answers.
      await new Promise((resolve) => setImmediate(resolve));
      await vi.waitFor(() => expect(inFlight).toBe(0));
      clock.advance(1_000);
    }
    const outcomes = await Promise.all(refreshes);
    const refused = await Promise.all(signInOutcomes);

    const windows = received.map(
      (start) => received.filter((at) => at >= start && at < start + 60_000).length,
    );
    const maxPerMinute = Math.max(...windows);
    const served = outcomes.filter((outcome) => outcome === 'ok').length;
    console.log(
      `auth host requests: ${received.length} sent over ${(Math.max(...received) - Math.min(...received)) / 1000} s, ` +
        `at most ${maxPerMinute} in any 60 s; ${served}/30 refreshes served, ` +
        `${outcomes.length - served} refused after waiting; ${holdBacks.length} hold-backs reported`,
    );
    expect(maxPerMinute).toBeLessThanOrEqual(AUTH_REQUESTS_PER_MINUTE);
    expect(served).toBeGreaterThanOrEqual(AUTH_REQUESTS_PER_MINUTE);
    expect(outcomes.every((outcome) => outcome === 'ok' || outcome === 'rate-limited')).toBe(true);
    // The sign-in clicks came when the budget was spent on metadata and renewals, or timed out in the fake window.
    expect(refused.every((p) => p.code === 'rate-limited' || p.code === 'timeout')).toBe(true);
    expect(refused.some((p) => p.code === 'rate-limited')).toBe(true);
    expect(holdBacks.length).toBeGreaterThan(0);
  });
});
