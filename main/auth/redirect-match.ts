import { problem } from '../problem';
import { constantTimeEqual } from './constant-time';
import { toPlainText } from './plain-text';

function parse(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * True when `candidate` is the registered redirect URL: same scheme, host, port and path, to the character.
 * A prefix test would accept `http://localhost:3000/callback.evil`; the query may differ (it carries the result).
 * The URL parser already lowercases scheme and host and drops a default port (`:80` for http).
 */
export function isRedirectTarget(candidate: string, registered: string): boolean {
  const a = parse(candidate);
  const b = parse(registered);
  if (a === undefined || b === undefined) return false;
  // `http://localhost:3000@evil.example/` style tricks: a real redirect never carries userinfo.
  if (a.username !== '' || a.password !== '') return false;
  return (
    a.protocol === b.protocol && a.hostname === b.hostname && a.port === b.port && a.pathname === b.pathname
  );
}

export interface RedirectResult {
  code: string;
}

/** An authorization response that belongs to this attempt (its state matched), not yet read further. */
export interface RedirectResponse {
  params: URLSearchParams;
  /** RFC 9207: the issuer the authorization server put in its response, if it did. */
  iss?: string;
}

const RESULT_PARAMETERS = ['code', 'state', 'error', 'iss'] as const;

/**
 * The first step of reading a redirect: it must be unambiguous (no parameter twice) and carry this
 * attempt's `state`. The state is checked before anything else: an `error=` from a forged redirect must not
 * reach the user either. Throws a ProblemError otherwise.
 */
export function readRedirectResponse(url: string, expectedState: string): RedirectResponse {
  const parsed = parse(url);
  if (parsed === undefined) {
    throw problem('authorization-error', 'The sign-in response could not be read.');
  }
  const params = parsed.searchParams;
  for (const name of RESULT_PARAMETERS) {
    if (params.getAll(name).length > 1) {
      throw problem('authorization-error', 'The sign-in response was ambiguous and was rejected.', {
        detail: `The parameter "${name}" appeared more than once.`,
        actions: ['sign-in'],
      });
    }
  }

  const state = params.get('state');
  if (state === null || !constantTimeEqual(state, expectedState)) {
    throw problem(
      'state-mismatch',
      'The sign-in response did not match this attempt and was rejected as a possible forgery.',
      { actions: ['sign-in'] },
    );
  }
  const iss = params.get('iss');
  return iss === null ? { params } : { params, iss };
}

/** The last step: the code, or the authorization server's refusal as a ProblemError. */
export function authorizationCode(response: RedirectResponse): string {
  const { params } = response;
  const error = params.get('error');
  if (error !== null) {
    if (error === 'access_denied')
      throw problem('access-denied', 'You declined access.', { actions: ['sign-in'] });
    const description = toPlainText(params.get('error_description') ?? '');
    const shownError = toPlainText(error, 80) || 'unknown error';
    throw problem(
      'authorization-error',
      `The Mix authorization service refused the sign-in (${shownError})${description ? `: ${description}` : '.'}`,
      { actions: ['sign-in', 'open-settings'] },
    );
  }

  const code = params.get('code');
  if (code === null || code === '') {
    throw problem('authorization-error', 'The sign-in response carried no authorization code.', {
      actions: ['sign-in'],
    });
  }
  return code;
}

/**
 * Reads the authorization response of the attempt whose state is `expectedState`, without the issuer
 * check (issuer-check.ts) that the sign-in attempt makes between the two steps.
 */
export function readRedirectResult(url: string, expectedState: string): RedirectResult {
  return { code: authorizationCode(readRedirectResponse(url, expectedState)) };
}
