/**
 * A small Mix: the sandbox's seeded ids (orgs 14 personal and 1; projects 1922 Coffee Assistant, 1923
 * Banking IVR…), answered by endpoint and parameters the way Mix.api does: filter, sortBy, limit/offset.
 */
import type { FakeBridge } from '../fake-bridge';

export const ORGS = [
  {
    id: '1',
    displayName: 'Nuance Sandbox Corp',
    type: 'STANDARD',
    members: [{ id: '7', name: 'Alice', email: 'alice@company.example' }],
  },
  { id: '14', displayName: 'demo@mix.example', type: 'PERSONAL', members: [] },
];

export function project(id: string, displayName: string, orgId: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    orgId,
    displayName,
    languageTopic: 'gen',
    datapacks: [{ displayName: 'en-US', version: '4.7.0' }],
    channels: [{ channel: { id: '1', displayName: 'Omni Channel VA' }, isActive: true }],
    updateTime: '2024-05-01T10:00:00Z',
    ...extra,
  };
}

export const PROJECTS: Record<string, ReturnType<typeof project>[]> = {
  '14': [
    project('1922', 'Coffee Assistant', '14', {
      datapacks: [
        { displayName: 'en-US', version: '4.7.0' },
        { displayName: 'fr-CA', version: '4.7.0' },
      ],
    }),
    project('1923', 'Banking IVR', '14'),
    project('1924', 'Empty Draft', '14'),
  ],
  '1': [project('8681', 'DemoProject', '1'), project('8682', 'Travel Bot', '1')],
};

export const APPS: Record<string, unknown[]> = {
  '14': [
    {
      id: '48',
      applicationName: 'Coffee App',
      organizationId: '14',
      configs: [{ id: '180', tag: 'CoffeeTag' }],
    },
  ],
  '1': [{ id: '49', applicationName: 'Mix Sample App', organizationId: '1', configs: [] }],
};

type Params = Record<string, unknown>;

/** What Mix.api does with paging parameters on a full list. */
export function page<T extends Record<string, unknown>>(field: string, all: readonly T[], params: Params) {
  let items = [...all];
  const filter = params['filter'];
  if (typeof filter === 'string')
    items = items.filter((item) =>
      String(item['displayName'] ?? item['applicationName'] ?? '').includes(filter),
    );
  const sortBy = params['sortBy'];
  if (typeof sortBy === 'string') {
    const direction = sortBy.startsWith('-') ? -1 : 1;
    const key = sortBy.replace(/^[+-]/, '');
    items.sort(
      (a, b) =>
        direction * String(a[key] ?? '').localeCompare(String(b[key] ?? ''), undefined, { numeric: true }),
    );
  }
  const offset = typeof params['offset'] === 'number' ? params['offset'] : 0;
  const limit = typeof params['limit'] === 'number' ? params['limit'] : 25;
  const shown = items.slice(offset, offset + limit);
  return {
    [field]: shown,
    count: shown.length,
    limit,
    offset,
    ...(items.length ? { totalSize: items.length } : {}),
  };
}

/** Installs the small Mix on the fake bridge. */
export function seedMix(
  fake: FakeBridge,
  projects: Record<string, ReturnType<typeof project>[]> = PROJECTS,
): void {
  fake.mixAnswer = (endpoint, params) => {
    const orgId = String(params['orgId'] ?? '');
    switch (endpoint) {
      case 'organizations.list':
        return { organizations: ORGS, totalSize: ORGS.length, count: ORGS.length };
      case 'projects.list':
        return page('projects', projects[orgId] ?? [], params);
      case 'projects.get': {
        const found = Object.values(projects)
          .flat()
          .find((item) => item.id === params['projectId']);
        return found ? { project: found } : undefined;
      }
      case 'applications.list':
        return page('applications', (APPS[orgId] ?? []) as Record<string, unknown>[], params);
      case 'bots.list':
        return { bots: APPS[orgId] ?? [], totalSize: (APPS[orgId] ?? []).length };
      case 'builds.latest':
        return { models: {} };
      case 'system.version':
        return { mixVersion: '4.12', apiVersion: 'v4', mixEnvironment: 'sandbox' };
      case 'deploymentFlows.list':
        return page('flows', [{ id: '600', displayName: 'Sandbox flow', steps: [] }], params);
      default:
        return undefined;
    }
  };
}
