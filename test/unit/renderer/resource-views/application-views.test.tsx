// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  AppConfigDetail,
  AppConfigsView,
  ApplicationSummary,
  CredentialsView,
  DataHostsView,
} from '../../../../renderer/resource-views';
import {
  application,
  configsOf,
  credentialsOf,
  dataHostsOf,
  environmentsOf,
  flowsOf,
  SANDBOX_FIXTURES,
} from './fixtures';
import { offeredDownloads, renderDownload, renderView } from './render-view';

const { sample, coffee: coffeeApp } = SANDBOX_FIXTURES.applications;
const { demo, demoOverride } = SANDBOX_FIXTURES.configs;

function cells(row: HTMLElement): string[] {
  return [...row.children].map((cell) => cell.textContent ?? '');
}

describe('ApplicationSummary', () => {
  it('shows the application name, id, organization and creation date', () => {
    renderView(<ApplicationSummary application={application(sample)} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Mix Sample App' })).toBeTruthy();
    expect(screen.getByText('Nuance Sandbox Corp (1)')).toBeTruthy();
    expect(document.querySelector('time')?.getAttribute('dateTime')).toBe('2020-12-10T19:00:27.226Z');
  });

  it('copes with an empty application', () => {
    renderView(<ApplicationSummary application={{} as never} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Application' })).toBeTruthy();
    expect(screen.getAllByText('—')).toHaveLength(3);
  });
});

describe('AppConfigsView', () => {
  it('shows each config with its tag, builds and deployments per environment, in flow order, naming the steps Mix sends no entries for from the flow', () => {
    renderView(<AppConfigsView body={application(sample)} flows={flowsOf('1')} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'DemoProject #190',
      'TravelBot #191',
      'DemoProject #192',
    ]);
    const deployments = screen.getByRole('grid', { name: 'Deployments of DemoProject #190' });
    const rows = within(deployments).getAllByRole('row').slice(1).map(cells);
    // Steps 3 (PENDING_REQUEST) and 4 (UNDEPLOYED) come without entries (mix-api.md §10): named from the flow.
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Development', 'US'],
      ['2', 'QA', 'US'],
      ['3 Approval required', 'Staging', 'Production US'],
      ['4 Approval required', 'Production', 'Canada'],
      ['4 Approval required', 'Production', 'Production US'],
    ]);
    expect(rows.map((row) => row[5])).toEqual([
      'Deployed',
      'Deployed',
      'Pending request',
      'Undeployed',
      'Undeployed',
    ]);
    expect(rows[0]?.[3]).toBe('Sandbox');
    expect(rows[2]?.[3]).toBe('Production');
    expect(rows[0]?.[4]).toBe('api.nuance.com');
  });

  it('marks overrides and overridden deployments, and lists the builds of each engine', () => {
    renderView(<AppConfigsView body={{ configs: configsOf(sample) }} flows={flowsOf('1')} />);
    const override = screen
      .getAllByRole('listitem')
      .find((li) => li.querySelector('h3')?.textContent === 'DemoProject #192');
    expect(override).toBeTruthy();
    const card = override as HTMLElement;
    expect(within(card).getByText('Override of #190')).toBeTruthy();
    // Its PENDING_REQUEST step has no entries, so four of its five env-geographies carry the flag.
    expect(within(card).getAllByText('Overridden').length).toBe(4);
    expect(within(card).getAllByText('Unspecified').length).toBeGreaterThan(0);
    const builds = within(card).getByRole('grid', { name: 'Builds of DemoProject #192' });
    expect(
      within(builds)
        .getAllByRole('row')
        .slice(1)
        .map((row) => cells(row).slice(0, 3)),
    ).toEqual([
      ['ASR', 'en-US', 'ASR_8681_1'],
      ['NLU', 'en-US', 'NLU_8681_1'],
      ['Dialog', '—', 'DIALOG_8681_1'],
    ]);
  });

  it('names no environment it cannot resolve, and numbers steps itself without flows', () => {
    renderView(<AppConfigsView body={{ configs: configsOf(coffeeApp) }} />);
    const table = screen.getByRole('grid', { name: 'Deployments of CoffeeApp #180' });
    expect(cells(within(table).getAllByRole('row')[1] as HTMLElement).slice(0, 3)).toEqual([
      '1',
      '—',
      'Sandbox US',
    ]);
  });

  it('opens a config, a build and a project', () => {
    const onOpenConfig = vi.fn();
    const onOpenBuild = vi.fn();
    const onOpenProject = vi.fn();
    renderView(
      <AppConfigsView
        body={{ configs: configsOf(sample).slice(0, 1) }}
        onOpenConfig={onOpenConfig}
        onOpenBuild={onOpenBuild}
        onOpenProject={onOpenProject}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open configuration DemoProject #190' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open build NLU_8681_1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open project DemoProject' }));
    expect(onOpenConfig).toHaveBeenCalledWith(demo);
    expect(onOpenBuild).toHaveBeenCalledWith('NLU_8681_1');
    expect(onOpenProject).toHaveBeenCalledWith('8681');
  });

  it('copes with configs missing everything, and with no configs', () => {
    renderView(<AppConfigsView body={{ configs: [{ id: '9', deployments: [{ id: 'd' }] } as never] }} />);
    expect(screen.getByText('No builds.')).toBeTruthy();
    expect(
      cells(
        within(screen.getByRole('grid', { name: 'Deployments of #9' })).getAllByRole('row')[1] as HTMLElement,
      ),
    ).toEqual(['1', '—', '—', '—', '—', '—', '—']);
  });

  it('says when there are no configurations', () => {
    renderView(<AppConfigsView body={{ configs: [] }} />);
    expect(screen.getByText('No configurations.')).toBeTruthy();
  });
});

