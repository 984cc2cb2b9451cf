// @vitest-environment jsdom
// Mix drops zero values and may change shapes: every view must render whatever body it gets, with a heading.
import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { MIX_ENDPOINTS, MIX_ENDPOINT_KEYS } from '../../../../common/mix-catalogue';
import * as views from '../../../../renderer/resource-views';
import { renderDownload, renderView } from './render-view';

/** Bodies a careless server could send: nothing, empty, wrong types everywhere, nulls in arrays. */
const ODD_BODIES: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['{}', {}],
  ['a string', 'oops'],
  ['an array', [1, 2]],
  [
    'wrong field types',
    {
      project: {
        id: 5,
        displayName: { en: 'x' },
        channels: 'none',
        datapacks: [null, 3, { displayName: ['x'] }],
      },
      builds: [null, 'x', { buildLabel: 7, status: {}, errors: { errors: 'bad' }, datapack: 'x' }],
      models: { asr: { builds: 'x' }, nlu: null, dialog: 'x' },
      intents: [{ name: null, links: 'x' }, null],
      intent: { name: ['x'], links: [null, { entityRef: 3 }] },
      entities: [{ listEntity: 'x' }, { regexEntity: { name: 1, pattern: {} } }],
      entity: { relationalEntity: { hasA: 'x', isA: {} } },
      jobs: [{ id: {}, status: 5, report: 'x' }],
      report: { nluBuildReports: { reports: [null, { errors: { errors: [null, { message: {} }] } }] } },
      locks: [{ lockOwner: 'x' }],
      projectDefaults: 'x',
      environments: [{ environmentGeographies: [{ environmentGeographyDefaults: [null] }] }, null],
      configs: [{ deployments: [{ envGeographyDeployments: [null, { envGeography: 'x' }] }], builds: 'x' }],
      config: { deployments: 'x', projectDetails: 'x' },
      credentials: [{ credential: { clients: [{ oauthScopes: 5 }] }, geographies: 'x' }],
      dataHosts: [null, { value: {} }],
      interface: { locales: [null, 1], channels: [{ modes: 'x' }], transferNodes: [{ requestData: {} }] },
      flows: [{ steps: [{ step: 'x', environments: [{ geographies: [null] }] }, null] }],
      enginePacks: [{ topics: { gen: { locales: { 'en-US': { versions: [null, { version: 1 }] } } } } }],
      languageTopics: [{ locales: 'x' }],
      voices: [{ sampleRateHz: 'x', styles: [1, null] }],
      geographies: [{}],
      dataTypes: [{ schema: 'x', compatibleEntityTypes: [null] }],
      entityTypes: [{ compatibleDataTypes: 'x' }],
      members: 'x',
      applications: [
        null,
        { configs: 'x' },
        { configs: [{ deploymentFlowId: {}, deployments: [{ id: [] }] }] },
      ],
    },
  ],
];

type Render = (body: never) => ReactElement;

