import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from '../../../../renderer/explorer/breadcrumbs';
import { ancestors, pointer, searchJson } from '../../../../renderer/explorer/json-model';
import type { PaletteEntry } from '../../../../renderer/explorer/palette-model';
import {
  PALETTE_LIMITS,
  fuzzyScore,
  paletteResources,
  rankEntries,
  rankSections,
} from '../../../../renderer/explorer/palette-model';
import { nextSort, visibleRows } from '../../../../renderer/ui/table/table-model';
import type { Column } from '../../../../renderer/ui/table/table-model';
import { pageSummary } from '../../../../renderer/explorer/usePagedList';

describe('breadcrumbs', () => {
  const names = {
    system: 'Work US · US',
    orgName: (orgId: string) => (orgId === '14' ? 'demo@mix.example' : undefined),
    project: { name: 'Coffee Assistant', orgId: '14' },
  };

  it('lead from the system through the organization and project to the view', () => {
    const trail = breadcrumbTrail({ kind: 'job', projectId: '1922', jobId: 'abc' }, names);
    expect(trail.map((crumb) => crumb.label)).toEqual([
      'Work US · US',
      'demo@mix.example',
      'Projects',
      'Coffee Assistant',
      'Jobs',
      'abc',
    ]);
    expect(trail[4]?.route).toEqual({ kind: 'project', projectId: '1922', tab: 'jobs' });
    expect(trail.at(-1)?.route).toBeUndefined();
  });

  it('name what is not known yet by its id', () => {
    const trail = breadcrumbTrail(
      { kind: 'application', orgId: '3', applicationId: '51', tab: 'credentials' },
      { system: 'US' },
    );
    expect(trail.map((crumb) => crumb.label)).toEqual([
      'US',
      'Organization 3',
      'Applications',
      'Application 51',
      'Credentials',
    ]);
  });
});

describe('the palette', () => {
  it('matches subsequences, preferring substrings and word starts', () => {
    expect(fuzzyScore('bnk', 'Banking IVR')).toBeDefined();
    expect(fuzzyScore('xyz', 'Banking IVR')).toBeUndefined();
    expect(fuzzyScore('ivr', 'Banking IVR')).toBeGreaterThan(fuzzyScore('bivr', 'Banking IVR') ?? 0);
    expect(fuzzyScore('cas', 'Coffee Assistant')).toBeGreaterThan(fuzzyScore('cas', 'Chicago Data set') ?? 0);
  });

  it('offers what the cache holds, once each, with routes that open it', () => {
    const entries = paletteResources([
      {
        endpoint: 'organizations.list',
        params: { view: 'FULL' },
        body: { organizations: [{ id: '14', displayName: 'demo' }] },
      },
      {
        endpoint: 'projects.list',
        params: { orgId: '14' },
        body: { projects: [{ id: '1922', orgId: '14', displayName: 'Coffee Assistant' }] },
      },
      {
        endpoint: 'projects.get',
        params: { projectId: '1922' },
        body: { project: { id: '1922', displayName: 'Coffee Assistant' } },
      },
      {
        endpoint: 'jobs.list',
        params: { projectId: '1922' },
        body: { jobs: [{ id: 'job-1', status: 'RUNNING' }] },
      },
      {
        endpoint: 'applications.list',
        params: { orgId: '14' },
        body: { applications: [{ id: '48', applicationName: 'Coffee App' }] },
      },
    ]);
    const ranked = rankEntries(entries, 'coffee');
    expect(ranked.filter((entry) => entry.label === 'Coffee Assistant')).toHaveLength(1);
    expect(ranked.map((entry) => ('route' in entry ? entry.route : null))).toEqual(
      expect.arrayContaining([
        { kind: 'project', projectId: '1922', tab: 'overview' },
        { kind: 'application', orgId: '14', applicationId: '48', tab: 'configs' },
      ]),
    );
    expect(entries.find((entry) => entry.label === 'job-1')).toMatchObject({
      route: { kind: 'job', projectId: '1922', jobId: 'job-1' },
    });
    expect(entries.find((entry) => entry.label === 'demo › Voices')).toBeTruthy();
  });

  it('finds resources whose ids Mix sent as numbers (mix-api.md §10), routed by their text', () => {
    const entries = paletteResources([
      {
        endpoint: 'organizations.list',
        params: {},
        body: { organizations: [{ id: 14, displayName: 'demo' }] },
      },
      {
        endpoint: 'projects.list',
        params: {},
        body: { projects: [{ id: 1922, orgId: 14, displayName: 'Coffee' }] },
      },
    ]);
    expect(entries.find((entry) => entry.label === 'Coffee')).toMatchObject({
      detail: 'Project 1922 · demo',
      route: { kind: 'project', projectId: '1922', tab: 'overview' },
    });
  });
});

