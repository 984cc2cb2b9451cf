// §3.2: lists scoped to one organization. Not being in the organization → 400 code 3, as Mix answers.
import { requireOrganization } from '../access';
import { listPage } from '../paging';
import type { MixHandler, MixRequest } from '../route-kit';
import { ENGINE_PACKS, LANGUAGE_TOPICS, VOICES } from '../seed/platform';
import { listApplications } from './applications';
import { listBots } from './bots';

const BY_ID_OR_NAME = {
  id: (item: { id: string }) => Number(item.id),
  displayName: (item: { displayName: string }) => item.displayName,
};

function orgId(request: MixRequest): string {
  const id = request.params.orgId ?? '';
  requireOrganization(request, id);
  return id;
}

export const ORGANIZATION_ROUTES: Record<string, MixHandler> = {
  '/v4/organizations/:orgId/deployment-flows': (request) => {
    const flows = request.ctx.world.flowsByOrg.get(orgId(request)) ?? [];
    const { items, paging } = listPage(flows, request.query, { fields: BY_ID_OR_NAME });
    return { flows: items, ...paging };
  },
  '/v4/organizations/:orgId/environments': (request) => {
    const environments = request.ctx.world.environmentsByOrg.get(orgId(request)) ?? [];
    const { items, paging } = listPage(environments, request.query, { fields: BY_ID_OR_NAME });
    return { environments: items, ...paging };
  },
  '/v4/organizations/:orgId/engine-packs': (request) => {
    orgId(request);
    return { enginePacks: ENGINE_PACKS };
  },
  '/v4/organizations/:orgId/language-topics': (request) => {
    orgId(request);
    return { languageTopics: LANGUAGE_TOPICS };
  },
  '/v4/organizations/:orgId/voices': (request) => {
    orgId(request);
    return { voices: VOICES };
  },
  '/v4/organizations/:orgId/bots': (request) => listBots(request, orgId(request)),
  '/v4/organizations/:orgId/apps': (request) => listApplications(request, orgId(request)),
};
