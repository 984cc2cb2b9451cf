// Nuance's `mix` CLI against the sandbox: each row is one command line, the exact request the CLI builds for it
// (nuance-communications/mix-cli v2.6.3, each command's buildRequestParameters, as mix-api.md §3 and §6 describe:
// parameters in the order the command lists them, arrays as repeated keys, booleans and numbers as text, limit=25
// when no --limit is given) and the fields its output code reads. The CLI signs in with client credentials, so
// these requests carry a service account's token. Mix-cli treats only HTTP 200 as success.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mixGet, serviceAccessToken, userAccessToken } from './sandbox-test-kit';
import { startSandbox } from '../../../../main/emulator/server';
import type { RunningSandbox } from '../../../../main/emulator/types';

type Body = Record<string, unknown>;
type Value = string | number | boolean | readonly (string | number)[] | undefined;

/** How the CLI writes a query: in the order given, undefined left out, arrays repeated, the rest as text. */
function cliPath(path: string, params: Record<string, Value> = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) query.append(name, String(item));
  }
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}

interface CliRequest {
  command: string;
  path: string;
  /** What the command's output code reads from the answer (it throws on a missing list or object). */
  reads: (body: Body) => void;
}

const list = (body: Body, key: string): Body[] => {
  expect(Array.isArray(body[key]), `${key} is a list`).toBe(true);
  return body[key] as Body[];
};

