// @vitest-environment jsdom
// Every view on the shapes real Mix sends (./recorded-answers.ts, mix-api.md §10): what Mix sent shows up,
// and no cell reads "—" where Mix sent a value.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MixAppConfig, MixBuild, MixDeploymentFlow } from '../../../../common/mix-models';
import type { MixEnginePacksBody } from '../../../../renderer/resource-views';
import {
  AppConfigsView,
  BotConfigsView,
  BotInterfaceView,
  BuildDetail,
  CredentialsView,
  DataTypesView,
  EnginePacksMatrix,
  EntitiesList,
  LanguageTopicsView,
  LatestBuilds,
  ProjectOverview,
  VersionView,
  VoicesView,
} from '../../../../renderer/resource-views';
import * as RECORDED from './recorded-answers';
import { renderView } from './render-view';

const DASH = '—';

/** The text of each cell of a row, header cell included. */
function cells(row: HTMLElement): string[] {
  return [...row.querySelectorAll('[role="rowheader"], [role="gridcell"]')].map(
    (cell) => cell.textContent ?? '',
  );
}

function row(table: string, name: RegExp): string[] {
  return cells(within(screen.getByRole('grid', { name: table })).getByRole('row', { name }));
}

const flows = [RECORDED.FLOW] as MixDeploymentFlow[];

describe('BotInterfaceView on a recorded interface', () => {
  it('shows variables with their simple or complex type, transfer nodes, channels and the numeric version', () => {
    renderView(<BotInterfaceView body={RECORDED.BOT_INTERFACE} />);
    expect(screen.getByText('Version').nextSibling?.textContent).toBe('1');
    expect(row('Interface variables', /resultObject/)).toEqual([
      'resultObject',
      'Complex type c1',
      DASH,
      'Reserved',
    ]);
    expect(row('Interface variables', /resourceReferences/)).toEqual([
      'resourceReferences',
      'String',
      'References to external resources',
      'Reserved',
    ]);
    expect(row('Transfer nodes', /End dialog/)).toEqual(['End dialog', 'End', DASH, 'None']);
    expect(row('Interface channels', /^text/)).toEqual(['text', 'text', 'Rich text', 'Green']);
    expect(row('Interface channels', /Default/)).toEqual(['Default', 'default', 'Text', 'Color unspecified']);
  });

  it('names request variables given as names or as objects', () => {
    renderView(
      <BotInterfaceView
        body={{
          interface: {
            transferNodes: [
              {
                id: 't',
                nodeName: 'ToAgent',
                nodeType: 'EXTERNAL',
                requestVariables: ['userName', { id: 'v3', displayName: 'orderTotal' }, { id: 'v9' }],
              },
            ],
          },
        }}
      />,
    );
    expect(screen.getByRole('list', { name: 'Request variables' }).textContent).toBe('userNameorderTotalv9');
  });
});

describe('DeploymentsTable on recorded deployments', () => {
  it('names the environments of PENDING_REQUEST and UNDEPLOYED steps from the flow, with a numeric flow id', () => {
    renderView(<BotConfigsView body={RECORDED.BOT_CONFIGS} flows={flows} />);
    const table = 'Deployments of A3_C1 #456';
    expect(row(table, /^1 /)).toEqual([
      '1',
      'Development',
      'Azure US',
      'Sandbox',
      'api.com',
      'Deployed',
      'success',
      'backend: https://dev.example.com',
    ]);
    expect(row(table, /^2 /)).toEqual([
      '2',
      'QA',
      'Extra Geo',
      'Sandbox',
      'api.com',
      'Deployed',
      'success',
      'None',
    ]);
    expect(row(table, /^3 /)).toEqual([
      '3 Approval required',
      'Staging',
      'Production US',
      'Production',
      'api.nuance.com',
      'Pending request',
      DASH,
      '',
    ]);
    expect(row(table, /^4 /).slice(0, 6)).toEqual([
      '4 Approval required',
      'Production',
      'Canada',
      'Production',
      'api.nuance.ca',
      'Undeployed',
    ]);
    expect(screen.getByText('Overrides').nextSibling?.textContent).toBe('#92');
    expect(screen.getByText('Deployment flow').nextSibling?.textContent).toBe('Multi-Stage Pipeline (6)');
  });

  it('names environments from the entries themselves (envName) when no flow is known', () => {
    renderView(<BotConfigsView body={RECORDED.BOT_CONFIGS} />);
    expect(row('Deployments of A3_C1 #456', /^1 /).slice(0, 3)).toEqual(['1', 'Development', 'Azure US']);
  });

  it('reads a config with parentId "" as no override and a string deploymentFlowId as the flow', () => {
    const [app] = RECORDED.APPLICATIONS_GET.applications;
    renderView(<AppConfigsView body={{ configs: app?.configs as MixAppConfig[] }} flows={flows} />);
    expect(screen.getByText('Overrides').nextSibling?.textContent).toBe('None');
    expect(screen.queryByText(/Override of/)).toBeNull();
    expect(screen.getByText('Deployment flow').nextSibling?.textContent).toBe('Multi-Stage Pipeline (6)');
    // A new config's only deployment is PENDING_REQUEST without entries: it is the flow's first step.
    expect(row('Deployments of A58 #58', /^1 /).slice(0, 6)).toEqual([
      '1',
      'Development',
      'Azure US',
      'Sandbox',
      'api.nuance.com',
      'Pending request',
    ]);
    // App configs' entries carry no data hosts: no column for them.
    expect(
      within(screen.getByRole('grid', { name: 'Deployments of A58 #58' })).queryByRole('columnheader', {
        name: 'Data hosts',
      }),
    ).toBeNull();
  });
});