describe('AppConfigDetail', () => {
  const config = () => configsOf(sample).find((c) => c.id === demoOverride);

  it('offers the package for the chosen runtime app id', () => {
    renderView(
      <AppConfigDetail
        body={{ config: config() }}
        runtimeAppIds={['ACME-PROD', 'ACME-DEV']}
        renderDownload={renderDownload}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Configuration DemoProject' })).toBeTruthy();
    expect(screen.getByText('Override of #190')).toBeTruthy();
    expect(offeredDownloads().map((t) => [t.endpoint, t.params, t.projectName])).toEqual([
      ['appConfigs.export', { configId: demoOverride, appId: 'ACME-PROD' }, 'DemoProject'],
    ]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Runtime app ID' }), {
      target: { value: 'ACME-DEV' },
    });
    expect(offeredDownloads()[0]?.params).toEqual({ configId: demoOverride, appId: 'ACME-DEV' });
  });

  it('asks for the runtime app id when none is known', () => {
    renderView(<AppConfigDetail body={{ config: config() }} renderDownload={renderDownload} />);
    expect(offeredDownloads()).toEqual([]);
    fireEvent.change(screen.getByRole('textbox', { name: 'Runtime app ID' }), {
      target: { value: ' ACME-PROD ' },
    });
    expect(offeredDownloads()[0]?.params).toEqual({ configId: demoOverride, appId: 'ACME-PROD' });
  });

  it('copes with an empty body', () => {
    renderView(<AppConfigDetail body={{}} renderDownload={renderDownload} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Configuration Configuration' })).toBeTruthy();
    expect(offeredDownloads()).toEqual([]);
  });
});

describe('CredentialsView', () => {
  it('shows app ids per geography and their clients with scopes', () => {
    renderView(<CredentialsView body={credentialsOf(sample)} title="Application credentials" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Application credentials' })).toBeTruthy();
    const prod = screen.getByRole('grid', { name: 'Clients of ACME-PROD' });
    expect(
      within(prod)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['default', 'ivr']);
    expect(prod.textContent).toContain('appID:ACME-PROD:geo:prod:clientName:ivr');
    expect(within(prod).getAllByRole('list', { name: 'OAuth scopes' })[0]?.textContent).toBe(
      'asrdlgnluttslogasr.wordsetnlu.wordset',
    );
    // ACME-PROD's ivr client changed after the credential was made.
    expect(cells(within(prod).getByRole('row', { name: /^ivr / })).slice(3)).not.toContain('—');
    const geographies = within(screen.getByRole('list', { name: 'Geographies of ACME-PROD' }));
    expect(geographies.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Production US Production',
      'Canada Production',
      'Production US Production',
    ]);
  });

  it('never shows secrets, passwords or tokens, even when the body holds them', () => {
    const body = credentialsOf(sample);
    const leak = 'LEAKED-VALUE-123';
    const credential = body.credentials?.[0] as unknown as Record<string, Record<string, unknown>>;
    Object.assign(credential, { secret: leak, clientSecret: leak });
    Object.assign(credential['credential'] as object, { password: leak, accessToken: leak });
    const client = (credential['credential']?.['clients'] as Record<string, unknown>[])[0] as Record<
      string,
      unknown
    >;
    Object.assign(client, {
      clientSecret: leak,
      secret: leak,
      token: leak,
      password: leak,
      client_secret: leak,
    });
    renderView(<CredentialsView body={body} />);
    expect(document.body.textContent).not.toContain(leak);
    expect(document.body.innerHTML).not.toContain(leak);
    expect(document.body.textContent).not.toMatch(/secret|password|token/i);
    expect(document.body.textContent).toContain('appID:ACME-DEV:geo:dev:clientName:default');
  });

  it('says when Mix listed no clients, and copes with an empty body', () => {
    renderView(<CredentialsView body={{ credentials: [{ id: '1', credential: { appId: 'X' } }] }} />);
    expect(screen.getByText(/No clients listed/)).toBeTruthy();
  });

  it('says when there are no credentials', () => {
    renderView(<CredentialsView body={{}} />);
    expect(screen.getByText('No credentials.')).toBeTruthy();
  });
});

describe('DataHostsView', () => {
  it('lists the hosts with environment and geography names', () => {
    renderView(
      <DataHostsView
        body={dataHostsOf(sample, 'DIALOG_8681_1')}
        environments={environmentsOf('1').environments}
      />,
    );
    const table = screen.getByRole('grid', { name: 'Data hosts' });
    const rows = within(table).getAllByRole('row').slice(1).map(cells);
    expect(rows[0]).toEqual(['backend', 'https://development.app49.example.com/api/v1', 'Development', 'US']);
  });

  it('shows raw ids without environments, and copes with an empty body', () => {
    renderView(
      <DataHostsView body={{ dataHosts: [{ id: '1', environmentId: '87', environmentGeographyId: '5' }] }} />,
    );
    expect(cells(screen.getAllByRole('row')[1] as HTMLElement)).toEqual(['—', '—', '87', '5']);
  });

  it('says when there are no data hosts', () => {
    renderView(<DataHostsView body={undefined} />);
    expect(screen.getByText('No data hosts.')).toBeTruthy();
  });
});
