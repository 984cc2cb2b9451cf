import type { AccountLookup } from '../session/session-manager';
import { problem } from '../problem';
import type { MixClient } from './mix-client';
import { accountFromOrganizations, fetchAllOrganizations, type MixOrganizationList } from './organizations';

/** Every organization the user belongs to, page by page through the profile's Mix client. */
export function readAllOrganizations(
  client: Pick<MixClient, 'get'>,
  profileId: string,
): Promise<MixOrganizationList> {
  return fetchAllOrganizations(async (query) => {
    const { data, status } = await client.get(profileId, 'organizations.list', query);
    // A page that is not a JSON object means the server is not Mix.api: say so rather than "no account".
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw problem(
        'http',
        `Mix.api answered with something that is not the expected JSON (HTTP ${status}).`,
        { status, actions: ['retry'] },
      );
    }
    return data;
  });
}

/**
 * "Who is signed in" (the session manager's `account` dependency), asked through the profile's own Mix
 * client: its request slots, its current token, its renewal on 401 and its end of a refused session.
 */
export function createAccountLookup(client: Pick<MixClient, 'get'>): AccountLookup {
  return async (profileId) => {
    const list = await readAllOrganizations(client, profileId);
    return { account: accountFromOrganizations(list), organizationCount: list.totalSize };
  };
}