describe('search ranking', () => {
  const answers = [
    {
      endpoint: 'projects.list',
      params: { orgId: '14' },
      body: {
        projects: [
          { id: '1923', displayName: 'Banking IVR' },
          { id: '5', displayName: 'Bank' },
          { id: '6', displayName: 'Online banking assistant' },
          { id: '7', displayName: 'B a n k demo' },
        ],
      },
    },
    {
      endpoint: 'jobs.list',
      params: { projectId: '1923' },
      body: { jobs: [{ id: '9f1e9a2b-3c4d' }, { id: '1923abc' }] },
    },
    {
      endpoint: 'intents.list',
      params: { projectId: '1923' },
      body: { intents: [{ name: 'ORDER_COFFEE' }] },
    },
  ];
  const labels = (entries: PaletteEntry[]) => entries.map((entry) => entry.label);

  it('puts an exact name first, then names starting with the text, then words starting with it, then fuzzy', () => {
    expect(labels(rankEntries(paletteResources(answers), 'bank')).slice(0, 4)).toEqual([
      'Bank',
      'Banking IVR',
      'Online banking assistant',
      'B a n k demo',
    ]);
  });

  it('finds ids only exactly or by their start: no junk matches on unrelated ids', () => {
    const ranked = labels(rankEntries(paletteResources(answers), '1923'));
    // The project whose id is 1923 first, the job whose id starts with it next, nothing else.
    expect(ranked).toEqual(['Banking IVR', '1923abc']);
    expect(labels(rankEntries(paletteResources(answers), '9123'))).toEqual([]);
    expect(labels(rankEntries(paletteResources(answers), '9f1e'))).toEqual(['9f1e9a2b-3c4d']);
  });

  it('groups results by kind, the best group first, a few per group', () => {
    const sections = rankSections(paletteResources(answers), 'o', { perGroup: 2 });
    expect(sections.every((section) => section.entries.length <= 2)).toBe(true);
    const coffee = rankSections(paletteResources(answers), 'order coffee');
    expect(coffee[0]).toMatchObject({ group: 'Intents', entries: [{ label: 'ORDER_COFFEE' }] });
    expect(coffee[0]?.entries[0]?.detail).toBe('Intent · Banking IVR');
  });

  it('skips list items that are not objects (null, numbers) instead of failing the whole palette', () => {
    const entries = paletteResources([
      {
        endpoint: 'projects.list',
        params: { orgId: '14' },
        body: { projects: [null, 3, { id: '1922', displayName: 'Coffee' }] },
      },
      { endpoint: 'jobs.list', params: { projectId: '1922' }, body: { jobs: [null, 'x'] } },
      {
        endpoint: 'intents.list',
        params: { projectId: '1922' },
        body: { intents: [null, { name: 'ORDER_COFFEE' }] },
      },
      { endpoint: 'organizations.list', params: {}, body: { organizations: [null] } },
    ]);
    expect(labels(rankEntries(entries, 'coffee'))).toEqual(['Coffee', 'ORDER_COFFEE']);
  });

  describe('applications by their runtime app id', () => {
    // Shapes from mix-api.md §10: the applications list carries no runtime id; app credentials do
    // (`credential.appId`, and each client's `appID:<app id>:geo:<geo>:clientName:<name>`).
    const apps = [
      {
        endpoint: 'applications.list',
        params: { orgId: '3', limit: 100, offset: 0 },
        body: {
          applications: [
            { id: '48', applicationName: 'Mix Sample App', organizationId: '3' },
            { id: '52', applicationName: 'Acme Speech', organizationId: '3' },
            { id: '53', applicationName: 'Weather', organizationId: '3' },
          ],
        },
      },
      ...[
        { applicationId: '52', appId: 'ACME-PROD', geo: 'prod' },
        { applicationId: '48', appId: 'ACME', geo: 'dev' },
      ].map(({ applicationId, appId, geo }) => ({
        endpoint: 'appCredentials.list',
        params: { applicationId, view: 'ACV_FULL' },
        body: {
          credentials: [
            {
              id: '491',
              credential: {
                id: '236',
                appId,
                clients: [{ id: '1', clientId: `appID:${appId}:geo:${geo}:clientName:default` }],
              },
            },
          ],
        },
      })),
    ];
    const applications = (query: string) =>
      rankEntries(paletteResources(apps), query).filter((entry) => entry.group === 'Applications');

    it('finds an application by its runtime app id, exact before prefix, and says the id', () => {
      expect(labels(applications('ACME-PROD'))).toEqual(['Acme Speech']);
      expect(applications('acme-prod')[0]?.detail).toBe('Application 52 · ACME-PROD');
      // "ACME" is Mix Sample App's runtime id exactly and the start of Acme Speech's name and id.
      expect(labels(applications('acme'))).toEqual(['Mix Sample App', 'Acme Speech']);
    });

    it('finds it by a typed runtime client id, whatever its client name', () => {
      expect(labels(applications('appID:ACME-PROD:geo:prod:clientName:default'))).toEqual(['Acme Speech']);
      expect(labels(applications('appID:ACME-PROD:geo:dev:clientName:ivr'))).toEqual(['Acme Speech']);
      expect(labels(applications('appID:ACME:geo:dev:clientName:default'))).toEqual(['Mix Sample App']);
    });

    it('makes no junk matches on runtime ids: only exactly or by their start', () => {
      expect(labels(applications('PROD'))).toEqual([]);
      expect(labels(applications('CME-P'))).toEqual([]);
      expect(labels(applications('appID:NOBODY:geo:dev:clientName:default'))).toEqual([]);
    });
  });

  it('holds a bounded number of entries whatever the cache holds', () => {
    const many = {
      endpoint: 'projects.list',
      params: { orgId: '1' },
      body: {
        projects: Array.from({ length: 30_000 }, (_, index) => ({
          id: `${index}`,
          displayName: `P${index}`,
        })),
      },
    };
    const entries = paletteResources([many]);
    expect(entries.filter((entry) => entry.group === 'Projects')).toHaveLength(PALETTE_LIMITS.perGroup);
  });
});

