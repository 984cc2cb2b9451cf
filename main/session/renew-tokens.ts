import type { Profile } from '../../common/ipc-contract';
import type { TokenSet } from '../auth/token-set';
import { problem, ProblemError, toProblem } from '../problem';
import { isDefinitiveRenewalFailure } from './renewal-policy';
import type { AuthorizationAttempt, Authorizer } from './session-deps';

export interface RenewTokensOptions {
  authorizer: Authorizer;
  profile: Profile;
  clientSecret: string | undefined;
  current: TokenSet;
  /** Partition of the profile's sign-in windows: the silent attempt needs its SSO cookies. */
  partition: string;
  /**
   * False while the current token still works: a refresh that fails for a passing reason is retried later
   * rather than opening a hidden window. True once it no longer works: any refresh failure falls back to
   * the silent sign-in.
   */
  silentAfterAnyRefreshFailure: boolean;
  /** Aborted when the attempt has taken too long. */
  signal: AbortSignal;
  timeoutMs: number;
  /** Told about the silent attempt while it runs, so signing out or disposing can cancel it. */
  track(attempt: AuthorizationAttempt | undefined): void;
}

/** A renewal attempt that failed; `definitive` when the authorization service has said no for good. */
export class RenewalFailure extends ProblemError {
  readonly definitive: boolean;

  constructor(error: unknown, definitive?: boolean) {
    const found = toProblem(error);
    super(found);
    this.name = 'RenewalFailure';
    this.definitive = definitive ?? isDefinitiveRenewalFailure(found);
  }
}

function timedOut(profile: Profile, timeoutMs: number): ProblemError {
  let host = profile.authServerUrl;
  try {
    host = new URL(profile.authServerUrl).host;
  } catch {
    // Shown as configured.
  }
  return problem(
    'timeout',
    `${host} did not renew the session within ${Math.round(timeoutMs / 1000)} seconds.`,
    {
      host,
      actions: ['retry'],
    },
  );
}

/** `work`, or a rejection as soon as `signal` aborts, whether or not the work itself listens to it. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('aborted'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * One attempt at new tokens for a live session: the refresh grant when Mix issued a refresh token, otherwise
 * (or when the refresh token is refused) a silent authorization in a hidden window that succeeds while the
 * SSO session lives. Throws a RenewalFailure that says whether the failure is definitive.
 */
export async function renewTokens(options: RenewTokensOptions): Promise<TokenSet> {
  const { authorizer, profile, clientSecret, current, partition, track, signal } = options;
  const failure = (error: unknown, definitive?: boolean) =>
    new RenewalFailure(signal.aborted ? timedOut(profile, options.timeoutMs) : error, definitive);
  let refreshFailure: RenewalFailure | undefined;
  if (current.refreshToken) {
    try {
      const renewed = await untilAborted(
        authorizer.refresh(profile, clientSecret, current.refreshToken, signal),
        signal,
      );
      // RFC 6749 §6: a response without a new refresh token leaves the old one in force.
      return {
        ...renewed,
        refreshToken: renewed.refreshToken ?? current.refreshToken,
        scope: renewed.scope ?? current.scope,
      };
    } catch (error) {
      refreshFailure = failure(error);
      // A refused refresh token (expired, revoked) may still have a live SSO session behind it; a passing
      // failure is retried later, unless the current token no longer works.
      if (!refreshFailure.definitive && !options.silentAfterAnyRefreshFailure) throw refreshFailure;
      if (signal.aborted) throw refreshFailure;
    }
  }
  const attempt = authorizer.begin(profile, clientSecret, { mode: 'embedded', partition, silent: true });
  track(attempt);
  const stop = () => attempt.cancel();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const renewed = await attempt.result;
    return { ...renewed, scope: renewed.scope ?? current.scope };
  } catch (error) {
    const silentFailure = failure(error);
    // The refresh token failed for a passing reason: it may work again, so the session is not over yet.
    if (silentFailure.definitive && refreshFailure && !refreshFailure.definitive) {
      throw new RenewalFailure(silentFailure, false);
    }
    throw silentFailure;
  } finally {
    signal.removeEventListener('abort', stop);
    track(undefined);
  }
}
