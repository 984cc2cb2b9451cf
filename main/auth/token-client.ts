import { isAxiosError } from 'axios';
import type { Profile } from '../../common/ipc-contract';
import type { Clock } from '../ports/clock';
import type { HttpClientFactory } from '../ports/http';
import { ProblemError } from '../problem';
import { buildTokenRequest } from './client-auth';
import { tokenEndpoint } from './endpoints';
import { networkProblem } from './network-problem';
import { parseTokenResponse } from './token-response';
import type { TokenSet } from './token-set';

const TOKEN_REQUEST_TIMEOUT_MS = 30_000;

export interface CodeGrant {
  code: string;
  /** The PKCE verifier of the attempt, when it sent a challenge. */
  codeVerifier?: string;
}

export interface TokenClient {
  exchangeCode(profile: Profile, clientSecret: string | undefined, grant: CodeGrant): Promise<TokenSet>;
  refresh(profile: Profile, clientSecret: string | undefined, refreshToken: string): Promise<TokenSet>;
}

/**
 * A server could echo what we sent into its error text; the values we sent never reach a message.
 */
function scrub(error: ProblemError, secrets: (string | undefined)[]): ProblemError {
  const values = secrets.filter((value): value is string => value !== undefined && value.length >= 4);
  const clean = (text: string | undefined) =>
    text === undefined ? undefined : values.reduce((acc, value) => acc.split(value).join('[redacted]'), text);
  const message = clean(error.problem.message) ?? '';
  const detail = clean(error.problem.detail);
  if (message === error.problem.message && detail === error.problem.detail) return error;
  return new ProblemError({ ...error.problem, message, ...(detail !== undefined ? { detail } : {}) });
}

/** The token endpoint (`<authServerUrl>/oauth2/token`): code exchange and refresh. */
export function createTokenClient(http: HttpClientFactory, clock: Clock): TokenClient {
  async function post(
    profile: Profile,
    clientSecret: string | undefined,
    grant: Record<string, string>,
    sentSecrets: (string | undefined)[],
  ): Promise<TokenSet> {
    const url = tokenEndpoint(profile);
    const { headers, body } = buildTokenRequest(profile, clientSecret, grant);
    const secrets = [clientSecret, ...sentSecrets];
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
      });
    } catch (error) {
      if (isAxiosError(error)) throw networkProblem(error, url, TOKEN_REQUEST_TIMEOUT_MS / 1000);
      throw error;
    }
    const contentType = String(response.headers['content-type'] ?? '');
    const text = typeof response.data === 'string' ? response.data : '';
    try {
      return parseTokenResponse(response.status, contentType, text, clock.now());
    } catch (error) {
      throw error instanceof ProblemError ? scrub(error, secrets) : error;
    }
  }

  return {
    exchangeCode(profile, clientSecret, { code, codeVerifier }) {
      const grant: Record<string, string> = {
        grant_type: 'authorization_code',
        code,
        redirect_uri: profile.redirectUrl,
      };
      if (codeVerifier !== undefined) grant.code_verifier = codeVerifier;
      return post(profile, clientSecret, grant, [code, codeVerifier]);
    },
    refresh(profile, clientSecret, refreshToken) {
      return post(profile, clientSecret, { grant_type: 'refresh_token', refresh_token: refreshToken }, [
        refreshToken,
      ]);
    },
  };
}