const VIEWS: [string, Render][] = [
  ['ProjectOverview', (body) => <views.ProjectOverview body={body} />],
  [
    'BuildsPanel',
    (body) => (
      <views.BuildsPanel type="NLU" body={body} renderDownload={renderDownload} onOpenBuild={() => {}} />
    ),
  ],
  ['LatestBuilds', (body) => <views.LatestBuilds body={body} renderDownload={renderDownload} />],
  ['BuildDetail', (body) => <views.BuildDetail body={body} renderDownload={renderDownload} />],
  ['IntentsList', (body) => <views.IntentsList body={body} onOpenEntity={() => {}} />],
  [
    'IntentDetail',
    (body) => (
      <views.IntentDetail body={body} projectId="1" locales={['en-US']} renderDownload={renderDownload} />
    ),
  ],
  ['EntitiesList', (body) => <views.EntitiesList body={body} onOpenEntity={() => {}} />],
  [
    'EntityDetail',
    (body) => (
      <views.EntityDetail body={body} projectId="1" locales={['en-US']} renderDownload={renderDownload} />
    ),
  ],
  ['JobsList', (body) => <views.JobsList body={body} watching />],
  ['JobDetail', (body) => <views.JobDetail body={body} />],
  ['LocksList', (body) => <views.LocksList body={body} />],
  ['EnvConfigs', (body) => <views.EnvConfigs body={body} />],
  [
    'ProjectExports',
    (body) => (
      <views.ProjectExports project={body} intents={body} entities={body} renderDownload={renderDownload} />
    ),
  ],
  ['ApplicationSummary', (body) => <views.ApplicationSummary application={body} />],
  ['AppConfigsView', (body) => <views.AppConfigsView body={body} flows={body} />],
  [
    'AppConfigDetail',
    (body) => <views.AppConfigDetail body={body} flows={body} renderDownload={renderDownload} />,
  ],
  ['CredentialsView', (body) => <views.CredentialsView body={body} />],
  ['DataHostsView', (body) => <views.DataHostsView body={body} environments={body} />],
  ['BotSummary', (body) => <views.BotSummary bot={body} />],
  ['BotConfigsView', (body) => <views.BotConfigsView body={body} />],
  ['BotInterfaceView', (body) => <views.BotInterfaceView body={body} />],
  ['DeploymentFlowView', (body) => <views.DeploymentFlowView body={body} />],
  ['EnvironmentsView', (body) => <views.EnvironmentsView body={body} />],
  ['EnginePacksMatrix', (body) => <views.EnginePacksMatrix body={body} />],
  ['LanguageTopicsView', (body) => <views.LanguageTopicsView body={body} />],
  ['VoicesView', (body) => <views.VoicesView body={body} />],
  ['GeographiesView', (body) => <views.GeographiesView body={body} />],
  ['DataTypesView', (body) => <views.DataTypesView body={body} />],
  ['EntityTypesView', (body) => <views.EntityTypesView body={body} />],
  ['VersionView', (body) => <views.VersionView body={body} />],
  [
    'DeploymentMatrixView',
    (body: { applications?: unknown; flows?: never }) => (
      <views.DeploymentMatrixView
        sources={views.configsOfApplications(body?.applications)}
        flows={body?.flows ?? []}
        showApplication
        onOpenConfig={() => undefined}
      />
    ),
  ],
  [
    'BuildUsedBy',
    (body: { applications?: unknown }) => (
      <views.BuildUsedBy
        buildLabel="NLU_1_1"
        sources={views.configsOfApplications(body?.applications)}
        onOpenConfig={() => undefined}
      />
    ),
  ],
  ['CompareBuilds', (body: { builds?: never }) => <views.CompareBuilds builds={body?.builds ?? []} />],
  [
    'CompareConfigs',
    (body: { configs?: never }) => (
      <views.CompareConfigs
        configs={body?.configs ?? []}
        matrix={views.deploymentMatrix(views.configsOfApplications([{ configs: body?.configs }]), [])}
        dataHostsOf={() => undefined}
      />
    ),
  ],
  ['OrganizationOverview', (body) => <views.OrganizationOverview organization={body} counts={body} />],
];

const PAGE_LEVEL = new Set([
  'ProjectOverview',
  'BuildDetail',
  'IntentDetail',
  'EntityDetail',
  'JobDetail',
  'ApplicationSummary',
  'AppConfigDetail',
  'BotSummary',
  'OrganizationOverview',
]);

describe('every view', () => {
  it('is covered here', () => {
    const components = Object.entries(views)
      .filter(([name, value]) => typeof value === 'function' && /^[A-Z]/.test(name) && name !== 'LockBadge')
      .map(([name]) => name);
    expect(components.sort()).toEqual(VIEWS.map(([name]) => name).sort());
  });

  describe.each(VIEWS)('%s', (name, view) => {
    it.each(ODD_BODIES)('renders %s without crashing, under its heading', (_, body) => {
      renderView(view(body as never));
      const level = PAGE_LEVEL.has(name) ? 1 : 2;
      expect(screen.getAllByRole('heading', { level }).length).toBeGreaterThan(0);
      expect(document.body.textContent).not.toContain('[object Object]');
      for (const table of screen.queryAllByRole('grid')) {
        expect(table.getAttribute('aria-label') ?? table.querySelector('caption')?.textContent).toBeTruthy();
      }
      for (const button of screen.queryAllByRole('button')) {
        expect(button.textContent?.trim() || button.getAttribute('aria-label')).toBeTruthy();
      }
    });
  });
});

describe('download endpoints', () => {
  it('are exactly the catalogue entries that download a file', () => {
    const downloads = MIX_ENDPOINT_KEYS.filter((key) => MIX_ENDPOINTS[key].kind === 'download');
    expect([...views.DOWNLOAD_ENDPOINTS].sort()).toEqual(downloads.sort());
  });
});
