// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  CompareBuilds,
  CompareConfigs,
  configsOfApplications,
  deploymentMatrix,
} from '../../../../renderer/resource-views';
import { buildFacts, compareFacts, configFacts } from '../../../../renderer/resource-views/compare';
import { application, buildOf, flowsOf } from './fixtures';
import { renderView } from './render-view';

describe('compareFacts', () => {
  it('lines up every field either side has and marks the ones that differ', () => {
    expect(
      compareFacts(
        [
          ['A', '1'],
          ['B', '2'],
        ],
        [
          ['B', '3'],
          ['C', '4'],
        ],
      ),
    ).toEqual([
      { field: 'A', left: '1', right: '—', differs: true },
      { field: 'B', left: '2', right: '3', differs: true },
      { field: 'C', left: '—', right: '4', differs: true },
    ]);
    expect(compareFacts([['A', '1']], [['A', '1']])).toEqual([
      { field: 'A', left: '1', right: '1', differs: false },
    ]);
  });

  it('compares two builds by metadata, errors, notes, data pack and model type', () => {
    const rows = compareFacts(buildFacts(buildOf('NLU_1922_4')), buildFacts(buildOf('NLU_1922_6')));
    const differing = rows.filter((row) => row.differs).map((row) => row.field);
    expect(differing).toEqual(expect.arrayContaining(['Version', 'Status', 'Errors', 'Data pack']));
    expect(rows.find((row) => row.field === 'Errors')?.left).toBe(
      'Intent ORDER_PASTRY has no samples in locale fr-CA.',
    );
    expect(rows.find((row) => row.field === 'Language topic')?.differs).toBe(false);
    expect(buildFacts(null as never).every(([, value]) => typeof value === 'string')).toBe(true);
  });

  it('compares two configs by builds per engine and locale, data hosts and status per environment', () => {
    const sources = configsOfApplications([application('49')]);
    const matrix = deploymentMatrix(sources, flowsOf('1'));
    const facts = (id: string, hosts?: { alias: string; environmentGeographyId: string; value: string }[]) =>
      configFacts(
        sources.find(({ config }) => config.id === id)?.config,
        matrix.rows.find((row) => row.configId === id),
        matrix.columns,
        hosts as never,
      );
    const rows = compareFacts(
      facts('190', [{ alias: 'backend', environmentGeographyId: '338', value: 'https://a.example' }]),
      facts('192', [{ alias: 'backend', environmentGeographyId: '338', value: 'https://b.example' }]),
    );
    const row = (field: string) => rows.find((item) => item.field === field);
    expect(row('Overrides')).toMatchObject({ left: 'None', right: '#190', differs: true });
    expect(row('QA US')).toMatchObject({ left: 'Deployed', right: 'Pending request', differs: true });
    expect(row('Development US')).toMatchObject({
      left: 'Deployed',
      right: 'Deployed (override)',
      differs: true,
    });
    expect(row('Data host backend, Development US')).toMatchObject({ differs: true });
    expect(rows.some((item) => item.field.startsWith('NLU build, en-US'))).toBe(true);
  });
});

describe('CompareBuilds and CompareConfigs', () => {
  it('compares the first two builds, marks the differences, and lets either side be chosen', () => {
    renderView(
      <CompareBuilds builds={[buildOf('NLU_1922_4'), buildOf('NLU_1922_6'), buildOf('NLU_1922_5')]} />,
    );
    const table = screen.getByRole('grid', { name: 'Build comparison' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Field', 'NLU_1922_4', 'NLU_1922_6', 'Same?']);
    expect(within(table).getByRole('row', { name: /^Errors / }).textContent).toContain('Differs');
    expect(table.querySelectorAll('mark.compare-diff').length).toBeGreaterThan(0);
    fireEvent.change(screen.getByLabelText('Second build'), { target: { value: 'NLU_1922_5' } });
    expect(
      within(screen.getByRole('grid', { name: 'Build comparison' })).getAllByRole('columnheader')[2]
        ?.textContent,
    ).toBe('NLU_1922_5');
  });

  it('says when there is nothing to compare', () => {
    renderView(<CompareBuilds builds={[buildOf('NLU_1922_4')]} />);
    expect(screen.getByText('Two builds of this type are needed to compare.')).toBeTruthy();
  });

  it('compares two configs of an application', () => {
    const sources = configsOfApplications([application('49')]);
    renderView(
      <CompareConfigs
        configs={sources.map(({ config }) => config)}
        matrix={deploymentMatrix(sources, flowsOf('1'))}
        dataHostsOf={() => undefined}
      />,
    );
    const table = screen.getByRole('grid', { name: 'Configuration comparison' });
    expect(within(table).getByRole('row', { name: /^Deployment flow / }).textContent).toContain(
      'Sandbox Only',
    );
    expect(screen.getByRole('status').textContent).toMatch(/^\d+ of \d+ fields differ\.$/);
  });
});
