import type { Clock } from '../ports/clock';
import type { HttpClientFactory } from '../ports/http';
import type { Authorizer } from '../session/session-deps';
import { isServiceAccount } from '../../common/profile-validation';
import { startClientCredentialsAttempt } from './client-credentials-attempt';
import { startSignInAttempt } from './sign-in-attempt';
import type { ExternalBrowser, SignInSurface } from '../ports/sign-in-surface';
import { createIssuerDiscovery, type IssuerDiscovery } from './issuer-discovery';
import { createTokenClient } from './token-client';
import { createAuthRateLimiter, type AuthRateLimiter } from './auth-rate-limiter';
import type { FinishedSignIn } from './sign-in-timeline';

export const DEFAULT_SIGN_IN_TIMEOUT_MS = 5 * 60_000;
/** A live SSO session redirects back within a second or two; a hidden window must not linger. */
export const DEFAULT_SILENT_TIMEOUT_MS = 15_000;

export interface AuthorizerDeps {
  surface: SignInSurface;
  browser: ExternalBrowser;
  http: HttpClientFactory;
  clock: Clock;
  timeoutMs?: number;
  silentTimeoutMs?: number;
  /** Defaults to discovery through `http` (the servers' metadata documents). */
  issuers?: IssuerDiscovery;
  /**
   * The one limiter of requests to the authorization service(s), shared with every other caller of those
   * hosts (settings tests); defaults to one of the authorizer's own.
   */
  limiter?: AuthRateLimiter;
  /** Told of every finished attempt with its timeline ("Copy diagnostics"). */
  onSignInFinished?: (finished: FinishedSignIn) => void;
}

/**
 * The authorization-code flow (embedded window or system browser) and the refresh grant; a service
 * account's profile gets the client-credentials grant instead (no browser).
 */
export function createAuthorizer(deps: AuthorizerDeps): Authorizer {
  const limiter = deps.limiter ?? createAuthRateLimiter({ clock: deps.clock });
  const tokens = createTokenClient(deps.http, deps.clock, limiter);
  const issuers = deps.issuers ?? createIssuerDiscovery(deps.http, deps.clock, { limiter });
  return {
    begin(profile, clientSecret, options) {
      if (isServiceAccount(profile)) {
        // No browser: the token endpoint alone, for the first sign-in and every renewal alike.
        return startClientCredentialsAttempt({
          profile,
          clientSecret,
          tokens,
          clock: deps.clock,
          silent: options.silent,
          ...(deps.onSignInFinished ? { onFinished: deps.onSignInFinished } : {}),
        });
      }
      // Before the discovery is asked: its requests for this attempt are not "from an earlier sign-in".
      const startedAt = deps.clock.now();
      return startSignInAttempt({
        startedAt,
        profile,
        clientSecret,
        options,
        surface: deps.surface,
        browser: deps.browser,
        tokens,
        // Asked now, answered while the user logs in: the redirect rarely has to wait for it.
        issuer: issuers.expect(profile),
        clock: deps.clock,
        limiter,
        timeoutMs: deps.timeoutMs ?? DEFAULT_SIGN_IN_TIMEOUT_MS,
        silentTimeoutMs: deps.silentTimeoutMs ?? DEFAULT_SILENT_TIMEOUT_MS,
        ...(deps.onSignInFinished ? { onFinished: deps.onSignInFinished } : {}),
      });
    },
    refresh: (profile, clientSecret, refreshToken, signal) =>
      tokens.refresh(profile, clientSecret, refreshToken, signal),
  };
}
