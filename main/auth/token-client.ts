import { isAxiosError } from 'axios';
import type { Profile } from '../../common/ipc-contract';
import type { Clock } from '../ports/clock';
import type { HttpClientFactory } from '../ports/http';
import { redactProblem, rememberClientSecret, rememberSecret } from '../log/redact';
import { problem, ProblemError } from '../problem';
import { buildTokenRequest } from './client-auth';
import type { AuthRateLimiter, AuthRequestPurpose } from './auth-rate-limiter';
import { clockSkewFromDate, diagnoseTokenRefusal, type TokenGrant } from './credential-doctor';
import { tokenEndpoint } from './endpoints';
import { networkProblem } from './network-problem';
import { checkTokenIsForProfile } from './token-audience';
import { parseTokenResponse } from './token-response';
import type { TokenSet } from './token-set';

const TOKEN_REQUEST_TIMEOUT_MS = 30_000;
/**
 * A token answer is a few hundred bytes (a JWT a few KB); anything past this is not read, so a hostile
 * server cannot make main hold megabytes, nor hand the redactor a "secret" too large to match.
 */
export const MAX_TOKEN_RESPONSE_BYTES = 64 * 1024;

const LIMITER_PURPOSE: Record<TokenGrant, AuthRequestPurpose> = {
  authorization_code: 'code exchange',
  refresh_token: 'token refresh',
  client_credentials: 'service-account token',
};

export interface CodeGrant {
  code: string;
  /** The PKCE verifier of the attempt, when it sent a challenge. */
  codeVerifier?: string;
}

export interface TokenClient {
  exchangeCode(profile: Profile, clientSecret: string | undefined, grant: CodeGrant): Promise<TokenSet>;
  refresh(
    profile: Profile,
    clientSecret: string | undefined,
    refreshToken: string,
    signal?: AbortSignal,
  ): Promise<TokenSet>;
  /** A service account's token: the client-credentials grant for the profile's scope (no refresh token). */
  clientCredentials(
    profile: Profile,
    clientSecret: string | undefined,
    signal?: AbortSignal,
  ): Promise<TokenSet>;
}

/**
 * A server could echo what we sent into its error text (`error_description` quoting the request, the
 * Authorization header, the form body): the one redactor removes every form of the values we sent.
 */
function scrub(error: ProblemError): ProblemError {
  const clean = redactProblem(error.problem);
  const same = clean.message === error.problem.message && clean.detail === error.problem.detail;
  return same ? error : new ProblemError(clean);
}

function tooLarge(url: string): ProblemError {
  return problem(
    'token-error',
    `The token endpoint's answer was larger than ${MAX_TOKEN_RESPONSE_BYTES / 1024} KB; Mix Explorer did not read it. Check the authorization server URL.`,
    { host: new URL(url).host, actions: ['open-settings'] },
  );
}

/** The token endpoint (`<authServerUrl>/oauth2/token`): code exchange and refresh. */
export function createTokenClient(
  http: HttpClientFactory,
  clock: Clock,
  /** The one limiter of requests to the authorization service (auth-rate-limiter.ts); none in isolated tests. */
  limiter?: AuthRateLimiter,
): TokenClient {
  async function post(
    profile: Profile,
    clientSecret: string | undefined,
    grant: Record<string, string> & { grant_type: TokenGrant },
    sentSecrets: (string | undefined)[],
    signal?: AbortSignal,
  ): Promise<TokenSet> {
    const url = tokenEndpoint(profile);
    const { headers, body } = buildTokenRequest(profile, clientSecret, grant);
    // Known before anything is sent: whatever comes back (an echo, a log line) is scrubbed of them.
    rememberClientSecret(profile.clientId, clientSecret);
    sentSecrets.forEach(rememberSecret);
    // A code is only good for minutes and a renewal is due: both wait their turn rather than fail.
    await limiter?.take(url, LIMITER_PURPOSE[grant.grant_type]);
    let response;
    try {
      response = await http(profile).post<unknown>(url, body.toString(), {
        headers,
        // Every answer is parsed by parseTokenResponse, so HTML error pages and junk cannot crash us.
        validateStatus: () => true,
        responseType: 'text',
        transformResponse: (data: unknown) => data,
        timeout: TOKEN_REQUEST_TIMEOUT_MS,
        // A redirected POST could carry the code and credentials elsewhere.
        maxRedirects: 0,
        maxContentLength: MAX_TOKEN_RESPONSE_BYTES,
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (isAxiosError(error) && /maxContentLength/i.test(error.message)) throw tooLarge(url);
      if (isAxiosError(error)) throw networkProblem(error, url, TOKEN_REQUEST_TIMEOUT_MS / 1000);
      throw error;
    }
    const contentType = String(response.headers['content-type'] ?? '');
    const text = typeof response.data === 'string' ? response.data : '';
    const now = clock.now();
    const clockSkewMs = clockSkewFromDate(response.headers.date, now);
    const diagnose = (error: string) =>
      diagnoseTokenRefusal({
        grant: grant.grant_type,
        error,
        system: profile.system,
        ...(clockSkewMs === undefined ? {} : { clockSkewMs }),
      });
    let tokens: TokenSet;
    try {
      tokens = parseTokenResponse(response.status, contentType, text, now, diagnose);
    } catch (error) {
      throw error instanceof ProblemError ? scrub(error) : error;
    }
    rememberSecret(tokens.accessToken);
    rememberSecret(tokens.refreshToken);
    if (grant.grant_type === 'client_credentials') checkTokenIsForProfile(profile, tokens);
    return tokens;
  }

  return {
    exchangeCode(profile, clientSecret, { code, codeVerifier }) {
      const grant: Record<string, string> & { grant_type: TokenGrant } = {
        grant_type: 'authorization_code',
        code,
        redirect_uri: profile.redirectUrl,
      };
      if (codeVerifier !== undefined) grant.code_verifier = codeVerifier;
      return post(profile, clientSecret, grant, [code, codeVerifier]);
    },
    refresh(profile, clientSecret, refreshToken, signal) {
      return post(
        profile,
        clientSecret,
        { grant_type: 'refresh_token', refresh_token: refreshToken },
        [refreshToken],
        signal,
      );
    },
    clientCredentials(profile, clientSecret, signal) {
      return post(
        profile,
        clientSecret,
        { grant_type: 'client_credentials', scope: profile.scope },
        [],
        signal,
      );
    },
  };
}
