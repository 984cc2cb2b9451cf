/**
 * The catalogue of Mix.api v4 read endpoints (mix-api.md §3): pure data, shared by main (requests),
 * the renderer (what to ask for) and the IPC checks (what a payload may hold).
 * The mix-cli equivalents come from nuance-communications/mix-cli v2.6.3; entries marked GUESS follow
 * its flag conventions (-O organization, -P project, -M Mix app, -B bot, -C config, -J job,
 * -I intent, -E entity, -L locale, -f file) without a source for that exact command.
 */

/** A query parameter's type; a string list is an enum. */
export type MixQueryType = 'string' | 'number' | 'boolean' | 'string[]' | readonly string[];

export interface MixQueryParam {
  type: MixQueryType;
  required?: boolean;
}

/**
 * How a parameter is written for mix-cli:
 * - a flag (`-O`, `--with-name`): `flag value`, repeated for lists; booleans are a bare switch when true;
 * - `{ flag, lowerCase }`: the value lower-cased (mix-cli upper-cases it again);
 * - `{ values }`: an enum whose values map to whole argument lists (`FULL` → `--full`); unlisted values
 *   have no mix-cli form.
 */
export type MixCliArgument =
  string | { flag: string; lowerCase: true } | { values: Readonly<Record<string, readonly string[]>> };

export interface MixCliEquivalent {
  command: string;
  /** Parameter name → how mix-cli spells it; parameters missing here have no mix-cli form. */
  flags: Readonly<Record<string, MixCliArgument>>;
  /** Arguments always added, e.g. `--metadata-only`. */
  extra?: readonly string[];
  /** Downloads: mix-cli's `-f` needs a file; this is the default shown. */
  output?: string;
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
  mixCli: MixCliEquivalent;
}

const PAGING = {
  limit: { type: 'number' },
  offset: { type: 'number' },
  sortBy: { type: 'string' },
} as const satisfies Record<string, MixQueryParam>;

const PAGING_CLI = { limit: '--limit', offset: '--offset', sortBy: '--sort' } as const;

const CONFIG_FILTERS = {
  appId: { type: 'string' },
  excludeOverrides: { type: 'boolean' },
  liveOnly: { type: 'boolean' },
  tag: { type: 'string' },
} as const satisfies Record<string, MixQueryParam>;

const CONFIG_FILTERS_CLI = {
  appId: '--with-runtime-app',
  excludeOverrides: '--exclude-overrides',
  liveOnly: '--live-only',
  tag: '--with-tag',
} as const;

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

