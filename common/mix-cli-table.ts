/**
 * The `mix` CLI's read commands and the flags that shape their requests, as Nuance's mix-cli v2.6.3 defines
 * them (nuance-communications/mix-cli: src/utils/flags.ts and each src/commands/<topic>/<command>.ts, whose
 * buildRequestParameters says which request parameter a flag sets; mix-api.md §3 and §6). Output-only flags
 * (--json, --yaml, --csv, --columns, --no-header, --no-truncate, --overwrite, and the table's own --filter and
 * --sort where the command sorts locally) do not change the request and are left out.
 * "Copy as mix CLI command" writes only what this table holds (./mix-commands.ts).
 */
import type { MixEndpointKey } from './mix-catalogue';

export interface MixCliFlag {
  /** `--long-name` without the dashes. */
  long: string;
  /** The one-letter form (`O` for `-O`), when the CLI has one. */
  char?: string;
  /** oclif's flag type: an integer flag refuses text that is not a whole number. */
  kind: 'boolean' | 'integer' | 'string';
  multiple?: true;
  required?: true;
  /** The request parameter (path or query) the flag sets; a boolean flag sets it to true. */
  param: string;
  /** Enum flags: request value → how the CLI spells it (it maps the spelling back before sending). */
  values?: Readonly<Record<string, string>>;
}

export interface MixCliCommand {
  /** The Mix.api read the command sends. */
  endpoint: MixEndpointKey;
  flags: readonly MixCliFlag[];
  /** A parameter the CLI always sends with this value: a request without it asks for no more. */
  always?: Readonly<Record<string, string | boolean>>;
  /** A parameter the CLI always sends with this value; the request must have it. */
  requires?: Readonly<Record<string, string>>;
  /** A parameter set by a combination of boolean flags: request value → the flags (`--full --live-only`). */
  combo?: { param: string; values: Readonly<Record<string, readonly string[]>> };
  /** Downloads write a file: `-f` names it (mix-cli picks a name when it is left out). */
  file?: true;
  /** Flags that select this endpoint among a command's endpoints (`projects:export --metadata-only`). */
  selector?: readonly string[];
}

const ORGANIZATION: MixCliFlag = { long: 'organization', char: 'O', kind: 'integer', param: 'orgId' };
const PROJECT: MixCliFlag = { long: 'project', char: 'P', kind: 'integer', param: 'projectId' };
const MIX_APP: MixCliFlag = { long: 'mix-app', char: 'M', kind: 'integer', param: 'applicationId' };
const BOT: MixCliFlag = { long: 'bot', char: 'B', kind: 'integer', param: 'botId' };
const CONFIG: MixCliFlag = { long: 'config', char: 'C', kind: 'integer', param: 'configId' };
const DEPLOYMENT_FLOW: MixCliFlag = {
  long: 'deployment-flow',
  char: 'D',
  kind: 'integer',
  param: 'deploymentFlowId',
};
const BUILD_LABEL: MixCliFlag = { long: 'build-label', kind: 'string', param: 'buildLabel' };
const LOCALES: MixCliFlag = { long: 'locale', char: 'L', kind: 'string', multiple: true, param: 'locales' };
const LIMIT: MixCliFlag = { long: 'limit', kind: 'integer', param: 'limit' };
const OFFSET: MixCliFlag = { long: 'offset', kind: 'integer', param: 'offset' };
/** Sent as sortBy by the commands that take limitOffsetSortFlags (elsewhere --sort sorts the printed table). */
const SORT: MixCliFlag = { long: 'sort', kind: 'string', param: 'sortBy' };
const CONFIG_FILTERS: readonly MixCliFlag[] = [
  { long: 'with-runtime-app', kind: 'string', param: 'appId' },
  { long: 'with-tag', kind: 'string', param: 'tag' },
  { long: 'live-only', kind: 'boolean', param: 'liveOnly' },
  { long: 'exclude-overrides', kind: 'boolean', param: 'excludeOverrides' },
];

const req = (flag: MixCliFlag): MixCliFlag => ({ ...flag, required: true });

/** `--full`, `--full --omit-overridden`, `--full --live-only` for the prefixed views of apps and bots. */
function configViews(prefix: 'AV' | 'BV'): MixCliCommand['combo'] {
  return {
    param: 'view',
    values: {
      [`${prefix}_VIEW_UNSPECIFIED`]: [],
      [`${prefix}_FULL`]: ['full'],
      [`${prefix}_FULL_AVAILABLE_CONFIGS`]: ['full', 'omit-overridden'],
      [`${prefix}_FULL_LIVE_CONFIGS`]: ['full', 'live-only'],
    },
  };
}

