// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MixDeploymentFlow } from '../../../../common/mix-models';
import {
  DeploymentMatrixView,
  configsUsingBuild,
  configsOfApplications,
  deploymentMatrix,
} from '../../../../renderer/resource-views';
import { buildSummary } from '../../../../renderer/resource-views/deployment-matrix';
import { application, flowsOf } from './fixtures';
import { APPLICATIONS_GET, FLOW } from './recorded-answers';
import { renderView } from './render-view';

const cellsOf = (matrix: ReturnType<typeof deploymentMatrix>, configId: string) => {
  const row = matrix.rows.find((item) => item.configId === configId);
  return Object.fromEntries(
    matrix.columns.map((column) => [column.id, row?.cells.get(column.id)?.status ?? '—']),
  );
};

describe('deploymentMatrix', () => {
  const acme = configsOfApplications([application('49')]);
  const flows = flowsOf('1');

  it('puts environments and geographies in deployment-flow order, flow by flow', () => {
    const matrix = deploymentMatrix(acme, flows);
    expect(
      matrix.columns.map((column) => `${column.step} ${column.environment} ${column.geography}`),
    ).toEqual([
      '1 Development US',
      '2 QA US',
      '3 Staging Production US',
      '4 Production Canada',
      '4 Production Production US',
      '1 Sandbox Sandbox US',
    ]);
    expect(matrix.columns.filter((column) => column.requiresApproval).map((column) => column.id)).toEqual([
      '340',
      '342',
      '343',
    ]);
  });

  it('places each deployment in its cells, steps Mix sent without entries from the flow', () => {
    const matrix = deploymentMatrix(acme, flows);
    expect(cellsOf(matrix, '190')).toEqual({
      '338': 'DEPLOYED',
      '339': 'DEPLOYED',
      '340': 'PENDING_REQUEST',
      '342': 'UNDEPLOYED',
      '343': 'UNDEPLOYED',
      '344': '—',
    });
    const pending = matrix.rows.find((row) => row.configId === '190')?.cells.get('340');
    expect(pending).toEqual({ status: 'PENDING_REQUEST', isOverridden: false, fromFlow: true });
    expect(cellsOf(matrix, '191')['344']).toBe('UNDEPLOYED');
  });

  it('marks an override and names its parent, its project and its flow', () => {
    const matrix = deploymentMatrix(acme, flows);
    const override = matrix.rows.find((row) => row.configId === '192');
    expect(override).toMatchObject({
      parentId: '190',
      applicationName: 'Mix Sample App',
      projectName: 'DemoProject',
      flowName: 'Multi-Stage Pipeline',
    });
    expect(override?.cells.get('338')).toMatchObject({ status: 'DEPLOYED', isOverridden: true });
    expect(matrix.rows.find((row) => row.configId === '191')?.flowName).toBe('Sandbox Only');
  });

  it('reads the recorded answer: a pending deployment with no entries sits in the flow step Mix would take first', () => {
    const matrix = deploymentMatrix(configsOfApplications(APPLICATIONS_GET.applications), [
      FLOW as MixDeploymentFlow,
    ]);
    expect(matrix.rows).toHaveLength(1);
    expect(matrix.rows[0]).toMatchObject({ configId: '58', tag: 'A58', flowName: 'Multi-Stage Pipeline' });
    expect(cellsOf(matrix, '58')).toEqual({ '33': 'PENDING_REQUEST', '39': '—', '340': '—', '342': '—' });
    expect(matrix.rows[0]?.builds).toEqual([]);
  });

  it('keeps a config whose flow Mix did not list: its id, and columns named from its entries', () => {
    const config = { ...application('49').configs?.[0], deploymentFlowId: '999' };
    const matrix = deploymentMatrix(
      [{ application: { id: '49', applicationName: 'Mix Sample App' }, config: config as never }],
      flows,
    );
    expect(matrix.rows[0]).toMatchObject({ flowId: '999', flowName: undefined });
    expect(matrix.columns.map((column) => column.id)).toEqual(['338', '339']);
    expect(matrix.columns[0]?.environment).toBe('Environment not in a known flow');
  });

  it('skips what is not an object, wherever it is', () => {
    const hostile = [
      null,
      'x',
      { id: '7', configs: [null, 3, { id: '8', deployments: [null, { status: 5 }] }] },
    ];
    const matrix = deploymentMatrix(configsOfApplications(hostile), [null as never]);
    expect(matrix.rows.map((row) => row.configId)).toEqual(['8']);
    expect(matrix.columns).toEqual([]);
  });

  it('sums the builds up per locale, the dialog build apart', () => {
    expect(
      buildSummary([
        { engine: 'ASR', locale: 'en-US', version: '3' },
        { engine: 'NLU', locale: 'en-US', version: '6' },
        { engine: 'NLU', locale: 'fr-CA', version: '6' },
        { engine: 'Dialog', version: '2' },
      ]),
    ).toEqual(['en-US: ASR 3 · NLU 6', 'fr-CA: NLU 6', 'Dialog 2']);
  });
});

