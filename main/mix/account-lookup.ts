import type { HttpClientFactory } from '../ports/http';
import { systemClock } from '../ports/clock';
import type { AccountLookup } from '../session/session-manager';
import { sessionExpired } from '../session/session-problems';
import type { ActivityLog } from './activity-log';
import { createMixClient } from './mix-client';
import { accountFromOrganizations, fetchAllOrganizations } from './organizations';

/**
 * "Who is signed in", asked with the token a sign-in just produced (the session manager's `account` dependency).
 * The token is fixed, so a 401 is not renewed here.
 */
export function createAccountLookup(deps: {
  http: HttpClientFactory;
  userAgent: string;
  activity?: ActivityLog;
}): AccountLookup {
  return async (profile, accessToken) => {
    const client = createMixClient({
      http: deps.http,
      profiles: { get: (profileId) => (profileId === profile.id ? profile : undefined) },
      sessions: { accessToken: async () => accessToken, renew: () => Promise.reject(sessionExpired()) },
      userAgent: deps.userAgent,
      clock: systemClock,
      ...(deps.activity ? { activity: deps.activity } : {}),
    });
    const list = await fetchAllOrganizations(
      async (query) => (await client.get(profile.id, 'organizations.list', query)).data,
    );
    return { account: accountFromOrganizations(list), organizationCount: list.totalSize };
  };
}
