import type { Problem } from '../../common/ipc-contract';
import type { TokenSet } from '../auth/token-set';

/** Mix tokens last about 15 minutes; renewing a minute early keeps requests from racing the expiry. */
export const DEFAULT_RENEW_BEFORE_MS = 60_000;
/** However short-lived the tokens, a profile asks the authorization service at most this often. */
export const MIN_RENEWAL_INTERVAL_MS = 10_000;
/** One renewal attempt (refresh grant, or a silent sign-in and its code exchange) gets this long. */
export const DEFAULT_RENEWAL_ATTEMPT_TIMEOUT_MS = 30_000;
/** Pauses between attempts after transient failures grow from the minimum interval up to this. */
export const MAX_RENEWAL_BACKOFF_MS = 5 * 60_000;
/**
 * A read that arrives during a renewal waits for it; while the current token still works, it waits at
 * most this long and then goes ahead with the current token.
 */
export const RENEWAL_WAIT_GRACE_MS = 5_000;

/**
 * When to renew: the later of a minute before expiry and half the token's lifetime after issue, so a token
 * that lives a minute or less is not renewed the moment it arrives, again and again.
 */
export function renewalDue(tokens: TokenSet, renewBeforeMs = DEFAULT_RENEW_BEFORE_MS): number {
  const beforeExpiry = tokens.expiresAt - renewBeforeMs;
  const { issuedAt } = tokens;
  if (issuedAt === undefined || !(issuedAt < tokens.expiresAt)) return beforeExpiry;
  return Math.max(beforeExpiry, issuedAt + (tokens.expiresAt - issuedAt) / 2);
}

/** Pause after the n-th transient failure in a row (1-based): 10 s, 20 s, 40 s… up to 5 minutes, plus jitter. */
export function renewalBackoffMs(failures: number, random: () => number): number {
  const base = Math.min(MIN_RENEWAL_INTERVAL_MS * 2 ** Math.max(0, failures - 1), MAX_RENEWAL_BACKOFF_MS);
  return Math.round(base + base * 0.2 * random());
}

/**
 * Whether a renewal failure is the authorization service's final word on this session (it refused the
 * grant, or the SSO session wants the user), as opposed to a failure that may pass (network, timeouts,
 * 5xx, 429, an answer that was not what a token endpoint sends).
 */
export function isDefinitiveRenewalFailure(problem: Problem): boolean {
  switch (problem.code) {
    case 'token-error': {
      const status = problem.status ?? 0;
      return status >= 400 && status < 500 && status !== 408 && status !== 429;
    }
    case 'session-expired':
    case 'access-denied':
    case 'authorization-error':
    case 'state-mismatch':
    case 'invalid-input':
    case 'not-found':
    case 'not-signed-in':
      return true;
    // Everything else may pass; a new problem code has to be placed on one side or the other here.
    case 'cancelled':
    case 'timeout':
    case 'issuer-mismatch':
    case 'load-failed':
    case 'port-in-use':
    case 'network':
    case 'rate-limited':
    case 'http':
    case 'unauthorized':
    case 'forbidden':
    case 'conflict':
    case 'storage':
    case 'too-large':
    case 'internal':
      return false;
  }
}