const CLI_REQUESTS: CliRequest[] = [
  {
    command: 'mix applications:list',
    path: cliPath('/v4/apps', { limit: 25, view: 'AV_VIEW_UNSPECIFIED' }),
    reads: (b) => {
      const apps = list(b, 'applications');
      expect(apps.map((a) => a.id)).toEqual(['49', '50', '51']);
      apps.forEach((a) => expect(typeof a.applicationName).toBe('string'));
      expect(b).toMatchObject({ count: 3, totalSize: 3, limit: 25, offset: 0 });
    },
  },
  {
    command: 'mix applications:list --full --live-only --with-name Sample --limit 10 --offset 0',
    path: cliPath('/v4/apps', { limit: 10, offset: 0, filter: 'Sample', view: 'AV_FULL_LIVE_CONFIGS' }),
    reads: (b) => {
      const [app] = list(b, 'applications');
      expect(list(app ?? {}, 'configs').map((c) => c.id)).toEqual(['190', '192']);
    },
  },
  {
    command: 'mix applications:list --with-runtime-app PARTNER-WEATHER',
    path: cliPath('/v4/apps', { limit: 25, appId: 'PARTNER-WEATHER', view: 'AV_VIEW_UNSPECIFIED' }),
    reads: (b) => expect(list(b, 'applications').map((a) => a.id)).toEqual(['51']),
  },
  {
    command: 'mix applications:get -M 49',
    path: cliPath('/v4/apps', { filter: 49, view: 'AV_FULL' }),
    reads: (b) => {
      // The CLI keeps the application whose id equals the flag's text, then prints each config's
      // id, deploymentFlowId, projectDetails.projectId / projectName and createTime.
      const app = list(b, 'applications').find((a) => a.id === String(49));
      expect(app).toMatchObject({ applicationName: 'Mix Sample App', createTime: expect.any(String) });
      const configs = list(app ?? {}, 'configs');
      expect(configs.map((c) => [c.id, c.deploymentFlowId])).toEqual([
        ['190', '263'],
        ['191', '264'],
        ['192', '263'],
      ]);
      for (const config of configs) {
        expect(config).toMatchObject({
          projectDetails: { projectId: expect.any(String), projectName: expect.any(String) },
          createTime: expect.any(String),
        });
      }
    },
  },
  {
    command: 'mix organizations:list --sort -name',
    path: cliPath('/v4/organizations', {
      showAll: false,
      limit: 25,
      sortBy: '-name',
      type: 'TYPE_UNSPECIFIED',
      view: 'VIEW_UNSPECIFIED',
    }),
    reads: (b) =>
      expect(list(b, 'organizations').map((o) => o.displayName)).toEqual([
        'Sandbox Partners Ltd',
        'Nuance Sandbox Corp',
        'Acme Speech Lab',
      ]),
  },
  {
    command: 'mix projects:list --include-features',
    path: cliPath('/v4/projects', { excludeChannels: false, includeFeatures: true, limit: 25 }),
    reads: (b) =>
      // The Features column joins enginePackFeatures of every project.
      list(b, 'projects').forEach((p) => expect(Array.isArray(p.enginePackFeatures)).toBe(true)),
  },
  {
    command: 'mix bots:list -O 1 --full --live-only',
    path: cliPath('/v4/organizations/1/bots', { view: 'BV_FULL_LIVE_CONFIGS' }),
    reads: (b) =>
      expect(list(b, 'bots').map((bot) => list(bot, 'configs').map((c) => c.id))).toEqual([
        ['190', '192'],
        ['195'],
      ]),
  },
  {
    command: 'mix bot-configs:list -B 49',
    path: cliPath('/v4/bots/49/configs', { liveOnly: false, excludeOverrides: false }),
    reads: (b) =>
      expect(list(b, 'configs').map((c) => [c.id, c.parentId, c.hasInterface])).toEqual([
        ['190', '', true],
        ['191', '', false],
        ['192', '190', true],
      ]),
  },
  {
    command: 'mix bot-credentials:list -B 49 --full',
    path: cliPath('/v4/bots/49/credentials', { view: 'BCV_FULL' }),
    reads: (b) =>
      list(b, 'credentials').forEach((c) => {
        // Full output: appId, each geography's envType and displayName, each client's scopes and times.
        const credential = c.credential as Body;
        expect(typeof credential.appId).toBe('string');
        list(c, 'geographies').forEach((g) =>
          expect(g).toMatchObject({
            envType: expect.any(String),
            geography: { displayName: expect.any(String) },
          }),
        );
        list(credential, 'clients').forEach((client) =>
          expect(client).toMatchObject({
            oauthScopes: expect.any(String),
            createTime: expect.any(String),
            updateTime: expect.any(String),
          }),
        );
      }),
  },
  {
    command: 'mix app-credentials:list -M 49 --with-geo-name "Production US"',
    path: cliPath('/v4/apps/49/credentials', {
      envGeographyName: 'Production US',
      view: 'ACV_VIEW_UNSPECIFIED',
    }),
    reads: (b) =>
      expect(list(b, 'credentials').map((c) => (c.credential as Body).appId)).toEqual(['ACME-PROD']),
  },
  {
    command: 'mix data-types:list',
    path: cliPath('/v4/data-types', { includeCompatibleEntityTypes: true }),
    reads: (b) =>
      list(b, 'dataTypes').forEach((t) => {
        // Columns: name, schema.description, compatibleEntityTypes[].name.
        expect(typeof (t.schema as Body).description).toBe('string');
        expect(list(t, 'compatibleEntityTypes').length).toBeGreaterThan(0);
      }),
  },
  {
    command: 'mix builds:latest -P 8681',
    path: cliPath('/v4/projects/8681/builds/.latest'),
    reads: (b) => expect((b.models as Body).dialog).toMatchObject({ buildLabel: 'DIALOG_8681_1' }),
  },
  {
    command: 'mix bot-interfaces:get -B 49 -C 190',
    path: cliPath('/v4/bots/49/configs/190/interface'),
    reads: (b) => expect(b.interface).toMatchObject({ version: 1, variables: expect.any(Array) }),
  },
  {
    command: 'mix system:version',
    path: cliPath('/v4/version'),
    // "Mix API server <mixAPIServer> running API version <apiVersion> in environment <mixEnvironment> …"
    reads: (b) => expect(typeof b.mixAPIServer).toBe('string'),
  },
];

let sandbox: RunningSandbox;
let serviceToken: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  serviceToken = await serviceAccessToken(sandbox);
});
afterAll(() => sandbox.close());

describe('the mix CLI against the sandbox', () => {
  it.each(CLI_REQUESTS.map((request) => [request.command, request]))(
    '%s',
    async (_command, { path, reads }) => {
      const response = await mixGet(sandbox, path, serviceToken);
      expect(response.status, path).toBe(200);
      reads((await response.json()) as Body);
    },
  );

  it('applications:list without -O also answers a signed-in user, with their personal organization', async () => {
    const response = await mixGet(
      sandbox,
      cliPath('/v4/apps', { limit: 25, view: 'AV_VIEW_UNSPECIFIED' }),
      await userAccessToken(sandbox),
    );
    expect(response.status).toBe(200);
    expect(list((await response.json()) as Body, 'applications').map((a) => a.id)).toEqual([
      '48',
      '49',
      '50',
      '51',
    ]);
  });

  it('applications:get -M for an application the caller cannot see finds none, as the CLI expects', async () => {
    const response = await mixGet(
      sandbox,
      cliPath('/v4/apps', { filter: 48, view: 'AV_FULL' }),
      serviceToken,
    );
    expect(response.status).toBe(200);
    expect(list((await response.json()) as Body, 'applications')).toEqual([]);
  });
});