describe('local tables', () => {
  interface Row {
    name?: string;
    size: number;
  }
  const columns: Column<Row>[] = [
    { id: 'name', header: 'Name', value: (row) => row.name },
    { id: 'size', header: 'Size', value: (row) => row.size },
  ];
  const rows: Row[] = [
    { name: 'b10', size: 3 },
    { size: 1 },
    { name: 'b9', size: 20 },
    { name: 'A', size: 2 },
  ];

  it('sort naturally, blanks last either way', () => {
    const ascending = visibleRows(rows, columns, { sort: nextSort(null, 'name') });
    expect(ascending.map((row) => row.name)).toEqual(['A', 'b9', 'b10', undefined]);
    const descending = visibleRows(rows, columns, { sort: nextSort(nextSort(null, 'name'), 'name') });
    expect(descending.map((row) => row.name)).toEqual(['b10', 'b9', 'A', undefined]);
    expect(
      visibleRows(rows, columns, { sort: { columnId: 'size', direction: 'ascending' } }).map(
        (row) => row.size,
      ),
    ).toEqual([1, 2, 3, 20]);
  });

  it('filter on any column, ignoring case', () => {
    expect(visibleRows(rows, columns, { filter: 'a' }).map((row) => row.name)).toEqual(['A']);
    expect(visibleRows(rows, columns, { filter: '20' }).map((row) => row.name)).toEqual(['b9']);
    expect(visibleRows(rows, columns, { filter: '  ' })).toHaveLength(4);
  });

  it('say which items of how many a page shows', () => {
    expect(pageSummary(100, 100, 20_000)).toBe(`Items 101–200 of ${(20_000).toLocaleString()}`);
    expect(pageSummary(0, 0, undefined)).toBe('No items');
  });
});

describe('JSON search', () => {
  it('finds keys and values and names every node above them', () => {
    const body = { a: { 'b/c': [{ name: 'Coffee' }, { name: 'Tea' }] } };
    const found = searchJson(body, 'tea');
    expect(found).toEqual({ matches: [pointer(['a', 'b/c', 1, 'name'])], truncated: false });
    expect(found.matches[0]).toBe('/a/b~1c/1/name');
    expect(ancestors('/a/b~1c/1/name')).toEqual(['', '/a', '/a/b~1c', '/a/b~1c/1']);
  });

  it('stops at its limits on huge bodies', () => {
    const body = Array.from({ length: 10_000 }, (_, index) => ({ id: `x${index}` }));
    expect(searchJson(body, 'x', { maxMatches: 50 })).toMatchObject({ truncated: true });
    expect(searchJson(body, 'x', { maxMatches: 50 }).matches).toHaveLength(50);
    expect(searchJson(body, 'nothing', { maxNodes: 100 })).toEqual({ matches: [], truncated: true });
  });
});
