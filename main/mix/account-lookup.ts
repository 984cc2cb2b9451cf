import type { AccountLookup } from '../session/session-manager';
import type { MixGateway } from './mix-gateway';
import { accountFromOrganizations } from './organizations';

/**
 * "Who is signed in" (the session manager's `account` dependency), asked through the profile's own Mix
 * client: its request slots, its current token, its renewal on 401.
 */
export function createAccountLookup(gateway: Pick<MixGateway, 'organizations'>): AccountLookup {
  return async (profileId) => {
    const list = await gateway.organizations(profileId);
    return { account: accountFromOrganizations(list), organizationCount: list.totalSize };
  };
}
