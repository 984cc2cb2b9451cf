import type { Profile } from '../../common/ipc-contract';
import type { TokenSet } from '../auth/token-set';
import { ProblemError } from '../problem';
import type { AuthorizationAttempt, Authorizer } from './session-deps';

export interface RenewTokensOptions {
  authorizer: Authorizer;
  profile: Profile;
  clientSecret: string | undefined;
  current: TokenSet;
  /** Partition of the profile's sign-in windows: the silent attempt needs its SSO cookies. */
  partition: string;
  /** Told about the silent attempt while it runs, so signing out or disposing can cancel it. */
  track(attempt: AuthorizationAttempt | undefined): void;
}

/**
 * New tokens for a live session: the refresh grant when Mix issued a refresh token, otherwise (or when the
 * refresh token is refused) a silent authorization in a hidden window that succeeds while the SSO session lives.
 */
export async function renewTokens(options: RenewTokensOptions): Promise<TokenSet> {
  const { authorizer, profile, clientSecret, current, partition, track } = options;
  if (current.refreshToken) {
    try {
      const renewed = await authorizer.refresh(profile, clientSecret, current.refreshToken);
      // RFC 6749 §6: a response without a new refresh token leaves the old one in force.
      return {
        ...renewed,
        refreshToken: renewed.refreshToken ?? current.refreshToken,
        scope: renewed.scope ?? current.scope,
      };
    } catch (error) {
      // A refused refresh token (expired, revoked) may still have a live SSO session behind it;
      // network and other failures would fail the silent attempt just the same, so they end here.
      if (!(error instanceof ProblemError && error.problem.code === 'token-error')) throw error;
    }
  }
  const attempt = authorizer.begin(profile, clientSecret, { mode: 'embedded', partition, silent: true });
  track(attempt);
  try {
    const renewed = await attempt.result;
    return { ...renewed, scope: renewed.scope ?? current.scope };
  } finally {
    track(undefined);
  }
}
