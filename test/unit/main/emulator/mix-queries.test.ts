// Paging, sorting and the filters of mix-api.md §6, endpoint by endpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPaged, type Body } from './mix-endpoint-table';
import { mixGet, userAccessToken } from './sandbox-test-kit';
import { startSandbox } from '../../../../main/emulator/server';
import type { RunningSandbox } from '../../../../main/emulator/types';

let sandbox: RunningSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  token = await userAccessToken(sandbox);
});
afterAll(() => sandbox.close());

async function get(path: string): Promise<Body> {
  const response = await mixGet(sandbox, path, token);
  expect(response.status, path).toBe(200);
  return (await response.json()) as Body;
}

const ids = (list: Body[]) => list.map((item) => item.id);

describe('projects', () => {
  it('pages with limit and offset, echoing both, past the end with the real totalSize', async () => {
    const page = await get('/v4/projects?limit=2&offset=2');
    expect(ids(expectPaged(page, 'projects', 2, 2))).toEqual(['1922', '1923']);
    expect(page.totalSize).toBe(7);
    expect(await get('/v4/projects?limit=5&offset=50')).toEqual({
      projects: [],
      totalSize: 7,
      count: 0,
      limit: 5,
      offset: 50,
    });
  });

  it('sorts by sortBy, several keys, with a raw "+" too', async () => {
    const byName = await get(`/v4/projects?sortBy=${encodeURIComponent('+displayName')}`);
    expect((byName.projects as Body[]).map((p) => p.displayName)).toEqual([
      'Banking IVR',
      'Coffee Assistant',
      'DemoProject',
      'Empty Draft',
      'Partner Weather',
      'Speech Lab Playground',
      'Travel Bot',
    ]);
    expect(ids((await get('/v4/projects?sortBy=-createTime&limit=2')).projects as Body[])).toEqual([
      '1924',
      '1923',
    ]);
    expect(ids((await get('/v4/projects?sortBy=+updateTime,-id&limit=1')).projects as Body[])).toEqual([
      '8681',
    ]);
  });

  it('filter matches part of the name, case-sensitively; orgId limits to one organization', async () => {
    expect(ids((await get('/v4/projects?filter=Bot')).projects as Body[])).toEqual(['8682']);
    expect(await get('/v4/projects?filter=bot')).toEqual({ projects: [], count: 0, limit: 25, offset: 0 });
    expect(ids((await get('/v4/projects?orgId=14')).projects as Body[])).toEqual(['1922', '1923', '1924']);
    expect(ids((await get('/v4/projects?orgId=1&filter=Demo')).projects as Body[])).toEqual(['8681']);
  });

  it('excludeChannels drops channels; includeFeatures adds enginePackFeatures (mix-api.md §10)', async () => {
    const lean = (await get('/v4/projects?orgId=3&excludeChannels=true')).projects as Body[];
    expect(lean[0]).not.toHaveProperty('channels');
    expect(lean[0]).toHaveProperty('datapacks');
    const rich = (await get('/v4/projects?orgId=3&includeFeatures=true')).projects as Body[];
    expect(rich[0]).toHaveProperty('channels');
    expect(rich[0]?.enginePackFeatures).toEqual(expect.arrayContaining(['NLU']));
    expect(rich[0]).not.toHaveProperty('features');
  });

  it('sortBy takes the forms Mix takes: -name, any case, several keys', async () => {
    const names = async (sortBy: string) =>
      ((await get(`/v4/projects?orgId=14&sortBy=${encodeURIComponent(sortBy)}`)).projects as Body[]).map(
        (p) => p.displayName,
      );
    expect(await names('-name')).toEqual(['Empty Draft', 'Coffee Assistant', 'Banking IVR']);
    expect(await names('DisplayName')).toEqual(['Banking IVR', 'Coffee Assistant', 'Empty Draft']);
    expect(await names('+updateTime,-id')).toEqual(['Banking IVR', 'Coffee Assistant', 'Empty Draft']);
  });
});

