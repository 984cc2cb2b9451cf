// "Copy as mix CLI command": only commands and flags Nuance's mix CLI has (v2.6.3 command definitions, the flags
// mix-api.md §10 names), one expectation per resource kind, written from the CLI's own help and sources.
import { describe, expect, it } from 'vitest';
import {
  MIX_CLI_COMMANDS,
  MIX_CLI_COMMAND_NAMES,
  MIX_ENDPOINTS,
  MIX_ENDPOINT_KEYS,
  mixCliCommand,
  mixCliCommandsFor,
  validateMixParams,
  type MixCliCommand,
  type MixEndpointKey,
  type MixParams,
} from '../../../common/mix-endpoints';

/** The params as main passes them: checked by the catalogue first. */
function checked(key: MixEndpointKey, params: MixParams): MixParams {
  const valid = validateMixParams(key, params);
  if (typeof valid === 'string') throw new Error(valid);
  return valid;
}

function command(key: MixEndpointKey, params: MixParams, filePath?: string): string {
  const result = mixCliCommand(key, checked(key, params), filePath ? { filePath } : {});
  if (!result.ok) throw new Error(result.reason);
  return result.command;
}

function reason(key: MixEndpointKey, params: MixParams): string {
  const result = mixCliCommand(key, checked(key, params));
  if (result.ok) throw new Error(`expected no command, got ${result.command}`);
  return result.reason;
}

describe('the table of mix CLI commands', () => {
  it.each(MIX_CLI_COMMAND_NAMES)('%s sets only parameters its endpoint has', (name) => {
    const spec: MixCliCommand = MIX_CLI_COMMANDS[name];
    const endpoint = MIX_ENDPOINTS[spec.endpoint];
    const params = new Set([...endpoint.pathParams, ...Object.keys(endpoint.query)]);
    for (const flag of spec.flags) {
      expect(params, `${name} --${flag.long}`).toContain(flag.param);
      const type = endpoint.query[flag.param]?.type;
      if (flag.values && Array.isArray(type)) {
        for (const value of Object.keys(flag.values)) expect(type).toContain(value);
      }
    }
    for (const param of [
      ...Object.keys(spec.always ?? {}),
      ...Object.keys(spec.requires ?? {}),
      ...(spec.combo ? [spec.combo.param] : []),
    ]) {
      expect(params, name).toContain(param);
    }
    const chars = spec.flags.flatMap((flag) => (flag.char ? [flag.char] : []));
    expect(new Set(chars).size).toBe(chars.length);
  });

  it('has the application and bot flags the CLI has (mix-api.md §10)', () => {
    const longs = (name: keyof typeof MIX_CLI_COMMANDS) => {
      const spec: MixCliCommand = MIX_CLI_COMMANDS[name];
      return [
        ...spec.flags.map((flag) => flag.long),
        ...new Set(Object.values(spec.combo?.values ?? {}).flat()),
      ];
    };
    expect(longs('applications:list').sort()).toEqual(
      [
        'full',
        'limit',
        'live-only',
        'offset',
        'omit-overridden',
        'organization',
        'with-name',
        'with-runtime-app',
      ].sort(),
    );
    expect(longs('bots:list').sort()).toEqual(
      ['full', 'live-only', 'omit-overridden', 'organization'].sort(),
    );
  });

  it('covers every read but the docs-only /v4/organizations/{orgId}/apps', () => {
    expect(MIX_ENDPOINT_KEYS.filter((key) => mixCliCommandsFor(key).length === 0)).toEqual([
      'organizations.applications',
    ]);
  });
});