describe('DeploymentMatrixView', () => {
  it('shows a status per environment column and opens the configuration of a clicked cell', () => {
    const onOpenConfig = vi.fn();
    renderView(
      <DeploymentMatrixView
        sources={configsOfApplications([application('49')])}
        flows={flowsOf('1')}
        showApplication
        onOpenConfig={onOpenConfig}
      />,
    );
    const grid = screen.getByRole('grid', { name: 'Deployments by configuration and environment' });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual([
      'Configuration',
      'Development US · step 1',
      'QA US · step 2',
      'Staging Production US · step 3 · approval',
      'Production Canada · step 4 · approval',
      'Production Production US · step 4 · approval',
      'Sandbox Sandbox US · step 1',
      'Builds',
      'Application',
      'Project',
      'Deployment flow',
    ]);
    const override = within(grid).getByRole('row', { name: /DemoProject #192/ });
    expect(within(override).getByText('Override of #190')).toBeTruthy();
    expect(within(override).getAllByText('Override').length).toBeGreaterThan(0);
    const row = within(grid).getByRole('row', { name: /DemoProject #190/ });
    const cells = within(row).getAllByRole('gridcell');
    expect(cells.map((cell) => cell.textContent).slice(0, 6)).toEqual([
      'Deployed',
      'Deployed',
      'Pending request',
      'Undeployed',
      'Undeployed',
      'Not deployed',
    ]);
    fireEvent.click(cells[2] as HTMLElement);
    expect(onOpenConfig).toHaveBeenCalledWith('49', '190');
  });

  it('shows an unknown deployment flow by its id, with a tooltip that says why', () => {
    const config = { ...application('49').configs?.[0], deploymentFlowId: '999' };
    renderView(
      <DeploymentMatrixView
        sources={[{ application: { id: '49' }, config: config as never }]}
        flows={flowsOf('1')}
        showApplication={false}
        onOpenConfig={() => undefined}
      />,
    );
    const unknown = screen.getByRole('img', { name: 'deployment flow 999 (name unknown)' });
    expect(unknown.textContent).toBe('999');
  });
});

describe('configsUsingBuild', () => {
  it('finds the configs whose builds name the label, with the engine and locales they use it for', () => {
    const sources = configsOfApplications([application('48'), application('49')]);
    const nlu = sources[0]?.config.builds?.nlu?.builds?.[0]?.buildLabel ?? '';
    const rows = configsUsingBuild(sources, nlu);
    expect(rows.map((row) => [row.config.id, row.applicationName, row.where])).toEqual([
      ['180', 'Coffee App', 'NLU en-US, fr-CA'],
      ['181', 'Coffee App', 'NLU en-US, fr-CA'],
    ]);
    expect(configsUsingBuild(sources, 'NLU_0_0')).toEqual([]);
  });
});
