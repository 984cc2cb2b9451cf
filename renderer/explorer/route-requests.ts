/**
 * The Mix.api read behind each route: what "Copy as curl" and the palette copy, and what the generic
 * views ask for. Views with several requests (tabs, pages) say which one is in view themselves.
 */
import type { ExplorerRoute, OrgList, PlatformList } from '../../common/explorer-routes';
import type { MixEndpointKey, MixParams } from '../../common/mix-endpoints';

export interface MixRequest {
  endpoint: MixEndpointKey;
  params: MixParams;
}

export const ORGANIZATIONS_REQUEST: MixRequest = {
  endpoint: 'organizations.list',
  params: { view: 'FULL' },
};

const ORG_LIST_ENDPOINTS: Record<OrgList, MixEndpointKey> = {
  projects: 'projects.list',
  applications: 'applications.list',
  deployments: 'applications.list',
  locks: 'locks.list',
  // The failures view reads the walk's answers; its first read is the organization's projects.
  failures: 'projects.list',
  bots: 'bots.list',
  'deployment-flows': 'deploymentFlows.list',
  environments: 'environments.list',
  'engine-packs': 'enginePacks.list',
  'language-topics': 'languageTopics.list',
  voices: 'voices.list',
};

/** The first page of an organization's list, as the list view and the tree ask for it. */
export function orgListRequest(orgId: string, list: OrgList): MixRequest {
  const endpoint = ORG_LIST_ENDPOINTS[list];
  if (list === 'applications') return { endpoint, params: { orgId, view: 'AV_FULL' } };
  // What's deployed where: every application with its configs, a page of 100 (see deployment-reads.ts).
  if (list === 'deployments') return { endpoint, params: { orgId, view: 'AV_FULL', limit: 100, offset: 0 } };
  if (list === 'bots') return { endpoint, params: { orgId, view: 'BV_FULL' } };
  if (list === 'projects') return { endpoint, params: { orgId } };
  return { endpoint, params: { orgId } };
}

export function platformRequest(list: PlatformList): MixRequest {
  switch (list) {
    case 'geographies':
      return { endpoint: 'geographies.list', params: {} };
    case 'data-types':
      return { endpoint: 'dataTypes.list', params: { includeCompatibleEntityTypes: true } };
    case 'entity-types':
      return { endpoint: 'entityTypes.list', params: { includeCompatibleDataTypes: true } };
    case 'version':
      return { endpoint: 'system.version', params: {} };
  }
}

/** How the application and bot views find one application: mix-cli's `applications:get`. */
export function applicationRequest(orgId: string, applicationId: string): MixRequest {
  return { endpoint: 'applications.list', params: { orgId, filter: applicationId, view: 'AV_FULL' } };
}

export function botsRequest(orgId: string): MixRequest {
  return { endpoint: 'bots.list', params: { orgId, view: 'BV_FULL' } };
}

export function routeRequest(route: ExplorerRoute): MixRequest | undefined {
  switch (route.kind) {
    case 'home':
    case 'activity':
      return undefined;
    case 'organization':
      return ORGANIZATIONS_REQUEST;
    case 'org-list':
      return orgListRequest(route.orgId, route.list);
    case 'project': {
      const projectId = route.projectId;
      switch (route.tab) {
        case 'overview':
        case 'exports':
          return { endpoint: 'projects.get', params: { projectId } };
        case 'builds':
          return { endpoint: 'builds.list', params: { projectId, type: 'NLU' } };
        case 'intents':
          return { endpoint: 'intents.list', params: { projectId } };
        case 'entities':
          return { endpoint: 'entities.list', params: { projectId } };
        case 'jobs':
          return { endpoint: 'jobs.list', params: { projectId } };
        case 'locks':
          return { endpoint: 'locks.list', params: { projectId } };
        case 'env-configs':
          return { endpoint: 'envConfigs.list', params: { projectId } };
      }
      return undefined;
    }
    case 'build':
      return { endpoint: 'builds.get', params: { buildLabel: route.buildLabel } };
    case 'job':
      return { endpoint: 'jobs.get', params: { projectId: route.projectId, jobId: route.jobId } };
    case 'intent':
      return {
        endpoint: 'intents.get',
        params: { projectId: route.projectId, intentName: route.intentName },
      };
    case 'entity':
      return {
        endpoint: 'entities.get',
        params: { projectId: route.projectId, entityName: route.entityName },
      };
    case 'application':
      if (route.tab === 'credentials') {
        return {
          endpoint: 'appCredentials.list',
          params: { applicationId: route.applicationId, view: 'ACV_FULL' },
        };
      }
      return { endpoint: 'appConfigs.list', params: { applicationId: route.applicationId } };
    case 'app-config':
      return { endpoint: 'appConfigs.get', params: { configId: route.configId } };
    case 'compare-configs':
      // Both sides come from the organization's applications with their configs, as in the matrix.
      return orgListRequest(route.orgId, 'deployments');
    case 'bot':
      return route.tab === 'credentials'
        ? { endpoint: 'botCredentials.list', params: { botId: route.botId, view: 'BCV_FULL' } }
        : { endpoint: 'botConfigs.list', params: { botId: route.botId } };
    case 'bot-interface':
      return { endpoint: 'botInterfaces.get', params: { botId: route.botId, configId: route.configId } };
    case 'platform':
      return platformRequest(route.list);
  }
}
