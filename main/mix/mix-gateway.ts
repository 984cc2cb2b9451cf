import type { MixOrganizationList, MixVersion } from '../../common/ipc-contract';
import type { HttpClientFactory } from '../platform/http';
import type { ProfileSource } from '../session/ports';
import { unknownProfile } from '../session/session-problems';
import { createMixRequester, type MixRequester } from './mix-request';
import { fetchAllOrganizations } from './organizations';
import { parseVersion } from './version';

export { accountFromOrganizations } from './organizations';
export { createAccountLookup } from './account-lookup';

export interface MixGateway {
  version(profileId: string): Promise<MixVersion>;
  organizations(profileId: string): Promise<MixOrganizationList>;
}

export interface MixGatewayDeps {
  http: HttpClientFactory;
  profiles: ProfileSource;
  sessions: { accessToken(profileId: string): Promise<string>; renew(profileId: string): Promise<string> };
  userAgent: string;
}

/** The one way main talks to Mix.api: locked to the profile's API origin, token read per request. */
export function createMixGateway(deps: MixGatewayDeps): MixGateway {
  function requester(profileId: string): MixRequester {
    const profile = deps.profiles.get(profileId);
    if (!profile) throw unknownProfile();
    return createMixRequester({
      client: deps.http(profile),
      profile,
      userAgent: deps.userAgent,
      tokens: {
        current: () => deps.sessions.accessToken(profileId),
        renew: () => deps.sessions.renew(profileId),
      },
    });
  }

  return {
    async version(profileId) {
      return parseVersion(await requester(profileId).getJson('/v4/version'));
    },
    async organizations(profileId) {
      return fetchAllOrganizations(requester(profileId));
    },
  };
}
