import { describe, expect, it } from 'vitest';
import {
  APPLICATION_TABS,
  BOT_TABS,
  ORG_LISTS,
  PLATFORM_LISTS,
  PROJECT_TABS,
  deepLink,
  parseDeepLink,
  parseRoutePath,
  routePath,
  systemKeyOf,
  type ExplorerRoute,
  type ExplorerRouteKind,
} from '../../../common/explorer-routes';

const ROUTES: ExplorerRoute[] = [
  { kind: 'home' },
  { kind: 'organization', orgId: '14' },
  ...ORG_LISTS.map((list): ExplorerRoute => ({ kind: 'org-list', orgId: '14', list })),
  ...PROJECT_TABS.map((tab): ExplorerRoute => ({ kind: 'project', projectId: '1922', tab })),
  { kind: 'build', buildLabel: 'NLU_1922_6' },
  { kind: 'job', projectId: '1922', jobId: 'c0ffee00-1922-4a5e-9b3c-000000000001' },
  { kind: 'intent', projectId: '1922', intentName: 'ORDER_COFFEE' },
  { kind: 'intent', projectId: '1922', intentName: 'a/b c?d#e%f' },
  { kind: 'entity', projectId: '1922', entityName: 'DrinkSize' },
  { kind: 'entity', projectId: '1922', entityName: 'Größe ☕' },
  ...APPLICATION_TABS.map((tab): ExplorerRoute => ({
    kind: 'application',
    orgId: '14',
    applicationId: '48',
    tab,
  })),
  { kind: 'app-config', orgId: '14', applicationId: '48', configId: '180' },
  {
    kind: 'compare-configs',
    orgId: '1',
    left: { applicationId: '49', configId: '190' },
    right: { applicationId: '51', configId: '200' },
  },
  ...BOT_TABS.map((tab): ExplorerRoute => ({ kind: 'bot', orgId: '1', botId: '49', tab })),
  { kind: 'bot-interface', orgId: '1', botId: '49', configId: '190' },
  ...PLATFORM_LISTS.map((list): ExplorerRoute => ({ kind: 'platform', list })),
  { kind: 'activity' },
];

