// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  DataTypesView,
  DeploymentFlowView,
  EnginePacksMatrix,
  EntityTypesView,
  EnvironmentsView,
  GeographiesView,
  LanguageTopicsView,
  OrganizationOverview,
  VersionView,
  VoicesView,
  type MixEnginePacksBody,
} from '../../../../renderer/resource-views';
import {
  DATA_TYPES,
  ENGINE_PACKS,
  ENTITY_TYPES,
  environmentsOf,
  flowsOf,
  GEOGRAPHIES,
  LANGUAGE_TOPICS,
  VOICES,
} from './fixtures';
import { renderView } from './render-view';

describe('DeploymentFlowView', () => {
  it('shows the steps of each flow in step order, left to right, with approvals and geographies', () => {
    const flows = flowsOf('1');
    const pipeline = flows[0];
    // Mix may list steps out of order: the view orders them by step number.
    if (pipeline?.steps) pipeline.steps.reverse();
    renderView(<DeploymentFlowView body={{ flows }} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Multi-Stage Pipeline #263',
      'Sandbox Only #264',
    ]);
    const steps = within(screen.getByRole('list', { name: 'Steps of Multi-Stage Pipeline' })).getAllByRole(
      'listitem',
      {
        name: /^Step/,
      },
    );
    expect(steps.map((step) => step.getAttribute('aria-label'))).toEqual([
      'Step 1',
      'Step 2',
      'Step 3',
      'Step 4',
    ]);
    expect(within(steps[0] as HTMLElement).getByText('No approval')).toBeTruthy();
    expect(within(steps[2] as HTMLElement).getByText('Requires approval')).toBeTruthy();
    const production = steps[3] as HTMLElement;
    expect(production.textContent).toContain('Production');
    expect(
      within(production)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Canada Production api.nuance.com', 'Production US Production api.nuance.com']);
  });

  it('copes with flows without steps and with no flows', () => {
    const { rerender } = renderView(<DeploymentFlowView body={{ flows: [{ id: '1' }] }} />);
    expect(screen.getByText('No steps.')).toBeTruthy();
    rerender(<DeploymentFlowView body={{}} />);
    expect(screen.getByText('No deployment flows.')).toBeTruthy();
  });
});

describe('EnvironmentsView', () => {
  it('lists each environment geography with its type and host', () => {
    renderView(<EnvironmentsView body={environmentsOf('3')} />);
    const rows = within(screen.getByRole('grid', { name: 'Environments' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((row) => [...row.children].slice(0, 4).map((c) => c.textContent))).toEqual([
      ['Sandbox', 'Azure East US', 'Sandbox', 'api.nuance.com'],
      ['Production', 'UK', 'Production', 'api.nuance.co.uk'],
    ]);
  });

  it('says when there are none', () => {
    renderView(<EnvironmentsView body={undefined} />);
    expect(screen.getByText('No environments.')).toBeTruthy();
  });
});

describe('EnginePacksMatrix', () => {
  it('marks the default pack and shows topics × locales × versions with support, whatever form topics take', () => {
    // The sandbox serves 4.2.0 in the recorded form (keyed by topic), 3.11.0 as a list, 4.3.0 with no topics.
    renderView(<EnginePacksMatrix body={{ enginePacks: ENGINE_PACKS } as MixEnginePacksBody} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Engine pack 4.2.0 Default',
      'Engine pack 3.11.0',
      'Engine pack 4.3.0-preview',
    ]);
    const older = screen.getByRole('grid', { name: 'Data packs of Engine pack 3.11.0' });
    const versions = within(older).getByRole('list', { name: 'Versions for gen en-US' });
    expect(
      within(versions)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['4.7.0 not supported', '4.8.0 supported']);
    expect(
      within(older)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.children[0]?.textContent),
    ).toEqual(['banking', 'gen', 'gen', 'gen', 'gen', 'telco', 'telco']);
  });

  it('copes with packs without topics, and with no packs', () => {
    const { rerender } = renderView(<EnginePacksMatrix body={{ enginePacks: [{ enginePackId: 'p' }] }} />);
    expect(screen.getByText('No data packs.')).toBeTruthy();
    rerender(<EnginePacksMatrix body={{}} />);
    expect(screen.getByText('No engine packs.')).toBeTruthy();
  });
});

describe('LanguageTopicsView', () => {
  it('lists topics per locale with their versions', () => {
    renderView(<LanguageTopicsView body={{ languageTopics: [...LANGUAGE_TOPICS] }} />);
    const row = screen.getByRole('row', { name: /banking/ });
    expect(row.textContent).toContain('en-US');
    expect(
      within(row)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['2.1.0', '2.2.0']);
  });

  it('says when there are none', () => {
    renderView(<LanguageTopicsView body={{}} />);
    expect(screen.getByText('No language topics.')).toBeTruthy();
  });
});