describe('copy as mix CLI command, per resource kind', () => {
  it.each<[string, MixEndpointKey, MixParams, string]>([
    [
      'organizations',
      'organizations.list',
      { view: 'FULL', type: 'PERSONAL', showAll: false, limit: 50, sortBy: '-name' },
      'mix organizations:list --with-organization-type personal --limit 50 --sort -name --full',
    ],
    [
      'organizations (all types)',
      'organizations.list',
      { type: 'TYPE_UNSPECIFIED' },
      'mix organizations:list',
    ],
    [
      'geographies',
      'geographies.list',
      { limit: 10, offset: 10 },
      'mix geographies:list --limit 10 --offset 10',
    ],
    ['data types', 'dataTypes.list', { includeCompatibleEntityTypes: true }, 'mix data-types:list'],
    ['entity types', 'entityTypes.list', { includeCompatibleDataTypes: true }, 'mix entity-types:list'],
    ['version', 'system.version', {}, 'mix system:version'],
    [
      'deployment flows',
      'deploymentFlows.list',
      { orgId: '64', sortBy: '+displayName,-id' },
      'mix deployment-flows:list -O 64 --sort +displayName,-id',
    ],
    ['environments', 'environments.list', { orgId: '64' }, 'mix environments:list -O 64'],
    ['engine packs', 'enginePacks.list', { orgId: '64' }, 'mix engine-packs:list -O 64'],
    ['language topics', 'languageTopics.list', { orgId: '64' }, 'mix language-topics:list -O 64'],
    ['voices', 'voices.list', { orgId: '64' }, 'mix voices:list -O 64'],
    [
      'bots',
      'bots.list',
      { orgId: '64', view: 'BV_FULL_LIVE_CONFIGS' },
      'mix bots:list -O 64 --full --live-only',
    ],
    [
      'applications (by name)',
      'applications.list',
      { orgId: '3', filter: 'Coffee', view: 'AV_FULL_LIVE_CONFIGS', limit: 10, offset: 0 },
      'mix applications:list -O 3 --with-name Coffee --limit 10 --offset 0 --full --live-only',
    ],
    [
      'applications (by runtime app)',
      'applications.list',
      { appId: 'ACME-PROD', view: 'AV_FULL_AVAILABLE_CONFIGS' },
      'mix applications:list --with-runtime-app ACME-PROD --full --omit-overridden',
    ],
    ['one application', 'applications.list', { filter: '49', view: 'AV_FULL' }, 'mix applications:get -M 49'],
    [
      "one application of an organization (the explorer's request)",
      'applications.list',
      { orgId: '14', filter: '48', view: 'AV_FULL' },
      'mix applications:list -O 14 --with-name 48 --full',
    ],
    [
      'app configs',
      'appConfigs.list',
      { applicationId: '49', liveOnly: true, excludeOverrides: false, tag: 'Demo', appId: 'ACME-DEV' },
      'mix app-configs:list -M 49 --with-runtime-app ACME-DEV --with-tag Demo --live-only',
    ],
    ['one app config', 'appConfigs.get', { configId: '190' }, 'mix app-configs:get -C 190'],
    [
      'app credentials',
      'appCredentials.list',
      { applicationId: '49', envGeographyName: 'Production US', view: 'ACV_FULL' },
      "mix app-credentials:list -M 49 --with-geo-name 'Production US' --full",
    ],
    [
      'data hosts of a build',
      'dataHosts.list',
      { buildLabel: 'DIALOG_8681_1', applicationId: '49', deploymentFlowId: '263' },
      'mix data-hosts:list -M 49 --build-label DIALOG_8681_1 -D 263',
    ],
    [
      'data hosts of the latest build',
      'dataHosts.latest',
      { applicationId: '48', projectId: '1922' },
      'mix data-hosts:latest -M 48 -P 1922',
    ],
    [
      'bot configs',
      'botConfigs.list',
      { botId: '49', excludeOverrides: true },
      'mix bot-configs:list -B 49 --exclude-overrides',
    ],
    [
      'bot credentials',
      'botCredentials.list',
      { botId: '49', view: 'BCV_FULL' },
      'mix bot-credentials:list -B 49 --full',
    ],
    [
      'bot interface',
      'botInterfaces.get',
      { botId: '49', configId: '190' },
      'mix bot-interfaces:get -B 49 -C 190',
    ],
    [
      'projects',
      'projects.list',
      { orgId: '64', filter: 'Coffee Bot', limit: 10, excludeChannels: true, includeFeatures: false },
      "mix projects:list -O 64 --with-name 'Coffee Bot' --exclude-channels --limit 10",
    ],
    ['one project', 'projects.get', { projectId: '1922' }, 'mix projects:get -P 1922'],
    ['locks', 'locks.list', { projectId: '1922', userId: '32' }, 'mix locks:list -P 1922 -U 32'],
    ['one lock', 'locks.get', { projectId: '1923' }, 'mix locks:get -P 1923'],
    [
      'builds',
      'builds.list',
      { projectId: '1922', type: 'NLU', sortBy: '-buildVersion' },
      'mix builds:list -P 1922 --build-type nlu --sort -buildVersion',
    ],
    ['latest builds', 'builds.latest', { projectId: '1922' }, 'mix builds:latest -P 1922'],
    ['one build', 'builds.get', { buildLabel: 'NLU_1922_4' }, 'mix builds:get --build-label NLU_1922_4'],
    ['jobs', 'jobs.list', { projectId: '1922', limit: 5 }, 'mix jobs:list -P 1922 --limit 5'],
    ['one job', 'jobs.get', { projectId: '1922', jobId: 'abc-1' }, 'mix jobs:get -P 1922 -J abc-1'],
    ['intents', 'intents.list', { projectId: '1922' }, 'mix intents:list -P 1922'],
    [
      'one intent',
      'intents.get',
      { projectId: '1922', intentName: 'ORDER' },
      'mix intents:get -P 1922 -I ORDER',
    ],
    [
      'entities of a kind',
      'entities.list',
      { projectId: '1', type: 'RULE_BASED' },
      'mix entities:list -P 1 --with-entity-type rule-based',
    ],
    ['all entities', 'entities.list', { projectId: '1', type: 'UNSPECIFIED' }, 'mix entities:list -P 1'],
    [
      'one entity',
      'entities.get',
      { projectId: '1', entityName: 'DrinkSize' },
      'mix entities:get -P 1 -E DrinkSize',
    ],
    ['environment configurations', 'envConfigs.list', { projectId: '1922' }, 'mix env-configs:list -P 1922'],
  ])('%s', (_kind, key, params, expected) => {
    expect(command(key, params)).toBe(expected);
  });

  it.each<[string, MixEndpointKey, MixParams, string]>([
    ['project package', 'projects.export', { projectId: '1' }, 'mix projects:export -P 1 -f project.zip'],
    [
      'project metadata',
      'projects.exportMetadata',
      { projectId: '1' },
      "mix projects:export --metadata-only -P 1 -f 'my meta.json'",
    ],
    [
      'samples',
      'samples.export',
      { projectId: '1', intentName: 'ORDER', locales: ['en-US', 'fr-FR'] },
      'mix samples:export -P 1 -I ORDER -L en-US -L fr-FR -f project.zip',
    ],
    [
      'literals',
      'literals.export',
      { projectId: '1', entityName: 'DrinkSize', locales: ['en-US'] },
      'mix literals:export -P 1 -E DrinkSize -L en-US -f project.zip',
    ],
    [
      'grammars',
      'grammars.export',
      { projectId: '1', entityName: 'HOURS' },
      'mix grammars:export -P 1 -E HOURS -f project.zip',
    ],
    [
      'ontology',
      'ontology.export',
      { projectId: '1', locales: ['en-US'] },
      'mix ontology:export -P 1 -L en-US -f project.zip',
    ],
    [
      'a build',
      'builds.export',
      { buildLabel: 'ASR_1922_2' },
      'mix builds:export --build-label ASR_1922_2 -f project.zip',
    ],
    [
      'an app config',
      'appConfigs.export',
      { configId: '190', appId: 'ACME-DEV' },
      'mix app-configs:export -C 190 -R ACME-DEV -f project.zip',
    ],
  ])('download: %s (-f only when a file was chosen)', (_kind, key, params, expected) => {
    const file = expected.includes("'my meta.json'") ? 'my meta.json' : 'project.zip';
    expect(command(key, params, file)).toBe(expected);
    expect(command(key, params)).toBe(expected.replace(/ -f .*$/, ''));
  });
});