function entityTypeCli(): Record<string, readonly string[]> {
  const values: Record<string, readonly string[]> = { UNSPECIFIED: [] };
  for (const type of ENTITY_TYPES.slice(1)) {
    values[type] = ['--with-entity-type', type.toLowerCase().replace('_', '-')];
  }
  return values;
}

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
    mixCli: {
      command: 'organizations:list',
      flags: {
        showAll: '--all',
        type: {
          values: {
            TYPE_UNSPECIFIED: [],
            PERSONAL: ['--with-organization-type', 'personal'],
            STANDARD: ['--with-organization-type', 'standard'],
          },
        },
        view: { values: { VIEW_UNSPECIFIED: [], FULL: ['--full'] } },
        ...PAGING_CLI,
      },
    },
  },
  'geographies.list': {
    title: 'Geographies',
    path: '/v4/geographies',
    pathParams: [],
    query: { ...PAGING },
    kind: 'json',
    paged: true,
    listField: 'geographies',
    mixCli: { command: 'geographies:list', flags: { ...PAGING_CLI } },
  },
  'dataTypes.list': {
    title: 'Data types',
    path: '/v4/data-types',
    pathParams: [],
    query: { includeCompatibleEntityTypes: { type: 'boolean' } },
    kind: 'json',
    paged: false,
    listField: 'dataTypes',
    // mix-cli always sends includeCompatibleEntityTypes=true and has no flag for it.
    mixCli: { command: 'data-types:list', flags: {} },
  },
  'entityTypes.list': {
    title: 'Entity types',
    path: '/v4/ontology/entity-types',
    pathParams: [],
    query: { includeCompatibleDataTypes: { type: 'boolean' } },
    kind: 'json',
    paged: false,
    listField: 'entityTypes',
    mixCli: { command: 'entity-types:list', flags: {} },
  },
  'system.version': {
    title: 'Mix version',
    path: '/v4/version',
    pathParams: [],
    query: {},
    kind: 'json',
    paged: false,
    mixCli: { command: 'system:version', flags: {} },
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
    mixCli: { command: 'deployment-flows:list', flags: { orgId: '-O', ...PAGING_CLI } },
  },
  'environments.list': {
    title: 'Environments',
    path: '/v4/organizations/{orgId}/environments',
    pathParams: ['orgId'],
    query: { ...PAGING },
    kind: 'json',
    paged: true,
    listField: 'environments',
    mixCli: { command: 'environments:list', flags: { orgId: '-O', ...PAGING_CLI } },
  },
  'enginePacks.list': {
    title: 'Engine packs',
    path: '/v4/organizations/{orgId}/engine-packs',
    pathParams: ['orgId'],
    query: {},
    kind: 'json',
    paged: false,
    listField: 'enginePacks',
    mixCli: { command: 'engine-packs:list', flags: { orgId: '-O' } },
  },
  'languageTopics.list': {
    title: 'Language topics',
    path: '/v4/organizations/{orgId}/language-topics',
    pathParams: ['orgId'],
    query: {},
    kind: 'json',
    paged: false,
    listField: 'languageTopics',
    mixCli: { command: 'language-topics:list', flags: { orgId: '-O' } },
  },
  'voices.list': {
    title: 'Voices',
    path: '/v4/organizations/{orgId}/voices',
    pathParams: ['orgId'],
    query: {},
    kind: 'json',
    paged: false,
    listField: 'voices',
    mixCli: { command: 'voices:list', flags: { orgId: '-O' } },
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
    mixCli: {
      command: 'bots:list',
      flags: {
        orgId: '-O',
        view: {
          values: {
            BV_VIEW_UNSPECIFIED: [],
            BV_FULL: ['--full'],
            BV_FULL_AVAILABLE_CONFIGS: ['--full', '--omit-overridden'],
          },
        },
      },
    },
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
    mixCli: { command: 'applications:list', flags: { orgId: '-O' } },
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
    mixCli: {
      command: 'applications:list',
      flags: {
        orgId: '-O',
        appId: '--with-runtime-app',
        view: {
          values: {
            AV_VIEW_UNSPECIFIED: [],
            AV_FULL: ['--full'],
            AV_FULL_AVAILABLE_CONFIGS: ['--full', '--omit-overridden'],
          },
        },
      },
    },
  },
  'appConfigs.list': {
    title: 'Application configurations',
    path: '/v4/apps/{applicationId}/app-configs',
    pathParams: ['applicationId'],
    query: { ...CONFIG_FILTERS },
    kind: 'json',
    paged: false,
    listField: 'configs',
    mixCli: { command: 'app-configs:list', flags: { applicationId: '-M', ...CONFIG_FILTERS_CLI } },
  },
  'appConfigs.get': {
    title: 'Application configuration',
    path: '/v4/app-configs/{configId}',
    pathParams: ['configId'],
    query: {},
    kind: 'json',
    paged: false,
    mixCli: { command: 'app-configs:get', flags: { configId: '-C' } },
  },
  'appConfigs.export': {
    title: 'Application configuration package',
    path: '/v4/app-configs/{configId}/.download',
    pathParams: ['configId'],
    query: { appId: { type: 'string', required: true } },
    kind: 'download',
    paged: false,
    mixCli: {
      command: 'app-configs:export',
      flags: { configId: '-C', appId: '-R' },
      output: 'app-config.zip',
    },
  },
  'appCredentials.list': {
    title: 'Application credentials',
    path: '/v4/apps/{applicationId}/credentials',
    pathParams: ['applicationId'],
    query: { envGeographyName: { type: 'string' }, view: { type: ['ACV_VIEW_UNSPECIFIED', 'ACV_FULL'] } },
    kind: 'json',
    paged: false,
    listField: 'credentials',
    mixCli: {
      command: 'app-credentials:list',
      flags: {
        applicationId: '-M',
        envGeographyName: '--with-geo-name',
        view: { values: { ACV_VIEW_UNSPECIFIED: [], ACV_FULL: ['--full'] } },
      },
    },
  },
  'dataHosts.list': {
    title: 'Data hosts of a build',
    path: '/v4/builds/{buildLabel}/data-hosts',
    pathParams: ['buildLabel'],
    query: { applicationId: { type: 'string', required: true }, deploymentFlowId: { type: 'string' } },
    kind: 'json',
    paged: false,
    listField: 'dataHosts',
    mixCli: {
      command: 'data-hosts:list',
      flags: { buildLabel: '--build-label', applicationId: '-M', deploymentFlowId: '-D' },
    },
  },
  'dataHosts.latest': {
    title: 'Data hosts of the latest build',
    path: '/v4/apps/{applicationId}/projects/{projectId}/data-hosts/.latest',
    pathParams: ['applicationId', 'projectId'],
    query: { deploymentFlowId: { type: 'string' } },
    kind: 'json',
    paged: false,
    listField: 'dataHosts',
    // GUESS: flags follow data-hosts:list.
    mixCli: {
      command: 'data-hosts:latest',
      flags: { applicationId: '-M', projectId: '-P', deploymentFlowId: '-D' },
    },
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
    mixCli: { command: 'bot-configs:list', flags: { botId: '-B', ...CONFIG_FILTERS_CLI } },
  },
  'botCredentials.list': {
    title: 'Bot credentials',
    path: '/v4/bots/{botId}/credentials',
    pathParams: ['botId'],
    query: { envGeographyName: { type: 'string' }, view: { type: ['BCV_VIEW_UNSPECIFIED', 'BCV_FULL'] } },
    kind: 'json',
    paged: false,
    listField: 'credentials',
    // GUESS: flags follow app-credentials:list.
    mixCli: {
      command: 'bot-credentials:list',
      flags: {
        botId: '-B',
        envGeographyName: '--with-geo-name',
        view: { values: { BCV_VIEW_UNSPECIFIED: [], BCV_FULL: ['--full'] } },
      },
    },
  },
  'botInterfaces.get': {
    title: 'Bot interface',
    path: '/v4/bots/{botId}/configs/{configId}/interface',
    pathParams: ['botId', 'configId'],
    query: {},
    kind: 'json',
    paged: false,
    mixCli: { command: 'bot-interfaces:get', flags: { botId: '-B', configId: '-C' } },
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
    mixCli: {
      command: 'projects:list',
      flags: {
        orgId: '-O',
        filter: '--with-name',
        excludeChannels: '--exclude-channels',
        includeFeatures: '--include-features',
        ...PAGING_CLI,
      },
    },
  },
  'projects.get': {
    title: 'Project',
    path: '/v4/projects/{projectId}',
    pathParams: ['projectId'],
    query: {},
    kind: 'json',
    paged: false,
    mixCli: { command: 'projects:get', flags: { projectId: '-P' } },
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
    mixCli: {
      command: 'locks:list',
      flags: { orgId: '-O', projectId: '-P', userId: '-U', ...PAGING_CLI },
    },
  },
  'locks.get': {
    title: 'Project lock',
    path: '/v4/projects/{projectId}/.lock',
    pathParams: ['projectId'],
    query: {},
    kind: 'json',
    paged: false,
    mixCli: { command: 'locks:get', flags: { projectId: '-P' } },
  },
  'builds.list': {
    title: 'Builds',
    path: '/v4/projects/{projectId}/builds',
    pathParams: ['projectId'],
    query: { type: { type: ['ASR', 'NLU', 'DIALOG'], required: true }, ...PAGING },
    kind: 'json',
    paged: true,
    listField: 'builds',
    mixCli: {
      command: 'builds:list',
      flags: { projectId: '-P', type: { flag: '--build-type', lowerCase: true }, ...PAGING_CLI },
    },
  },
  'builds.latest': {
    title: 'Latest builds',
    path: '/v4/projects/{projectId}/builds/.latest',
    pathParams: ['projectId'],
    query: {},
    kind: 'json',
    paged: false,
    mixCli: { command: 'builds:latest', flags: { projectId: '-P' } },
  },
  'builds.get': {
    title: 'Build',
    path: '/v4/builds/{buildLabel}',
    pathParams: ['buildLabel'],
    query: {},
    kind: 'json',
    paged: false,
    mixCli: { command: 'builds:get', flags: { buildLabel: '--build-label' } },
  },
  'builds.export': {
    title: 'Build resources',
    path: '/v4/builds/{buildLabel}/.download',
    pathParams: ['buildLabel'],
    query: {},
    kind: 'download',
    paged: false,
    // GUESS: --build-label as in builds:get.
    mixCli: { command: 'builds:export', flags: { buildLabel: '--build-label' }, output: 'build.zip' },
  },
  'jobs.list': {
    title: 'Jobs',
    path: '/v4/projects/{projectId}/jobs',
    pathParams: ['projectId'],
    query: { ...PAGING },
    kind: 'json',
    paged: true,
    listField: 'jobs',
    mixCli: { command: 'jobs:list', flags: { projectId: '-P', ...PAGING_CLI } },
  },
  'jobs.get': {
    title: 'Job',
    path: '/v4/projects/{projectId}/jobs/{jobId}',
    pathParams: ['projectId', 'jobId'],
    query: {},
    kind: 'json',
    paged: false,
    mixCli: { command: 'jobs:get', flags: { projectId: '-P', jobId: '-J' } },
  },
  'intents.list': {
    title: 'Intents',
    path: '/v4/projects/{projectId}/intents',
    pathParams: ['projectId'],
    query: {},
    kind: 'json',
    paged: false,
    listField: 'intents',
    mixCli: { command: 'intents:list', flags: { projectId: '-P' } },
  },
  'intents.get': {
    title: 'Intent',
    path: '/v4/projects/{projectId}/intents/{intentName}',
    pathParams: ['projectId', 'intentName'],
    query: {},
    kind: 'json',
    paged: false,
    mixCli: { command: 'intents:get', flags: { projectId: '-P', intentName: '-I' } },
  },
  'entities.list': {
    title: 'Entities',
    path: '/v4/projects/{projectId}/entities',
    pathParams: ['projectId'],
    query: { type: { type: ENTITY_TYPES } },
    kind: 'json',
    paged: false,
    listField: 'entities',
    mixCli: { command: 'entities:list', flags: { projectId: '-P', type: { values: entityTypeCli() } } },
  },
  'entities.get': {
    title: 'Entity',
    path: '/v4/projects/{projectId}/entities/{entityName}',
    pathParams: ['projectId', 'entityName'],
    query: {},
    kind: 'json',
    paged: false,
    mixCli: { command: 'entities:get', flags: { projectId: '-P', entityName: '-E' } },
  },
  'samples.export': {
    title: 'Intent samples',
    path: '/v4/projects/{projectId}/intents/{intentName}/samples/.export',
    pathParams: ['projectId', 'intentName'],
    query: { ...LOCALES },
    kind: 'download',
    paged: false,
    mixCli: {
      command: 'samples:export',
      flags: { projectId: '-P', intentName: '-I', locales: '-L' },
      output: 'samples.zip',
    },
  },
  'literals.export': {
    title: 'Entity literals',
    path: '/v4/projects/{projectId}/entities/{entityName}/literals/.export',
    pathParams: ['projectId', 'entityName'],
    query: { ...LOCALES },
    kind: 'download',
    paged: false,
    // GUESS: flags follow samples:export.
    mixCli: {
      command: 'literals:export',
      flags: { projectId: '-P', entityName: '-E', locales: '-L' },
      output: 'literals.zip',
    },
  },
  'grammars.export': {
    title: 'Entity grammars',
    path: '/v4/projects/{projectId}/entities/{entityName}/grammars/.export',
    pathParams: ['projectId', 'entityName'],
    query: {},
    kind: 'download',
    paged: false,
    // GUESS: flags follow samples:export.
    mixCli: {
      command: 'grammars:export',
      flags: { projectId: '-P', entityName: '-E' },
      output: 'grammars.zip',
    },
  },
  'projects.export': {
    title: 'Project package',
    path: '/v4/projects/{projectId}/.export',
    pathParams: ['projectId'],
    query: {},
    kind: 'download',
    paged: false,
    mixCli: { command: 'projects:export', flags: { projectId: '-P' }, output: 'project.zip' },
  },
  'projects.exportMetadata': {
    title: 'Project metadata',
    path: '/v4/projects/{projectId}/metadata/.export',
    pathParams: ['projectId'],
    query: {},
    kind: 'download',
    paged: false,
    mixCli: {
      command: 'projects:export',
      flags: { projectId: '-P' },
      extra: ['--metadata-only'],
      output: 'metadata.json',
    },
  },
  'ontology.export': {
    title: 'Project ontology',
    path: '/v4/projects/{projectId}/ontology/.export',
    pathParams: ['projectId'],
    query: { ...LOCALES },
    kind: 'download',
    paged: false,
    mixCli: { command: 'ontology:export', flags: { projectId: '-P', locales: '-L' }, output: 'ontology.zip' },
  },
  'envConfigs.list': {
    title: 'Environment configurations',
    path: '/v4/projects/{projectId}/env-configs',
    pathParams: ['projectId'],
    query: {},
    kind: 'json',
    paged: false,
    mixCli: { command: 'env-configs:list', flags: { projectId: '-P' } },
  },
} as const satisfies Record<string, MixEndpoint>;

export type MixEndpointKey = keyof typeof ENDPOINTS;

export const MIX_ENDPOINTS: Readonly<Record<MixEndpointKey, MixEndpoint>> = ENDPOINTS;

export const MIX_ENDPOINT_KEYS = Object.keys(ENDPOINTS) as MixEndpointKey[];

export function isMixEndpointKey(value: unknown): value is MixEndpointKey {
  return typeof value === 'string' && Object.hasOwn(ENDPOINTS, value);
}