describe('VoicesView', () => {
  it('shows voices with sample rates and styles, marks restricted ones in words, and filters by locale', () => {
    renderView(<VoicesView body={{ voices: [...VOICES] }} />);
    const serena = screen.getByRole('row', { name: /Serena/ });
    expect(within(serena).getByText('Restricted')).toBeTruthy();
    const ava = screen.getByRole('row', { name: /Ava-Ml/ });
    expect(ava.textContent).toContain('8 kHz, 22.05 kHz');
    expect(ava.textContent).toContain('Female');
    expect(within(ava).queryByText('Restricted')).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: 'Locale' }), { target: { value: 'en-US' } });
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent?.trim())).toEqual(['Ava-Ml', 'Evan']);
  });

  it('says when there are none', () => {
    renderView(<VoicesView body={{ voices: [] }} />);
    expect(screen.getByText('No voices.')).toBeTruthy();
  });
});

describe('platform lists', () => {
  it('lists geographies', () => {
    renderView(<GeographiesView body={{ geographies: [...GEOGRAPHIES] }} />);
    expect(screen.getAllByRole('rowheader')).toHaveLength(GEOGRAPHIES.length);
    expect(screen.getByRole('row', { name: /Canada/ }).textContent).toContain('16');
  });

  it('lists data types with their schema and compatible entity types, the default marked', () => {
    renderView(<DataTypesView body={{ dataTypes: [...DATA_TYPES] }} />);
    const date = screen.getByRole('row', { name: /^DATE/ });
    expect(date.textContent).toContain('string');
    expect(date.textContent).toContain('A calendar date.');
    expect(
      within(date)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Relational (default)', 'Rule based']);
  });

  it('lists entity types with their description and data types', () => {
    renderView(<EntityTypesView body={{ entityTypes: [...ENTITY_TYPES] }} />);
    const regex = screen.getByRole('row', { name: /Regex/ });
    expect(regex.textContent).toContain('Values matched by a regular expression.');
    expect(
      within(regex)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['ALPHANUM', 'DIGITS', 'NUMBER', 'NOT_SET']);
  });

  it('shows the Mix version, and dashes when Mix sent none', () => {
    const { rerender } = renderView(
      <VersionView body={{ mixVersion: '4.2.0', apiVersion: 'v4', mixEnvironment: 'us' }} />,
    );
    expect(screen.getByText('4.2.0')).toBeTruthy();
    expect(screen.queryByText('Mix.api server')).toBeNull();
    rerender(<VersionView body={{}} />);
    expect(screen.getAllByText('—')).toHaveLength(3);
  });

  it.each([
    ['geographies', () => <GeographiesView body={{}} />, 'No geographies.'],
    ['data types', () => <DataTypesView body={{}} />, 'No data types.'],
    ['entity types', () => <EntityTypesView body={{}} />, 'No entity types.'],
  ])('says when there are no %s', (_, view, text) => {
    renderView(view());
    expect(screen.getByText(text)).toBeTruthy();
  });
});

describe('OrganizationOverview', () => {
  it('shows the counts it is given, "—" for the others, and opens a section', () => {
    const onOpenSection = vi.fn();
    renderView(
      <OrganizationOverview
        organization={{
          id: '1',
          displayName: 'Nuance Sandbox Corp',
          type: 'STANDARD',
          members: [{ id: '2', name: 'Alice', email: 'alice@company.example' }],
        }}
        counts={{ projects: 2, applications: 0 }}
        onOpenSection={onOpenSection}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Nuance Sandbox Corp' })).toBeTruthy();
    expect(screen.getByText('Standard')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open 2 Projects' }));
    expect(onOpenSection).toHaveBeenCalledWith('projects');
    expect(screen.getByRole('button', { name: 'Open 0 Applications' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open Voices' })).toBeTruthy();
    expect(screen.getByRole('grid', { name: 'Members' }).textContent).toContain('alice@company.example');
  });

  it('shows no members section unless Mix listed members, and copes with nothing', () => {
    const { rerender } = renderView(<OrganizationOverview organization={{ id: '14' }} />);
    expect(screen.queryByRole('heading', { name: 'Members' })).toBeNull();
    rerender(<OrganizationOverview organization={{ id: '14', members: [] }} />);
    expect(screen.getByText('No members listed.')).toBeTruthy();
    rerender(<OrganizationOverview organization={undefined} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Organization' })).toBeTruthy();
  });
});
