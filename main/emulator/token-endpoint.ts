import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticateClient } from './client-auth';
import type { SandboxContext } from './context';
import { isFormEncoded, readBody, sendJson } from './http-util';
import { OAuthError, sendOAuthError } from './oauth-errors';
import { verifierMatches } from './pkce';
import type { TokenSubject } from './store';
import type { SandboxClient } from './types';

const SCOPE = 'mix-api';

interface TokenResponse {
  access_token: string;
  expires_in: number;
  scope: string;
  token_type: 'bearer';
  refresh_token?: string;
}

/** POST /oauth2/token */
export async function handleToken(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    if (!isFormEncoded(req)) {
      throw new OAuthError('invalid_request', 'The body must be application/x-www-form-urlencoded.');
    }
    const form = new URLSearchParams(await readBody(req));
    for (const name of new Set(form.keys())) {
      if (form.getAll(name).length > 1)
        throw new OAuthError('invalid_request', `The ${name} parameter was given more than once.`);
    }
    const client = authenticateClient(req.headers.authorization, form, ctx.options.clients);
    const grantType = form.get('grant_type');
    let body: TokenResponse;
    if (grantType === null || grantType === '')
      throw new OAuthError('invalid_request', 'grant_type is missing.');
    else if (grantType === 'authorization_code') body = exchangeCode(ctx, client, form);
    else if (grantType === 'refresh_token') body = refresh(ctx, client, form);
    else if (grantType === 'client_credentials') body = clientCredentials(ctx, client, form);
    else throw new OAuthError('unsupported_grant_type', `The grant_type "${grantType}" is not supported.`);
    sendJson(res, 200, body, { Pragma: 'no-cache' });
  } catch (failure) {
    if (failure instanceof OAuthError) sendOAuthError(res, failure);
    else throw failure;
  }
}

function exchangeCode(ctx: SandboxContext, client: SandboxClient, form: URLSearchParams): TokenResponse {
  const code = form.get('code');
  const redirectUri = form.get('redirect_uri');
  const verifier = form.get('code_verifier');
  if (!code) throw new OAuthError('invalid_request', 'code is missing.');
  if (!redirectUri) throw new OAuthError('invalid_request', 'redirect_uri is missing.');
  const grant = ctx.store.findCode(code);
  const invalid = new OAuthError(
    'invalid_grant',
    'The authorization code is invalid, expired or already used.',
  );
  // A code shown to another client is reported as unknown and left intact for its real owner.
  if (!grant || grant.clientId !== client.clientId) throw invalid;
  if (grant.used) {
    // RFC 6749 §4.1.2: a replayed code may mean it leaked, so what it bought is withdrawn.
    ctx.store.revoke(grant.minted);
    throw invalid;
  }
  // Any attempt by the owner consumes the code, so a leaked code cannot be used to guess a verifier.
  grant.used = true;
  if (grant.expiresAt <= ctx.now()) throw invalid;
  if (grant.redirectUri !== redirectUri) {
    throw new OAuthError(
      'invalid_grant',
      'redirect_uri does not match the one used in the authorization request.',
    );
  }
  if (grant.codeChallenge === undefined) {
    // RFC 9700 §2.1.1: a verifier without a challenge hints at a PKCE downgrade.
    if (verifier !== null)
      throw new OAuthError('invalid_grant', 'code_verifier was sent but no code_challenge was.');
  } else if (verifier === null) {
    throw new OAuthError('invalid_grant', 'code_verifier is missing.');
  } else if (!verifierMatches(verifier, grant.codeChallenge, grant.codeChallengeMethod ?? 'plain')) {
    throw new OAuthError('invalid_grant', 'code_verifier does not match the code_challenge.');
  }
  const body = mint(ctx, client, { kind: 'user', email: grant.email }, ctx.options.issueRefreshTokens);
  grant.minted.push(body.access_token, ...(body.refresh_token ? [body.refresh_token] : []));
  return body;
}

function refresh(ctx: SandboxContext, client: SandboxClient, form: URLSearchParams): TokenResponse {
  if (!ctx.options.issueRefreshTokens) {
    throw new OAuthError(
      'unsupported_grant_type',
      'This server does not issue refresh tokens; sign in again.',
    );
  }
  const value = form.get('refresh_token');
  if (!value) throw new OAuthError('invalid_request', 'refresh_token is missing.');
  requireScope(form.get('scope'));
  const stored = ctx.store.peekRefreshToken(value);
  if (!stored || stored.clientId !== client.clientId) {
    throw new OAuthError('invalid_grant', 'The refresh token is invalid or already used.');
  }
  ctx.store.takeRefreshToken(value);
  return mint(ctx, client, { kind: 'user', email: stored.email }, true);
}

function clientCredentials(ctx: SandboxContext, client: SandboxClient, form: URLSearchParams): TokenResponse {
  requireScope(form.get('scope'));
  // RFC 6749 §4.4.3: no refresh token for client credentials.
  return mint(ctx, client, { kind: 'client', clientId: client.clientId }, false);
}

function requireScope(scope: string | null): void {
  if (scope === null) return;
  const scopes = scope.split(' ').filter((s) => s !== '');
  if (scopes.length !== 1 || scopes[0] !== SCOPE) {
    throw new OAuthError(
      'invalid_scope',
      `The requested scope is invalid: this service only grants "${SCOPE}".`,
    );
  }
}

function mint(
  ctx: SandboxContext,
  client: SandboxClient,
  subject: TokenSubject,
  withRefresh: boolean,
): TokenResponse {
  const lifetime = ctx.options.tokenLifetimeSeconds;
  const accessToken = ctx.store.issueAccessToken(
    { clientId: client.clientId, subject, scope: SCOPE },
    lifetime,
  );
  const body: TokenResponse = {
    access_token: accessToken,
    expires_in: lifetime,
    scope: SCOPE,
    token_type: 'bearer',
  };
  if (withRefresh && subject.kind === 'user') {
    body.refresh_token = ctx.store.issueRefreshToken({
      clientId: client.clientId,
      email: subject.email,
      scope: SCOPE,
    });
  }
  return body;
}