describe('applications', () => {
  it('configs stay [] unless view=AV_FULL*; the live and available views pick configs', async () => {
    const configIds = async (view: string) =>
      ((await get(`/v4/apps?orgId=1${view}`)).applications as Body[]).map((a) => ids(a.configs as Body[]));
    expect(await configIds('')).toEqual([[], []]);
    expect(await configIds('&view=AV_VIEW_UNSPECIFIED')).toEqual([[], []]);
    expect(await configIds('&view=AV_FULL')).toEqual([['190', '191', '192'], ['195']]);
    expect(await configIds('&view=AV_FULL_LIVE_CONFIGS')).toEqual([['190', '192'], ['195']]);
    expect(await configIds('&view=AV_FULL_AVAILABLE_CONFIGS')).toEqual([['190', '192'], ['195']]);
  });

  it('filter matches the name (case-sensitive) or the id; appId matches a runtime app ID', async () => {
    expect(ids((await get('/v4/apps?orgId=1&filter=Travel')).applications as Body[])).toEqual(['50']);
    expect(ids((await get('/v4/apps?orgId=1&filter=49')).applications as Body[])).toEqual(['49']);
    expect(ids((await get('/v4/apps?orgId=1&filter=travel')).applications as Body[])).toEqual([]);
    expect(ids((await get('/v4/apps?orgId=1&appId=ACME-PROD')).applications as Body[])).toEqual(['49']);
  });

  it('leaves totalSize out of an empty list, as grpc-gateway does', async () => {
    expect(await get('/v4/apps?orgId=27')).toEqual({ applications: [], count: 0, limit: 25, offset: 0 });
    expect(await get('/v4/organizations/27/apps?limit=10')).toEqual({
      applications: [],
      count: 0,
      limit: 10,
      offset: 0,
    });
  });

  it('pages the organization form like the /v4/apps form; neither has a sortBy, so it is ignored', async () => {
    const page = await get('/v4/organizations/1/apps?limit=1&offset=1&sortBy=-id');
    expect(ids(expectPaged(page, 'applications', 1, 1))).toEqual(['50']);
    expect(page.totalSize).toBe(2);
    expect(ids((await get('/v4/apps?orgId=1&sortBy=nonsense')).applications as Body[])).toEqual(['49', '50']);
  });

  it('answers without orgId across every organization the caller sees (mix-api.md §10)', async () => {
    expect(ids((await get('/v4/apps')).applications as Body[])).toEqual(['48', '49', '50', '51']);
    const byId = (await get('/v4/apps?filter=49&view=AV_FULL')).applications as Body[];
    expect(ids(byId)).toEqual(['49']);
    expect(ids(byId[0]?.configs as Body[])).toEqual(['190', '191', '192']);
    expect(ids((await get('/v4/apps?filter=Weather')).applications as Body[])).toEqual(['51']);
    expect(ids((await get('/v4/apps?filter=PARTNER-WEATHER')).applications as Body[])).toEqual(['51']);
    expect(ids((await get('/v4/apps?appId=SANDBOX-COFFEE-APP-DEV')).applications as Body[])).toEqual(['48']);
  });
});

describe('app and bot configs', () => {
  it.each([
    ['', ['190', '191', '192']],
    ['?tag=TravelBot', ['191']],
    ['?liveOnly=true', ['190', '192']],
    ['?excludeOverrides=true', ['190', '191']],
    ['?appId=ACME-PROD', ['192']],
    ['?liveOnly=true&excludeOverrides=true&tag=DemoProject', ['190']],
  ])('app-configs%s', async (query, expected) => {
    expect(ids((await get(`/v4/apps/49/app-configs${query}`)).configs as Body[])).toEqual(expected);
    expect(ids((await get(`/v4/bots/49/configs${query}`)).configs as Body[])).toEqual(expected);
  });

  it('bots: configs only with a BV_FULL* view', async () => {
    const bots = async (view: string) =>
      ((await get(`/v4/organizations/1/bots${view}`)).bots as Body[]).map((b) => ids(b.configs as Body[]));
    expect(await bots('')).toEqual([[], []]);
    expect(await bots('?view=BV_FULL_LIVE_CONFIGS')).toEqual([['190', '192'], ['195']]);
    expect(await get('/v4/organizations/27/bots')).toEqual({ bots: [] });
  });
});

