import type { MixOrganizationList, MixVersion } from '../../common/ipc-contract';
import type { MixEndpointKey } from '../../common/mix-endpoints';
import { systemClock, type Clock } from '../ports/clock';
import { createMixClient, type MixClient, type MixClientDeps } from './mix-client';
import { problem } from '../problem';
import { fetchAllOrganizations } from './organizations';
import { parseVersion } from './version';

export { accountFromOrganizations } from './organizations';
export { createAccountLookup } from './account-lookup';

export interface MixGateway {
  version(profileId: string): Promise<MixVersion>;
  organizations(profileId: string): Promise<MixOrganizationList>;
}

/** The client's dependencies; the clock defaults to the system clock. */
export type MixGatewayDeps = Omit<MixClientDeps, 'clock'> & { clock?: Clock };

/** The typed answers the IPC contract knows, on top of a Mix client. */
export function mixGatewayOn(client: MixClient): MixGateway {
  /** These answers are JSON objects; anything else means the server is not Mix.api. */
  async function getObject(profileId: string, key: MixEndpointKey, params: object = {}) {
    const { data, status } = await client.get(profileId, key, params);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw problem(
        'http',
        `Mix.api answered with something that is not the expected JSON (HTTP ${status}).`,
        {
          status,
          actions: ['retry'],
        },
      );
    }
    return data;
  }

  return {
    async version(profileId) {
      return parseVersion(await getObject(profileId, 'system.version'));
    },
    async organizations(profileId) {
      return fetchAllOrganizations((query) => getObject(profileId, 'organizations.list', query));
    },
  };
}

/** The one way main talks to Mix.api: locked to the profile's API origin, token read per request. */
export function createMixGateway(deps: MixGatewayDeps): MixGateway {
  return mixGatewayOn(createMixClient({ ...deps, clock: deps.clock ?? systemClock }));
}
