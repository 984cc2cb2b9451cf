/**
 * The catalogue of Mix.api v4 read endpoints (mix-api.md §3): pure data, shared by main (requests),
 * the renderer (what to ask for) and the IPC checks (what a payload may hold).
 * The mix CLI commands that send these requests are in ./mix-cli-table.ts.
 */

/** A query parameter's type; a string list is an enum. */
export type MixQueryType = 'string' | 'number' | 'boolean' | 'string[]' | readonly string[];

export interface MixQueryParam {
  type: MixQueryType;
  required?: boolean;
}

export interface MixEndpoint {
  title: string;
  /** Template with `{name}` path parameters, e.g. `/v4/projects/{projectId}/builds`. */
  path: string;
  pathParams: readonly string[];
  query: Readonly<Record<string, MixQueryParam>>;
  /** `download`: a file stream (zip, samples, metadata JSON) to save, not JSON to show. */
  kind: 'json' | 'download';
  /** Takes `limit`/`offset` and answers with `totalSize`/`count`. */
  paged: boolean;
  /** The array field of a list answer, e.g. `projects`. */
  listField?: string;
}

const PAGING = {
  limit: { type: 'number' },
  offset: { type: 'number' },
  sortBy: { type: 'string' },
} as const satisfies Record<string, MixQueryParam>;

const CONFIG_FILTERS = {
  appId: { type: 'string' },
  excludeOverrides: { type: 'boolean' },
  liveOnly: { type: 'boolean' },
  tag: { type: 'string' },
} as const satisfies Record<string, MixQueryParam>;

const LOCALES = { locales: { type: 'string[]', required: true } } as const satisfies Record<
  string,
  MixQueryParam
>;

const ENTITY_TYPES = [
  'UNSPECIFIED',
  'BASE',
  'FREEFORM',
  'LIST',
  'REGEX',
  'RELATIONAL',
  'RULE_BASED',
] as const;

