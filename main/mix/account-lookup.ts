import type { HttpClientFactory } from '../platform/http';
import type { AccountLookup } from '../session/session-manager';
import { sessionExpired } from '../session/session-problems';
import { createMixRequester } from './mix-request';
import { accountFromOrganizations, fetchAllOrganizations } from './organizations';

/**
 * "Who is signed in", asked with the token a sign-in just produced (the session manager's `account` dependency).
 * The token is fixed, so a 401 is not renewed here.
 */
export function createAccountLookup(deps: { http: HttpClientFactory; userAgent: string }): AccountLookup {
  return async (profile, accessToken) => {
    const requester = createMixRequester({
      client: deps.http(profile),
      profile,
      userAgent: deps.userAgent,
      tokens: { current: async () => accessToken, renew: () => Promise.reject(sessionExpired()) },
    });
    const list = await fetchAllOrganizations(requester);
    return { account: accountFromOrganizations(list), organizationCount: list.totalSize };
  };
}
