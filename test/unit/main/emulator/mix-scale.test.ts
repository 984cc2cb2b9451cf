// `scale`: 20,000 projects built fast and paged fast, with deterministic names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPaged, type Body } from './mix-endpoint-table';
import { mixGet, userAccessToken } from './sandbox-test-kit';
import { SANDBOX_FIXTURES as F } from '../../../../main/emulator/seed/fixtures';
import { buildWorld } from '../../../../main/emulator/seed/world';
import { startSandbox } from '../../../../main/emulator/server';
import type { RunningSandbox } from '../../../../main/emulator/types';

const N = 20_000;
let sandbox: RunningSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, scale: N });
  token = await userAccessToken(sandbox);
});
afterAll(() => sandbox.close());

async function get(path: string): Promise<Body> {
  const response = await mixGet(sandbox, path, token);
  expect(response.status, path).toBe(200);
  return (await response.json()) as Body;
}

describe('scale', () => {
  // How fast it builds and pages is for `npm run bench`; timed assertions would be flaky on a shared machine.
  it('builds 20,000 projects and 20,000 intents', () => {
    const world = buildWorld({ users: [{ email: 'a@b.example', password: 'x' }], startedAt: 0, scale: N });
    expect(world.projects.filter((p) => p.project.orgId === F.scaleOrgId)).toHaveLength(N);
  });

  it('adds "Scale Org" to the organizations of every user', async () => {
    const orgs = (await get('/v4/organizations?type=STANDARD')).organizations as Body[];
    expect(orgs).toContainEqual({ id: F.scaleOrgId, displayName: 'Scale Org' });
  });

  it('gives "Scale Org" 50 applications, each with a config and its override along the org\'s one flow', async () => {
    const page = await get(`/v4/apps?orgId=${F.scaleOrgId}&view=AV_FULL&limit=100`);
    expect(page.totalSize).toBe(50);
    const apps = expectPaged(page, 'applications', 100, 0);
    expect(apps).toHaveLength(50);
    const flows = (await get(`/v4/organizations/${F.scaleOrgId}/deployment-flows`)).flows as Body[];
    expect(flows.map((flow) => flow.id)).toEqual(['95']);
    for (const app of apps) {
      const configs = app.configs as Body[];
      expect(configs.map((config) => [config.deploymentFlowId, config.parentId === ''])).toEqual([
        ['95', true],
        ['95', false],
      ]);
    }
  });

  it('reports totalSize and serves a page from the middle, in id order', async () => {
    const page = await get(`/v4/projects?orgId=${F.scaleOrgId}&limit=3&offset=10000`);
    expect(page.totalSize).toBe(N);
    expect(expectPaged(page, 'projects', 3, 10_000).map((p) => [p.id, p.displayName])).toEqual([
      ['210001', 'Scale Project 10001'],
      ['210002', 'Scale Project 10002'],
      ['210003', 'Scale Project 10003'],
    ]);
    const last = await get(`/v4/projects?orgId=${F.scaleOrgId}&limit=25&offset=${N - 1}`);
    expect((last.projects as Body[]).map((p) => p.id)).toEqual([String(200_000 + N)]);
  });

  it('sorts once, then pages in that order', async () => {
    const path = (offset: number) =>
      `/v4/projects?orgId=${F.scaleOrgId}&sortBy=-displayName&limit=50&offset=${offset}`;
    const first = await get(path(0));
    expect((first.projects as Body[])[0]?.displayName).toBe('Scale Project 20000');
    for (let offset = 5_000; offset < 15_000; offset += 500) {
      const page = await get(path(offset));
      expect((page.projects as Body[])[0]?.displayName).toBe(
        `Scale Project ${String(N - offset).padStart(5, '0')}`,
      );
    }
  });

  it('filters by name across every project', async () => {
    const page = await get('/v4/projects?filter=Project 1999');
    expect(page.totalSize).toBe(10); // 19990..19999 (01999 reads "Project 01999")
  });

  it('serves the project with 20,000 intents', async () => {
    const intents = (await get(`/v4/projects/${F.scaleIntentsProjectId}/intents`)).intents as Body[];
    expect(intents).toHaveLength(N);
    expect(intents[N - 1]).toEqual({
      id: 'scale-intent-20000',
      name: 'INTENT_20000',
      isInBaseOntology: false,
      links: [],
    });
  });
});