const ENDPOINTS = {
  // §3.1 Organizations, platform-wide lookups
  'organizations.list': {
    title: 'Organizations',
    path: '/v4/organizations',
    pathParams: [],
    query: {
      showAll: { type: 'boolean' },
      type: { type: ['TYPE_UNSPECIFIED', 'PERSONAL', 'STANDARD'] },
      view: { type: ['VIEW_UNSPECIFIED', 'FULL'] },
      ...PAGING,
    },
    kind: 'json',
    paged: true,
    listField: 'organizations',
  },
  'geographies.list': {
    title: 'Geographies',
    path: '/v4/geographies',
    pathParams: [],
    query: { ...PAGING },
    kind: 'json',
    paged: true,
    listField: 'geographies',
  },
  'dataTypes.list': {
    title: 'Data types',
    path: '/v4/data-types',
    pathParams: [],
    query: { includeCompatibleEntityTypes: { type: 'boolean' } },
    kind: 'json',
    paged: false,
    listField: 'dataTypes',
  },
  'entityTypes.list': {
    title: 'Entity types',
    path: '/v4/ontology/entity-types',
    pathParams: [],
    query: { includeCompatibleDataTypes: { type: 'boolean' } },
    kind: 'json',
    paged: false,
    listField: 'entityTypes',
  },
  'system.version': {
    title: 'Mix version',
    path: '/v4/version',
    pathParams: [],
    query: {},
    kind: 'json',
    paged: false,
  },

  // §3.2 Organization-scoped lists
  'deploymentFlows.list': {
    title: 'Deployment flows',
    path: '/v4/organizations/{orgId}/deployment-flows',
    pathParams: ['orgId'],
    query: { ...PAGING },
    kind: 'json',
    paged: true,
    listField: 'flows',
  },
  'environments.list': {
    title: 'Environments',
    path: '/v4/organizations/{orgId}/environments',
    pathParams: ['orgId'],
    query: { ...PAGING },
    kind: 'json',
    paged: true,
    listField: 'environments',
  },
  'enginePacks.list': {
    title: 'Engine packs',
    path: '/v4/organizations/{orgId}/engine-packs',
    pathParams: ['orgId'],
    query: {},
    kind: 'json',
    paged: false,
    listField: 'enginePacks',
  },
  'languageTopics.list': {
    title: 'Language topics',
    path: '/v4/organizations/{orgId}/language-topics',
    pathParams: ['orgId'],
    query: {},
    kind: 'json',
    paged: false,
    listField: 'languageTopics',
  },
  'voices.list': {
    title: 'Voices',
    path: '/v4/organizations/{orgId}/voices',
    pathParams: ['orgId'],
    query: {},
    kind: 'json',
    paged: false,
    listField: 'voices',
  },
  'bots.list': {
    title: 'Bots',
    path: '/v4/organizations/{orgId}/bots',
    pathParams: ['orgId'],
    query: {
      view: { type: ['BV_VIEW_UNSPECIFIED', 'BV_FULL', 'BV_FULL_AVAILABLE_CONFIGS', 'BV_FULL_LIVE_CONFIGS'] },
    },
    kind: 'json',
    // Answers carry totalSize but take no limit/offset.
    paged: false,
    listField: 'bots',
  },
  'organizations.applications': {
    title: 'Applications of an organization',
    // The docs' form of the application list; mix-cli uses /v4/apps?orgId= (applications.list).
    path: '/v4/organizations/{orgId}/apps',
    pathParams: ['orgId'],
    query: {},
    kind: 'json',
    paged: false,
    listField: 'applications',
  },

  // §3.3 Applications, app configs, credentials, data hosts
  'applications.list': {
    title: 'Applications',
    path: '/v4/apps',
    pathParams: [],
    query: {
      orgId: { type: 'string' },
      appId: { type: 'string' },
      filter: { type: 'string' },
      limit: PAGING.limit,
      offset: PAGING.offset,
      view: { type: ['AV_VIEW_UNSPECIFIED', 'AV_FULL', 'AV_FULL_AVAILABLE_CONFIGS', 'AV_FULL_LIVE_CONFIGS'] },
    },
    kind: 'json',
    paged: true,
    listField: 'applications',
  },
  'appConfigs.list': {
    title: 'Application configurations',
    path: '/v4/apps/{applicationId}/app-configs',
    pathParams: ['applicationId'],
    query: { ...CONFIG_FILTERS },
    kind: 'json',
    paged: false,
    listField: 'configs',
  },
  'appConfigs.get': {
    title: 'Application configuration',
    path: '/v4/app-configs/{configId}',
    pathParams: ['configId'],
    query: {},
    kind: 'json',
    paged: false,
  },
  'appConfigs.export': {
    title: 'Application configuration package',
    path: '/v4/app-configs/{configId}/.download',
    pathParams: ['configId'],
    query: { appId: { type: 'string', required: true } },
    kind: 'download',
    paged: false,
  },
  'appCredentials.list': {
    title: 'Application credentials',
    path: '/v4/apps/{applicationId}/credentials',
    pathParams: ['applicationId'],
    query: { envGeographyName: { type: 'string' }, view: { type: ['ACV_VIEW_UNSPECIFIED', 'ACV_FULL'] } },
    kind: 'json',
    paged: false,
    listField: 'credentials',
  },
  'dataHosts.list': {
    title: 'Data hosts of a build',
    path: '/v4/builds/{buildLabel}/data-hosts',
    pathParams: ['buildLabel'],
    query: { applicationId: { type: 'string', required: true }, deploymentFlowId: { type: 'string' } },
    kind: 'json',
    paged: false,
    listField: 'dataHosts',
  },
  'dataHosts.latest': {
    title: 'Data hosts of the latest build',
    path: '/v4/apps/{applicationId}/projects/{projectId}/data-hosts/.latest',
    pathParams: ['applicationId', 'projectId'],
    query: { deploymentFlowId: { type: 'string' } },
    kind: 'json',
    paged: false,
    listField: 'dataHosts',
  },

  // §3.4 Bots
  'botConfigs.list': {
    title: 'Bot configurations',
    path: '/v4/bots/{botId}/configs',
    pathParams: ['botId'],
    query: { ...CONFIG_FILTERS },
    kind: 'json',
    paged: false,
    listField: 'configs',
  },
  'botCredentials.list': {
    title: 'Bot credentials',
    path: '/v4/bots/{botId}/credentials',
    pathParams: ['botId'],
    query: { envGeographyName: { type: 'string' }, view: { type: ['BCV_VIEW_UNSPECIFIED', 'BCV_FULL'] } },
    kind: 'json',
    paged: false,
    listField: 'credentials',
  },
  'botInterfaces.get': {
    title: 'Bot interface',
    path: '/v4/bots/{botId}/configs/{configId}/interface',
    pathParams: ['botId', 'configId'],
    query: {},
    kind: 'json',
    paged: false,
  },

  // §3.5 Projects and project content
  'projects.list': {
    title: 'Projects',
    path: '/v4/projects',
    pathParams: [],
    query: {
      orgId: { type: 'string' },
      filter: { type: 'string' },
      excludeChannels: { type: 'boolean' },
      includeFeatures: { type: 'boolean' },
      ...PAGING,
    },
    kind: 'json',
    paged: true,
    listField: 'projects',
  },
  'projects.get': {
    title: 'Project',
    path: '/v4/projects/{projectId}',
    pathParams: ['projectId'],
    query: {},
    kind: 'json',
    paged: false,
  },
  'locks.list': {
    title: 'Project locks',
    path: '/v4/projects/.locks',
    pathParams: [],
    query: {
      orgId: { type: 'string' },
      projectId: { type: 'string' },
      userId: { type: 'string' },
      ...PAGING,
    },
    kind: 'json',
    paged: true,
    listField: 'locks',
  },
  'locks.get': {
    title: 'Project lock',
    path: '/v4/projects/{projectId}/.lock',
    pathParams: ['projectId'],
    query: {},
    kind: 'json',
    paged: false,
  },
  'builds.list': {
    title: 'Builds',
    path: '/v4/projects/{projectId}/builds',
    pathParams: ['projectId'],
    query: { type: { type: ['ASR', 'NLU', 'DIALOG'], required: true }, ...PAGING },
    kind: 'json',
    paged: true,
    listField: 'builds',
  },
  'builds.latest': {
    title: 'Latest builds',
    path: '/v4/projects/{projectId}/builds/.latest',
    pathParams: ['projectId'],
    query: {},
    kind: 'json',
    paged: false,
  },
  'builds.get': {
    title: 'Build',
    path: '/v4/builds/{buildLabel}',
    pathParams: ['buildLabel'],
    query: {},
    kind: 'json',
    paged: false,
  },
  'builds.export': {
    title: 'Build resources',
    path: '/v4/builds/{buildLabel}/.download',
    pathParams: ['buildLabel'],
    query: {},
    kind: 'download',
    paged: false,
  },
  'jobs.list': {
    title: 'Jobs',
    path: '/v4/projects/{projectId}/jobs',
    pathParams: ['projectId'],
    query: { ...PAGING },
    kind: 'json',
    paged: true,
    listField: 'jobs',
  },
  'jobs.get': {
    title: 'Job',
    path: '/v4/projects/{projectId}/jobs/{jobId}',
    pathParams: ['projectId', 'jobId'],
    query: {},
    kind: 'json',
    paged: false,
  },
  'intents.list': {
    title: 'Intents',
    path: '/v4/projects/{projectId}/intents',
    pathParams: ['projectId'],
    query: {},
    kind: 'json',
    paged: false,
    listField: 'intents',
  },
  'intents.get': {
    title: 'Intent',
    path: '/v4/projects/{projectId}/intents/{intentName}',
    pathParams: ['projectId', 'intentName'],
    query: {},
    kind: 'json',
    paged: false,
  },
  'entities.list': {
    title: 'Entities',
    path: '/v4/projects/{projectId}/entities',
    pathParams: ['projectId'],
    query: { type: { type: ENTITY_TYPES } },
    kind: 'json',
    paged: false,
    listField: 'entities',
  },
  'entities.get': {
    title: 'Entity',
    path: '/v4/projects/{projectId}/entities/{entityName}',
    pathParams: ['projectId', 'entityName'],
    query: {},
    kind: 'json',
    paged: false,
  },
  'samples.export': {
    title: 'Intent samples',
    path: '/v4/projects/{projectId}/intents/{intentName}/samples/.export',
    pathParams: ['projectId', 'intentName'],
    query: { ...LOCALES },
    kind: 'download',
    paged: false,
  },
  'literals.export': {
    title: 'Entity literals',
    path: '/v4/projects/{projectId}/entities/{entityName}/literals/.export',
    pathParams: ['projectId', 'entityName'],
    query: { ...LOCALES },
    kind: 'download',
    paged: false,
  },
  'grammars.export': {
    title: 'Entity grammars',
    path: '/v4/projects/{projectId}/entities/{entityName}/grammars/.export',
    pathParams: ['projectId', 'entityName'],
    query: {},
    kind: 'download',
    paged: false,
  },
  'projects.export': {
    title: 'Project package',
    path: '/v4/projects/{projectId}/.export',
    pathParams: ['projectId'],
    query: {},
    kind: 'download',
    paged: false,
  },
  'projects.exportMetadata': {
    title: 'Project metadata',
    path: '/v4/projects/{projectId}/metadata/.export',
    pathParams: ['projectId'],
    query: {},
    kind: 'download',
    paged: false,
  },
  'ontology.export': {
    title: 'Project ontology',
    path: '/v4/projects/{projectId}/ontology/.export',
    pathParams: ['projectId'],
    query: { ...LOCALES },
    kind: 'download',
    paged: false,
  },
  'envConfigs.list': {
    title: 'Environment configurations',
    path: '/v4/projects/{projectId}/env-configs',
    pathParams: ['projectId'],
    query: {},
    kind: 'json',
    paged: false,
  },
} as const satisfies Record<string, MixEndpoint>;

export type MixEndpointKey = keyof typeof ENDPOINTS;

export const MIX_ENDPOINTS: Readonly<Record<MixEndpointKey, MixEndpoint>> = ENDPOINTS;

export const MIX_ENDPOINT_KEYS = Object.keys(ENDPOINTS) as MixEndpointKey[];

export function isMixEndpointKey(value: unknown): value is MixEndpointKey {
  return typeof value === 'string' && Object.hasOwn(ENDPOINTS, value);
}