describe('route paths', () => {
  it('cover every route kind', () => {
    const kinds = new Set(ROUTES.map((route) => route.kind));
    const all: ExplorerRouteKind[] = [
      'home',
      'organization',
      'org-list',
      'project',
      'build',
      'job',
      'intent',
      'entity',
      'application',
      'app-config',
      'compare-configs',
      'bot',
      'bot-interface',
      'platform',
      'activity',
    ];
    expect([...kinds].sort()).toEqual([...all].sort());
  });

  it.each(ROUTES.map((route) => [routePath(route), route] as const))('round-trips %s', (path, route) => {
    expect(parseRoutePath(path)).toEqual(route);
  });

  it('are unique per route', () => {
    const paths = ROUTES.map(routePath);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('read as the explorer documents them', () => {
    expect(routePath({ kind: 'org-list', orgId: '14', list: 'projects' })).toBe('/orgs/14/projects');
    expect(routePath({ kind: 'project', projectId: '1922', tab: 'builds' })).toBe('/projects/1922/builds');
    expect(routePath({ kind: 'project', projectId: '1922', tab: 'overview' })).toBe('/projects/1922');
    expect(routePath({ kind: 'build', buildLabel: 'NLU_1922_6' })).toBe('/builds/NLU_1922_6');
    expect(routePath({ kind: 'job', projectId: '1922', jobId: 'abc-1' })).toBe('/projects/1922/jobs/abc-1');
    expect(
      routePath({
        kind: 'compare-configs',
        orgId: '1',
        left: { applicationId: '49', configId: '190' },
        right: { applicationId: '51', configId: '200' },
      }),
    ).toBe('/orgs/1/compare/49/190/51/200');
    // A name with a slash stays one segment.
    expect(routePath({ kind: 'intent', projectId: '1', intentName: 'a/b' })).toBe(
      '/projects/1/intents/a%2Fb',
    );
  });

  it.each([
    '',
    'orgs/14',
    '/orgs',
    '/orgs/14/',
    '//orgs/14',
    '/orgs/14/unknown',
    '/orgs/../projects',
    '/projects/..',
    '/projects/1922/intents/..',
    '/projects/1922/intents/%2e%2e',
    '/projects/1922/intents/%2E',
    '/projects/1922/intents/a%2fb',
    '/projects/1922/intents/a b',
    '/projects/1922/intents/%00',
    '/projects/1922/intents/%E0%A4%A',
    '/projects/1922/overview',
    '/projects/1922/builds/NLU_1922_6',
    '/projects/1922/jobs/a/b',
    '/projects/19 22',
    '/projects/-1',
    '/builds/NLU_1922_6/extra',
    '/orgs/14/applications/48/configs',
    '/orgs/14/applications/48/configs/180/extra',
    '/orgs/14/bots/49/configs/190',
    '/orgs/14/bots/49/configs/190/interface/x',
    '/orgs/14/bots/49/data-hosts',
    '/orgs/14/projects/1922',
    '/orgs/1/compare',
    '/orgs/1/compare/49/190/51',
    '/orgs/1/compare/49/190/51/200/extra',
    '/orgs/1/compare/49/../51/200',
    '/orgs/1/compare/49/190/51/-200',
    '/orgs/1/compare/49/190/51/2%2F00',
    '/platform',
    '/platform/unknown',
    '/activity/1',
    '/projects/1922?tab=builds',
    '/projects/1922#x',
    `/projects/${'1'.repeat(129)}`,
    `/projects/1/intents/${'a'.repeat(201)}`,
    `/orgs/${'1/'.repeat(1100)}`,
  ])('refuses %s', (path) => {
    expect(parseRoutePath(path)).toBeUndefined();
  });
});

describe('deep links', () => {
  it.each(ROUTES.map((route) => [routePath(route), route] as const))('round-trip %s', (_path, route) => {
    for (const system of ['us', 'eu', 'uk', 'au', '127.0.0.1:4780', 'mix.api.example.com']) {
      const link = deepLink(system, route);
      expect(link.startsWith(`mix-explorer://${system}/`)).toBe(true);
      expect(parseDeepLink(link)).toEqual({ system, route });
    }
  });

  it('reads the forms OS shells hand over', () => {
    expect(parseDeepLink('mix-explorer://us')).toEqual({ system: 'us', route: { kind: 'home' } });
    expect(parseDeepLink('mix-explorer://eu/orgs/14/')).toEqual({
      system: 'eu',
      route: { kind: 'organization', orgId: '14' },
    });
  });

  it.each([
    'https://us/orgs/14',
    'mix-explorer:/us/orgs/14',
    'MIX-EXPLORER://us/orgs/14',
    'mix-explorer://US/orgs/14',
    'mix-explorer://user:pw@us/orgs/14',
    'mix-explorer://us/orgs/14?x=1',
    'mix-explorer://us/orgs/14#frag',
    'mix-explorer://us/orgs/../projects',
    'mix-explorer://us/orgs/14/nothing',
    'mix-explorer:///orgs/14',
    'mix-explorer://-bad-.host/orgs/14',
    'mix-explorer://us/orgs/14//',
    `mix-explorer://us/projects/1/intents/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(parseDeepLink(url)).toBeUndefined();
  });

  it('names a custom system by its API host', () => {
    expect(systemKeyOf('us', 'https://mix.api.nuance.com')).toBe('us');
    expect(systemKeyOf('custom', 'http://127.0.0.1:4780')).toBe('127.0.0.1:4780');
    expect(systemKeyOf('custom', 'https://Mix.Example.COM/api')).toBe('mix.example.com');
    expect(systemKeyOf('custom', 'not a url')).toBeUndefined();
  });
});