describe('credentials', () => {
  it('clients[] only with ACV_FULL / BCV_FULL; envGeographyName filters', async () => {
    // Without the FULL view, clients is [] and the timestamps stay (recorded bot credentials, mix-api.md §10).
    const plain = (await get('/v4/apps/49/credentials')).credentials as Body[];
    expect(plain.map((c) => c.credential)).toEqual([
      {
        id: '5491',
        appId: 'ACME-DEV',
        clients: [],
        createTime: expect.any(String),
        updateTime: expect.any(String),
      },
      {
        id: '5492',
        appId: 'ACME-PROD',
        clients: [],
        createTime: expect.any(String),
        updateTime: expect.any(String),
      },
    ]);
    const full = (await get('/v4/bots/49/credentials?view=BCV_FULL')).credentials as Body[];
    expect(full.map((c) => ((c.credential as Body).clients as Body[]).map((x) => x.clientName))).toEqual([
      ['default'],
      ['default', 'ivr'],
    ]);
    const canada = (await get('/v4/apps/49/credentials?envGeographyName=Canada&view=ACV_FULL'))
      .credentials as Body[];
    expect(ids(canada)).toEqual(['492']);
  });
});

describe('builds, entities, locks, lookups', () => {
  it('builds: type picks the engine; paging and sortBy work', async () => {
    const page = await get('/v4/projects/1922/builds?type=DIALOG&limit=2&offset=1&sortBy=-buildVersion');
    expect(expectPaged(page, 'builds', 2, 1).map((b) => b.buildLabel)).toEqual([
      'DIALOG_1922_2',
      'DIALOG_1922_1',
    ]);
    expect(page.totalSize).toBe(3);
    const failed = (await get('/v4/projects/1922/builds?type=NLU&sortBy=status,buildVersion&limit=1'))
      .builds as Body[];
    expect(failed[0]?.buildLabel).toBe('NLU_1922_1');
  });

  it.each([
    ['LIST', ['DrinkSize', 'DrinkType']],
    ['FREEFORM', ['ORDER_NOTE']],
    ['BASE', ['nuance_CARDINAL_NUMBER', 'nuance_DATE']],
    ['REGEX', ['ORDER_NUMBER']],
    ['RELATIONAL', ['DRINK_ORDER', 'PICKUP_DATE']],
    ['RULE_BASED', ['COFFEE_SHOP_LOCATION']],
  ])('entities?type=%s', async (type, names) => {
    const entities = (await get(`/v4/projects/1922/entities?type=${type}`)).entities as Record<
      string,
      Body
    >[];
    expect(entities.map((e) => Object.values(e)[0]?.name)).toEqual(names);
  });

  it('locks: orgId, projectId and userId filter; sortBy works', async () => {
    const lockIds = async (query: string) =>
      ((await get(`/v4/projects/.locks${query}`)).locks as Body[]).map((l) => l.lockId);
    expect(await lockIds('?orgId=14')).toEqual(['15']);
    expect(await lockIds('?projectId=8681')).toEqual(['16']);
    expect(await lockIds('?userId=2')).toEqual(['15']);
    expect(await lockIds('?sortBy=-createTime')).toEqual(['16', '15']);
    expect(await get('/v4/projects/.locks?orgId=27')).toEqual({ locks: [], count: 0, limit: 25, offset: 0 });
  });

  it('lookups: include flags add the compatible lists; geographies page and sort', async () => {
    expect(((await get('/v4/data-types')).dataTypes as Body[])[0]).not.toHaveProperty(
      'compatibleEntityTypes',
    );
    expect(((await get('/v4/ontology/entity-types')).entityTypes as Body[])[0]).not.toHaveProperty(
      'compatibleDataTypes',
    );
    const geos = await get('/v4/geographies?sortBy=-displayName&limit=3');
    expect(expectPaged(geos, 'geographies', 3).map((g) => g.displayName)).toEqual(['US', 'UK', 'Sandbox US']);
    expect(geos.totalSize).toBe(8);
    const flows = await get('/v4/organizations/1/deployment-flows?sortBy=displayName');
    expect(ids(flows.flows as Body[])).toEqual(['263', '264']);
    expect(
      ids((await get('/v4/organizations/1/environments?sortBy=-id&limit=2')).environments as Body[]),
    ).toEqual(['305', '304']);
  });

  it('data hosts: deploymentFlowId narrows to one flow', async () => {
    const all = (await get('/v4/builds/DIALOG_8681_1/data-hosts?applicationId=49')).dataHosts as Body[];
    expect(all.map((h) => h.environmentGeographyId)).toEqual(['338', '339', '340', '342', '343', '344']);
    const pipeline = (await get('/v4/builds/DIALOG_8681_1/data-hosts?applicationId=49&deploymentFlowId=263'))
      .dataHosts as Body[];
    expect(pipeline).toHaveLength(5);
  });
});
