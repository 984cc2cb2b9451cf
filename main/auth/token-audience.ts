import type { Profile } from '../../common/ipc-contract';
import { normaliseServerUrl } from '../../common/profile-validation';
import { isRecord } from '../../common/tolerant-reader';
import { problem } from '../problem';
import { toPlainText } from './plain-text';
import type { TokenSet } from './token-set';

/** A JWT payload is small; a token claiming more is not read as one. */
const MAX_JWT_PAYLOAD_CHARS = 16 * 1024;

/** The claims of an access token that is a JWT, or undefined for an opaque token (Mix documents opaque ones). */
function jwtClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.');
  const payload = parts[1];
  if (parts.length !== 3 || payload === undefined || payload.length > MAX_JWT_PAYLOAD_CHARS) return undefined;
  try {
    const json: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return isRecord(json) ? json : undefined;
  } catch {
    return undefined;
  }
}

function origin(value: string): string | undefined {
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

function refused(profile: Profile, why: string) {
  return problem(
    'token-error',
    `The token endpoint issued a token that is not for this profile: ${why}. Mix Explorer did not use it.`,
    {
      status: 200,
      detail: `Check the authorization server URL (${toPlainText(profile.authServerUrl, 120)}) and the scope.`,
      actions: ['open-settings'],
    },
  );
}

/**
 * A client-credentials token is used as is for every read, so it must be the one asked for: the granted
 * scope (when said) holds every scope requested, and a JWT access token names neither another issuer nor
 * another audience than this profile's servers, scope or client. Opaque tokens carry no such claims.
 */
export function checkTokenIsForProfile(profile: Profile, tokens: TokenSet): void {
  const requested = profile.scope.split(/\s+/).filter(Boolean);
  if (tokens.scope !== undefined) {
    const granted = new Set(tokens.scope.split(/\s+/).filter(Boolean));
    const missing = requested.filter((scope) => !granted.has(scope));
    if (missing.length > 0) {
      throw refused(
        profile,
        `it grants "${toPlainText(tokens.scope, 80)}" instead of "${toPlainText(profile.scope, 80)}"`,
      );
    }
  }
  const claims = jwtClaims(tokens.accessToken);
  if (!claims) return;
  const authOrigin = origin(normaliseServerUrl(profile.authServerUrl));
  const apiOrigin = origin(normaliseServerUrl(profile.apiUrl));
  if (
    typeof claims.iss === 'string' &&
    origin(claims.iss) !== undefined &&
    origin(claims.iss) !== authOrigin
  ) {
    throw refused(profile, `it was issued by ${toPlainText(origin(claims.iss) ?? '', 120)}`);
  }
  const audiences =
    typeof claims.aud === 'string'
      ? [claims.aud]
      : Array.isArray(claims.aud)
        ? claims.aud.filter((value): value is string => typeof value === 'string')
        : [];
  if (audiences.length === 0) return;
  const ours = new Set([...requested, profile.clientId, apiOrigin, authOrigin].filter(Boolean));
  const forUs = audiences.some((audience) => ours.has(audience) || ours.has(origin(audience)));
  if (!forUs) throw refused(profile, `its audience is ${toPlainText(audiences.join(', '), 120)}`);
}