describe('where the mix CLI has no flag, it says so instead of a partial command', () => {
  it.each<[string, MixEndpointKey, MixParams, RegExp]>([
    [
      'an organization form of the application list',
      'organizations.applications',
      { orgId: '3' },
      /mix applications:list -O <orgId>/,
    ],
    [
      'data types without their entity types',
      'dataTypes.list',
      { includeCompatibleEntityTypes: false },
      /mix data-types:list always sends includeCompatibleEntityTypes=true/,
    ],
    [
      'a project id that is not a number',
      'projects.get',
      { projectId: 'abc' },
      /takes a whole number after -P/,
    ],
    [
      'a build label the CLI would send as another build',
      'builds.list',
      { projectId: 'p-1', type: 'ASR' },
      /mix builds:list takes a whole number after -P, not “p-1”/,
    ],
  ])('%s', (_kind, key, params, expected) => {
    const text = reason(key, params);
    expect(text).toMatch(/^No mix CLI command sends this request: /);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/#/);
  });

  it('never writes a flag the table does not hold', () => {
    const known = new Set(
      MIX_CLI_COMMAND_NAMES.flatMap((name) => {
        const spec: MixCliCommand = MIX_CLI_COMMANDS[name];
        return [
          ...spec.flags.flatMap((flag) => [`--${flag.long}`, ...(flag.char ? [`-${flag.char}`] : [])]),
          ...Object.values(spec.combo?.values ?? {}).flatMap((flags) => flags.map((flag) => `--${flag}`)),
          ...(spec.selector ?? []).map((flag) => `--${flag}`),
          ...(spec.file ? ['-f'] : []),
        ];
      }),
    );
    const written = command('applications.list', { orgId: '3', filter: 'x', view: 'AV_FULL', limit: 5 });
    for (const word of written.split(' ').filter((w) => w.startsWith('-'))) expect(known).toContain(word);
  });
});
