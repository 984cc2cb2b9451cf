import type { Clock } from '../ports/clock';
import { problem, type ProblemError } from '../problem';

/**
 * The one limiter for requests to the authorization service(s). Mix's allows about 50 requests a minute per
 * IP address; Mix Explorer keeps to a handful across all its profiles (sign-ins, renewals, retries, metadata
 * discovery, settings tests), so another tool on the same address still has room. Counted per host over a
 * rolling minute; waiting callers are served in order.
 */
export const AUTH_REQUESTS_PER_MINUTE = 8;
export const RATE_WINDOW_MS = 60_000;
/** How long `take` waits by default: past one full window, so the first one in line after a burst gets through. */
export const DEFAULT_MAX_WAIT_MS = 90_000;

export type AuthRequestPurpose =
  | 'sign-in'
  | 'silent renewal'
  | 'code exchange'
  | 'token refresh'
  | 'service-account token'
  | 'metadata discovery'
  | 'settings test';

/** Told each time the limiter holds a request back, so main can say so (log, notice). */
export interface HoldBack {
  host: string;
  purpose: AuthRequestPurpose;
  /** How long the request waits, or would have had to wait when it was refused. */
  waitMs: number;
  refused: boolean;
}

export interface AuthRateLimiter {
  /** Requests a minute allowed per host. */
  readonly perMinute: number;
  /**
   * Takes a slot if one is free now and nobody waits in line. Otherwise false, and the hold-back is reported
   * as a refusal unless `report` is false: the caller then waits with `take` or refuses with `refusal`, which
   * report it themselves.
   */
  tryTake(url: string, purpose: AuthRequestPurpose, report?: boolean): boolean;
  /** Milliseconds until a slot frees for `url`'s host (0: one is free now). */
  waitFor(url: string): number;
  /** Takes a slot, waiting in line for one; rejects with a `rate-limited` problem past `maxWaitMs`. */
  take(url: string, purpose: AuthRequestPurpose, maxWaitMs?: number): Promise<void>;
  /** The problem an interactive caller shows when `tryTake` refused it. */
  refusal(url: string, purpose: AuthRequestPurpose): ProblemError;
}

export interface AuthRateLimiterOptions {
  clock: Clock;
  perMinute?: number;
  onHoldBack?: (event: HoldBack) => void;
}

interface Waiter {
  purpose: AuthRequestPurpose;
  resolve: () => void;
  reject: (error: unknown) => void;
  cancelDeadline: () => void;
}

interface HostState {
  /** When each request of the last minute went out, oldest first. */
  sent: number[];
  waiting: Waiter[];
  cancelWake?: () => void;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function seconds(ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  return `${s} second${s === 1 ? '' : 's'}`;
}

/** What the user reads when the limiter holds a request back (a refused sign-in, a notice). */
export function holdBackMessage({ host, purpose, waitMs, refused }: HoldBack, perMinute: number): string {
  const limit = `Mix Explorer sends at most ${perMinute} requests a minute to ${host} (the service allows about 50 per address)`;
  return refused
    ? `${limit}, so it held back the ${purpose}: try again in ${seconds(waitMs)}.`
    : `${limit}, so the ${purpose} waits ${seconds(waitMs)}.`;
}

export function createAuthRateLimiter(options: AuthRateLimiterOptions): AuthRateLimiter {
  const { clock, onHoldBack } = options;
  const perMinute = options.perMinute ?? AUTH_REQUESTS_PER_MINUTE;
  const hosts = new Map<string, HostState>();

  const stateOf = (host: string): HostState => {
    let state = hosts.get(host);
    if (!state) {
      state = { sent: [], waiting: [] };
      hosts.set(host, state);
    }
    return state;
  };

  const prune = (state: HostState, now: number) => {
    while (state.sent.length > 0 && (state.sent[0] ?? 0) <= now - RATE_WINDOW_MS) state.sent.shift();
  };

  const waitOf = (state: HostState, now: number): number => {
    prune(state, now);
    if (state.sent.length < perMinute) return 0;
    return (state.sent[state.sent.length - perMinute] ?? now) + RATE_WINDOW_MS - now;
  };

  /** Serves waiters in order while slots are free, then sleeps until the next slot frees. */
  const serve = (host: string, state: HostState) => {
    state.cancelWake?.();
    state.cancelWake = undefined;
    const now = clock.now();
    while (state.waiting.length > 0 && waitOf(state, now) === 0) {
      const waiter = state.waiting.shift();
      if (!waiter) break;
      waiter.cancelDeadline();
      state.sent.push(now);
      waiter.resolve();
    }
    if (state.waiting.length > 0) {
      state.cancelWake = clock.setTimer(() => serve(host, state), Math.max(1, waitOf(state, now)));
    } else if (state.sent.length === 0) {
      hosts.delete(host);
    }
  };

  const refusal = (url: string, purpose: AuthRequestPurpose): ProblemError => {
    const host = hostOf(url);
    const waitMs = Math.max(1, waitOf(stateOf(host), clock.now()));
    const event: HoldBack = { host, purpose, waitMs, refused: true };
    onHoldBack?.(event);
    return problem('rate-limited', holdBackMessage(event, perMinute), { host, actions: ['retry'] });
  };

  return {
    perMinute,
    tryTake(url, purpose, report = true) {
      const host = hostOf(url);
      const state = stateOf(host);
      const now = clock.now();
      const waitMs = state.waiting.length > 0 ? Math.max(1, waitOf(state, now)) : waitOf(state, now);
      if (waitMs === 0) {
        state.sent.push(now);
        return true;
      }
      if (report) onHoldBack?.({ host, purpose, waitMs, refused: true });
      return false;
    },
    waitFor(url) {
      return waitOf(stateOf(hostOf(url)), clock.now());
    },
    take(url, purpose, maxWaitMs = DEFAULT_MAX_WAIT_MS) {
      const host = hostOf(url);
      const state = stateOf(host);
      const now = clock.now();
      if (state.waiting.length === 0 && waitOf(state, now) === 0) {
        state.sent.push(now);
        return Promise.resolve();
      }
      const waitMs = waitOf(state, now);
      onHoldBack?.({ host, purpose, waitMs, refused: false });
      return new Promise<void>((resolve, reject) => {
        const waiter: Waiter = { purpose, resolve, reject, cancelDeadline: () => undefined };
        waiter.cancelDeadline = clock.setTimer(() => {
          const index = state.waiting.indexOf(waiter);
          if (index >= 0) state.waiting.splice(index, 1);
          reject(refusal(url, purpose));
        }, maxWaitMs);
        state.waiting.push(waiter);
        serve(host, state);
      });
    },
    refusal,
  };
}