export const MIX_CLI_COMMANDS = {
  'organizations:list': {
    endpoint: 'organizations.list',
    flags: [
      { long: 'all', kind: 'boolean', param: 'showAll' },
      {
        long: 'with-organization-type',
        kind: 'string',
        param: 'type',
        values: { PERSONAL: 'personal', STANDARD: 'standard' },
      },
      LIMIT,
      OFFSET,
      SORT,
    ],
    always: { type: 'TYPE_UNSPECIFIED' },
    combo: { param: 'view', values: { VIEW_UNSPECIFIED: [], FULL: ['full'] } },
  },
  'geographies:list': { endpoint: 'geographies.list', flags: [LIMIT, OFFSET, SORT] },
  'data-types:list': {
    endpoint: 'dataTypes.list',
    flags: [],
    always: { includeCompatibleEntityTypes: true },
  },
  'entity-types:list': {
    endpoint: 'entityTypes.list',
    flags: [],
    always: { includeCompatibleDataTypes: true },
  },
  'system:version': { endpoint: 'system.version', flags: [] },
  'deployment-flows:list': {
    endpoint: 'deploymentFlows.list',
    flags: [req(ORGANIZATION), LIMIT, OFFSET, SORT],
  },
  'environments:list': { endpoint: 'environments.list', flags: [req(ORGANIZATION), LIMIT, OFFSET, SORT] },
  'engine-packs:list': { endpoint: 'enginePacks.list', flags: [req(ORGANIZATION)] },
  'language-topics:list': { endpoint: 'languageTopics.list', flags: [req(ORGANIZATION)] },
  'voices:list': { endpoint: 'voices.list', flags: [req(ORGANIZATION)] },
  'bots:list': { endpoint: 'bots.list', flags: [req(ORGANIZATION)], combo: configViews('BV') },
  'applications:get': {
    endpoint: 'applications.list',
    flags: [{ ...req(MIX_APP), param: 'filter' }],
    requires: { view: 'AV_FULL' },
  },
  'applications:list': {
    endpoint: 'applications.list',
    flags: [
      ORGANIZATION,
      { long: 'with-name', kind: 'string', param: 'filter' },
      { long: 'with-runtime-app', kind: 'string', param: 'appId' },
      LIMIT,
      OFFSET,
    ],
    combo: configViews('AV'),
  },
  'app-configs:list': { endpoint: 'appConfigs.list', flags: [req(MIX_APP), ...CONFIG_FILTERS] },
  'app-configs:get': { endpoint: 'appConfigs.get', flags: [req(CONFIG)] },
  'app-configs:export': {
    endpoint: 'appConfigs.export',
    flags: [req(CONFIG), { long: 'runtime-app', char: 'R', kind: 'string', required: true, param: 'appId' }],
    file: true,
  },
  'app-credentials:list': {
    endpoint: 'appCredentials.list',
    flags: [req(MIX_APP), { long: 'with-geo-name', kind: 'string', param: 'envGeographyName' }],
    combo: { param: 'view', values: { ACV_VIEW_UNSPECIFIED: [], ACV_FULL: ['full'] } },
  },
  'data-hosts:list': {
    endpoint: 'dataHosts.list',
    flags: [req(MIX_APP), BUILD_LABEL, DEPLOYMENT_FLOW],
  },
  'data-hosts:latest': {
    endpoint: 'dataHosts.latest',
    flags: [req(MIX_APP), req(PROJECT), DEPLOYMENT_FLOW],
  },
  'bot-configs:list': { endpoint: 'botConfigs.list', flags: [req(BOT), ...CONFIG_FILTERS] },
  'bot-credentials:list': {
    endpoint: 'botCredentials.list',
    flags: [req(BOT), { long: 'with-geo-name', kind: 'string', param: 'envGeographyName' }],
    combo: { param: 'view', values: { BCV_VIEW_UNSPECIFIED: [], BCV_FULL: ['full'] } },
  },
  'bot-interfaces:get': { endpoint: 'botInterfaces.get', flags: [req(BOT), req(CONFIG)] },
  'projects:list': {
    endpoint: 'projects.list',
    flags: [
      ORGANIZATION,
      { long: 'with-name', kind: 'string', param: 'filter' },
      { long: 'exclude-channels', kind: 'boolean', param: 'excludeChannels' },
      { long: 'include-features', kind: 'boolean', param: 'includeFeatures' },
      LIMIT,
      OFFSET,
      SORT,
    ],
  },
  'projects:get': { endpoint: 'projects.get', flags: [req(PROJECT)] },
  'locks:list': {
    endpoint: 'locks.list',
    flags: [
      ORGANIZATION,
      PROJECT,
      { long: 'user', char: 'U', kind: 'integer', param: 'userId' },
      LIMIT,
      OFFSET,
      SORT,
    ],
  },
  'locks:get': { endpoint: 'locks.get', flags: [req(PROJECT)] },
  'builds:list': {
    endpoint: 'builds.list',
    flags: [
      req(PROJECT),
      {
        long: 'build-type',
        kind: 'string',
        required: true,
        param: 'type',
        values: { ASR: 'asr', DIALOG: 'dialog', NLU: 'nlu' },
      },
      LIMIT,
      OFFSET,
      SORT,
    ],
  },
  'builds:latest': { endpoint: 'builds.latest', flags: [req(PROJECT)] },
  'builds:get': { endpoint: 'builds.get', flags: [BUILD_LABEL] },
  'builds:export': { endpoint: 'builds.export', flags: [BUILD_LABEL], file: true },
  'jobs:list': { endpoint: 'jobs.list', flags: [req(PROJECT), LIMIT, OFFSET, SORT] },
  'jobs:get': {
    endpoint: 'jobs.get',
    flags: [req(PROJECT), { long: 'job', char: 'J', kind: 'string', required: true, param: 'jobId' }],
  },
  'intents:list': { endpoint: 'intents.list', flags: [req(PROJECT)] },
  'intents:get': {
    endpoint: 'intents.get',
    flags: [req(PROJECT), { long: 'intent', char: 'I', kind: 'string', required: true, param: 'intentName' }],
  },
  'entities:list': {
    endpoint: 'entities.list',
    flags: [
      req(PROJECT),
      {
        long: 'with-entity-type',
        kind: 'string',
        param: 'type',
        values: {
          BASE: 'base',
          FREEFORM: 'freeform',
          LIST: 'list',
          REGEX: 'regex',
          RELATIONAL: 'relational',
          RULE_BASED: 'rule-based',
        },
      },
    ],
    always: { type: 'UNSPECIFIED' },
  },
  'entities:get': {
    endpoint: 'entities.get',
    flags: [req(PROJECT), { long: 'entity', char: 'E', kind: 'string', required: true, param: 'entityName' }],
  },
  'samples:export': {
    endpoint: 'samples.export',
    flags: [
      req(PROJECT),
      { long: 'intent-name', char: 'I', kind: 'string', required: true, param: 'intentName' },
      req(LOCALES),
    ],
    file: true,
  },
  'literals:export': {
    endpoint: 'literals.export',
    flags: [
      req(PROJECT),
      { long: 'entity-name', char: 'E', kind: 'string', required: true, param: 'entityName' },
      req(LOCALES),
    ],
    file: true,
  },
  'grammars:export': {
    endpoint: 'grammars.export',
    flags: [req(PROJECT), { long: 'entity', char: 'E', kind: 'string', required: true, param: 'entityName' }],
    file: true,
  },
  'projects:export': { endpoint: 'projects.export', flags: [req(PROJECT)], file: true },
  'projects:export --metadata-only': {
    endpoint: 'projects.exportMetadata',
    flags: [req(PROJECT)],
    file: true,
    selector: ['metadata-only'],
  },
  'ontology:export': { endpoint: 'ontology.export', flags: [req(PROJECT), req(LOCALES)], file: true },
  'env-configs:list': { endpoint: 'envConfigs.list', flags: [req(PROJECT)] },
} as const satisfies Record<string, MixCliCommand>;

export type MixCliCommandName = keyof typeof MIX_CLI_COMMANDS;

export const MIX_CLI_COMMAND_NAMES = Object.keys(MIX_CLI_COMMANDS) as MixCliCommandName[];

/** The commands that send an endpoint's request, the most specific first (`applications:get` before `:list`). */
export function mixCliCommandsFor(endpoint: MixEndpointKey): MixCliCommandName[] {
  return MIX_CLI_COMMAND_NAMES.filter((name) => MIX_CLI_COMMANDS[name].endpoint === endpoint);
}