describe('CredentialsView on recorded credentials', () => {
  it('shows the times of the entry, the credential and each client', () => {
    renderView(<CredentialsView body={RECORDED.APP_CREDENTIALS} />);
    for (const label of ['Entry created', 'Entry updated', 'Credential created']) {
      expect(screen.getByText(label).nextSibling?.textContent).not.toBe(DASH);
    }
    // The credential was not updated after it was created: no second date that says nothing.
    expect(screen.queryByText('Credential updated')).toBeNull();
    const nvp = row('Clients of ACME-PROD', /^NVP/);
    expect(nvp).toHaveLength(5);
    expect(nvp.every((cell) => cell !== DASH && cell !== '')).toBe(true);
    expect(nvp[3]).not.toBe(nvp[4]);
  });

  it("names a bot credential geography's environment, and says nothing when envName is empty", () => {
    renderView(<CredentialsView body={RECORDED.BOT_CREDENTIALS} />);
    const geographies = screen.getByRole('list', { name: 'Geographies of app_123' });
    expect(
      within(geographies)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Sandbox · Azure US Sandbox', 'Sandbox US Sandbox']);
    expect(screen.getByText('Credential updated')).toBeTruthy();
  });
});

describe('EnginePacksMatrix on recorded engine packs', () => {
  it('reads topics keyed by topic and locale, and a pack without topics', () => {
    // Bodies arrive as parsed JSON; TypeScript's reading of the literal `topics: {}` is stricter than the view.
    renderView(<EnginePacksMatrix body={RECORDED.ENGINE_PACKS as MixEnginePacksBody} />);
    expect(row('Data packs of Engine pack 4.2.0', /fr-CA/)[2]).toContain('4.1.0');
    expect(
      within(screen.getByRole('region', { name: 'Engine pack 4.3.0' })).getByText('No data packs.'),
    ).toBeTruthy();
  });

  it('reads the list form of topics and locales the same way', () => {
    renderView(
      <EnginePacksMatrix
        body={{
          enginePacks: [
            {
              enginePackId: 'p',
              version: '3.11.0',
              topics: [
                {
                  topic: 'gen',
                  locales: [{ locale: 'en-US', versions: [{ version: '4.7.0', isSupported: true }] }],
                },
                { name: 'banking', locales: { 'en-GB': { versions: [{ version: '2.2.0' }] } } },
              ],
            },
          ],
        }}
      />,
    );
    expect(row('Data packs of Engine pack 3.11.0', /^banking/)).toEqual([
      'banking',
      'en-GB',
      '2.2.0 not supported',
    ]);
    expect(row('Data packs of Engine pack 3.11.0', /^gen/)).toEqual(['gen', 'en-US', '4.7.0 supported']);
  });
});

describe('project and build views on recorded shapes', () => {
  it("shows a project's engine pack features (enginePackFeatures) without the fields list items leave out", () => {
    renderView(<ProjectOverview body={RECORDED.PROJECT_WITH_FEATURES} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Engine pack features' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Engine pack features' }).textContent).toContain(
      'NLU accurate model',
    );
    expect(screen.queryByText('Child data compliant')).toBeNull();
  });

  it("shows a failed build's errors", () => {
    renderView(<BuildDetail body={RECORDED.FAILED_BUILD as MixBuild} />);
    expect(within(screen.getByRole('list', { name: 'Build errors' })).getByRole('listitem').textContent).toBe(
      "'NLU' jobs still pending for project 1922 (code -1)",
    );
  });

  it('lists latest builds without a column of dashes for the createTime Mix does not send', () => {
    renderView(<LatestBuilds body={RECORDED.LATEST_BUILDS} />);
    const table = screen.getByRole('grid', { name: 'Latest builds' });
    expect(within(table).queryByRole('columnheader', { name: 'Created' })).toBeNull();
    expect(row('Latest builds', /^Dialog/)).toEqual(['Dialog', DASH, 'DIALOG_1922_8', '8']);
  });

  it('shows list, freeform and regex entities with their data source and settings', () => {
    renderView(<EntitiesList body={RECORDED.ENTITIES} />);
    const list = row('List entities', /nuance_weather_condition/).join(' ');
    expect(list).toContain('nuance_weather');
    const freeform = row('Freeform entities', /DEPARTURE_LOCATION/).join(' ');
    expect(freeform).toContain('SensitiveYes');
    expect(row('Regex entities', /ORDER_NUMBER/).join(' ')).toContain('\\d{10}');
  });
});

describe('platform and organization lists on recorded shapes', () => {
  it('data types: ALPHANUM and SET with their schema type and description', () => {
    renderView(<DataTypesView body={RECORDED.DATA_TYPES} />);
    expect(row('Data types', /^SET/)).toEqual([
      'SET',
      'string',
      'Nothing set. Default.',
      'FreeformList (default)',
    ]);
    expect(row('Data types', /^ALPHANUM/)[2]).toBe('Letters and digits.');
  });

  it('voices: STANDARD and NEURAL models', () => {
    renderView(<VoicesView body={RECORDED.VOICES} />);
    expect(row('Voices', /Evan/)).toContain('Neural');
    expect(row('Voices', /Serena/)).toContain('Standard');
  });

  it('language topics with ids like "1"', () => {
    renderView(<LanguageTopicsView body={RECORDED.LANGUAGE_TOPICS} />);
    expect(row('Language topics', /en-US/)).toEqual(['gen', 'en-US', '4.1.04.2.0']);
  });

  it('version: the Mix.api server too', () => {
    renderView(<VersionView body={RECORDED.VERSION} />);
    expect(screen.getByText('Mix.api server').nextSibling?.textContent).toBe('mix.api.nuance.com');
  });
});
