import type { Diagnosis, Problem } from '../../common/ipc-contract';
import { problem } from '../problem';
import { toPlainText } from './plain-text';
import type { TokenSet } from './token-set';

/** Mix tokens last 15 minutes; used when a response leaves `expires_in` out or sends nonsense. */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 900;
/** Whatever a server says, a lifetime is read as at least 30 s (no renewal storm) and at most a day. */
export const MIN_TOKEN_LIFETIME_SECONDS = 30;
export const MAX_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;

type Json = Record<string, unknown>;

function tokenError(
  message: string,
  status: number,
  extra: Omit<Problem, 'code' | 'message' | 'status'> = {},
) {
  return problem('token-error', message, { status, ...extra });
}

function looksLikeHtml(contentType: string, body: string): boolean {
  return /\bhtml\b/i.test(contentType) || /^\s*</.test(body);
}

function stringField(json: Json, name: string): string | undefined {
  const value = json[name];
  return typeof value === 'string' ? value : undefined;
}

/** The credential doctor's reading of an RFC 6749 §5.2 error code, given by the caller who knows the grant. */
export type TokenErrorDiagnoser = (error: string) => Diagnosis | undefined;

/** RFC 6749 §5.2 errors, phrased for the person who has to fix them. */
function oauthError(json: Json, error: string, status: number, diagnose: TokenErrorDiagnoser | undefined) {
  const description = toPlainText(stringField(json, 'error_description') ?? '');
  const diagnosis = diagnose?.(error);
  const detail = { ...(description ? { detail: description } : {}), ...(diagnosis ? { diagnosis } : {}) };
  if (error === 'invalid_client') {
    return tokenError(
      'Mix rejected the client ID or secret. Check them in the profile settings (the Mix dashboard Profile page shows them).',
      status,
      { ...detail, actions: ['open-settings'] },
    );
  }
  if (error === 'invalid_grant') {
    return tokenError(
      'The sign-in code was not accepted (it may have expired or been used). Please sign in again.',
      status,
      { ...detail, actions: ['sign-in'] },
    );
  }
  const shown = toPlainText(error, 80) || 'unknown error';
  return tokenError(
    `The token endpoint refused the request (${shown})${description ? `: ${description}` : '.'}`,
    status,
    { actions: ['retry', 'open-settings'], ...(diagnosis ? { diagnosis } : {}) },
  );
}

/**
 * Seconds from a number or numeric string, clamped to 30 s … 24 h; anything else (missing, negative, zero,
 * junk) gives the default.
 */
function lifetimeSeconds(value: unknown): number {
  const seconds =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && value.trim() !== ''
        ? Number(value)
        : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) return DEFAULT_TOKEN_LIFETIME_SECONDS;
  return Math.min(Math.max(seconds, MIN_TOKEN_LIFETIME_SECONDS), MAX_TOKEN_LIFETIME_SECONDS);
}

function parseJsonObject(status: number, contentType: string, bodyText: string): Json {
  if (bodyText.trim() === '') {
    throw tokenError(`The token endpoint answered with an empty response (HTTP ${status}).`, status, {
      actions: ['retry'],
    });
  }
  if (looksLikeHtml(contentType, bodyText)) {
    throw tokenError(
      `The token endpoint answered with an HTML page (HTTP ${status}) instead of JSON. Check the authorization server URL; a proxy or an outage may also cause this.`,
      status,
      { actions: ['retry', 'open-settings'] },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    throw tokenError(
      `The token endpoint answered with something that is not JSON (HTTP ${status}).`,
      status,
      {
        actions: ['retry', 'open-settings'],
      },
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw tokenError(
      `The token endpoint answered with JSON that is not an object (HTTP ${status}).`,
      status,
      {
        actions: ['retry'],
      },
    );
  }
  return json as Json;
}

/**
 * Validates a token endpoint answer. Every failure is a ProblemError `token-error` carrying the HTTP status;
 * messages never contain the body's tokens.
 * @param now epoch milliseconds at which the response arrived
 * @param diagnose adds the credential doctor's diagnosis to an OAuth error
 */
export function parseTokenResponse(
  status: number,
  contentType: string,
  bodyText: string,
  now: number,
  diagnose?: TokenErrorDiagnoser,
): TokenSet {
  if (status >= 300 && status < 400) {
    throw tokenError(
      `The token endpoint answered with a redirect (HTTP ${status}) instead of a token. Check the authorization server URL.`,
      status,
      { actions: ['open-settings'] },
    );
  }
  const json = parseJsonObject(status, contentType, bodyText);
  const error = stringField(json, 'error');
  const accessToken = stringField(json, 'access_token');
  const ok = status >= 200 && status < 300;

  if (error !== undefined && (!ok || accessToken === undefined))
    throw oauthError(json, error, status, diagnose);
  if (!ok) {
    const said = toPlainText(stringField(json, 'message') ?? '');
    throw tokenError(`The token endpoint refused the request (HTTP ${status}).`, status, {
      ...(said ? { detail: said } : {}),
      actions: ['retry'],
    });
  }
  if (accessToken === undefined || accessToken === '') {
    throw tokenError(`The token endpoint answered without an access token (HTTP ${status}).`, status, {
      actions: ['retry'],
    });
  }

  const tokenType = stringField(json, 'token_type');
  if (tokenType === undefined) {
    throw tokenError(
      'The token endpoint did not say what kind of token it issued (token_type is missing).',
      status,
    );
  }
  if (tokenType.toLowerCase() !== 'bearer') {
    throw tokenError(
      `The token endpoint issued a "${toPlainText(tokenType, 40)}" token; Mix Explorer can only use bearer tokens.`,
      status,
    );
  }

  const tokens: TokenSet = {
    accessToken,
    expiresAt: now + Math.round(lifetimeSeconds(json.expires_in) * 1000),
    issuedAt: now,
  };
  const refreshToken = stringField(json, 'refresh_token');
  if (refreshToken) tokens.refreshToken = refreshToken;
  const scope = stringField(json, 'scope');
  if (scope !== undefined) tokens.scope = scope;
  return tokens;
}
