// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '../../../../renderer/format';
import { EnvConfigs, LocksList, ProjectExports, ProjectOverview } from '../../../../renderer/resource-views';
import type { MixEnginePack } from '../../../../common/mix-models';
import {
  ENGINE_PACKS,
  entitiesOf,
  envConfigsOf,
  intentsOf,
  lockOf,
  locks,
  project,
  SANDBOX_FIXTURES,
} from './fixtures';
import { offeredDownloads, renderDownload, renderView } from './render-view';

const { coffee, banking } = SANDBOX_FIXTURES.projects;

describe('ProjectOverview', () => {
  it('shows the project, its channels with modes and colours, and its data packs', () => {
    renderView(<ProjectOverview body={{ project: project(coffee) }} organizationName="demo@mix.example" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Coffee Assistant' })).toBeTruthy();
    expect(screen.getByText('demo@mix.example (14)')).toBeTruthy();
    expect(screen.getByText('Engine pack').nextSibling?.textContent).toBe(
      'e8166c40-26ab-4d5f-a73f-a092041f4603',
    );

    const channels = screen.getByRole('grid', { name: 'Channels' });
    const omni = within(channels).getByRole('row', { name: /Omni Channel VA/ });
    expect(within(omni).getByText('Purple')).toBeTruthy();
    expect(within(omni).getByText('Rich text')).toBeTruthy();
    expect(within(omni).getByText('Active')).toBeTruthy();
    const swatch = omni.querySelector<HTMLElement>('.view-swatch');
    expect(swatch?.style.background).not.toBe('');
    const web = within(channels).getByRole('row', { name: /Web chat/ });
    expect(within(web).getByText('Inactive')).toBeTruthy();
    expect(within(web).getByText('Light orange')).toBeTruthy();

    const datapacks = screen.getByRole('grid', { name: 'Data packs' });
    expect(within(datapacks).getByRole('row', { name: /en-US/ }).textContent).toContain('4.8.0');
    expect(within(datapacks).getByRole('row', { name: /fr-CA/ }).textContent).toContain('4.6.0');
  });

  it("names its engine pack from the organization's packs, and shows an unknown one by its id with why", () => {
    renderView(
      <ProjectOverview body={{ project: project(coffee) }} enginePacks={ENGINE_PACKS as MixEnginePack[]} />,
    );
    expect(screen.getByText('Engine pack').nextSibling?.textContent).toBe('Engine pack 4.2.0 (default)');
  });

  it('shows an engine pack Mix did not list by its id, named as unknown', () => {
    renderView(<ProjectOverview body={{ project: project(coffee) }} enginePacks={[]} />);
    const unknown = screen.getByRole('img', {
      name: 'engine pack e8166c40-26ab-4d5f-a73f-a092041f4603 (name unknown)',
    });
    expect(unknown.textContent).toBe('e8166c40-26ab-4d5f-a73f-a092041f4603');
  });

  it('gives different colours to different Mix colour names', () => {
    renderView(<ProjectOverview body={{ project: project(coffee) }} />);
    const colours = [...document.querySelectorAll<HTMLElement>('.view-swatch')].map(
      (s) => s.style.background,
    );
    expect(new Set(colours).size).toBe(3);
  });

  it('shows who holds the lock and why', () => {
    const lock = lockOf(banking);
    renderView(<ProjectOverview body={{ project: project(banking) }} lock={lock} />);
    const note = screen.getByRole('note', { name: 'Project lock' });
    expect(note.textContent).toContain('Locked by Alice (alice@company.example)');
    expect(note.textContent).toContain('Reworking the transfer dialog, back on Monday.');
    expect(note.querySelector('time')?.getAttribute('dateTime')).toBe('2024-05-30T17:50:00Z');
  });

  it('shows no lock badge for an unlocked project', () => {
    renderView(<ProjectOverview body={{ project: project(coffee) }} />);
    expect(screen.queryByRole('note', { name: 'Project lock' })).toBeNull();
  });

  it('shows dates the one way, with how long ago in the tooltip, and keeps the exact value', () => {
    renderView(<ProjectOverview body={{ project: project(coffee) }} />);
    const created = document.querySelector('time[datetime="2024-03-25T12:32:07.247Z"]');
    expect(created?.textContent).toBe(formatDateTime('2024-03-25T12:32:07.247Z'));
    expect(created?.textContent).toMatch(/^2024-03-2\d \d\d:\d\d$/);
    expect(created?.getAttribute('title')).toMatch(/ago · 2024-03-25T12:32:07.247Z$/);
  });

  it.each([
    ['no body', undefined],
    ['an empty body', {}],
    ['a project with only an id', { project: { id: '77' } }],
  ])('copes with %s', (_, body) => {
    renderView(<ProjectOverview body={body} lock={{ lockId: '1' }} />);
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.getByText('No channels.')).toBeTruthy();
    expect(screen.getByText('No data packs.')).toBeTruthy();
    expect(screen.getAllByText('—').length).toBeGreaterThan(0);
    expect(screen.getByRole('note', { name: 'Project lock' }).textContent).toContain('Locked by someone');
  });
});

describe('LocksList', () => {
  it('lists every lock with owner, notes and project, and opens the project', () => {
    const onOpenProject = vi.fn();
    renderView(
      <LocksList
        body={{ locks: locks() }}
        projectNames={{ '1923': 'Banking IVR' }}
        onOpenProject={onOpenProject}
      />,
    );
    const table = screen.getByRole('grid', { name: 'Project locks' });
    const banking = within(table).getByRole('row', { name: /Banking IVR/ });
    expect(banking.textContent).toContain('Alice (alice@company.example)');
    expect(banking.textContent).toContain('Reworking the transfer dialog');
    expect(within(table).getByRole('row', { name: /8681/ }).textContent).toContain(
      'Demo User (demo@mix.example)',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open project 8681' }));
    expect(onOpenProject).toHaveBeenCalledWith('8681');
  });

  it('says when nothing is locked', () => {
    renderView(<LocksList body={{}} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Project locks' })).toBeTruthy();
    expect(screen.getByText('No project is locked.')).toBeTruthy();
  });
});

describe('EnvConfigs', () => {
  it('shows project defaults and the values per environment and geography', () => {
    renderView(<EnvConfigs body={envConfigsOf(coffee)} />);
    const defaults = screen.getByRole('grid', { name: 'Project defaults' });
    expect(within(defaults).getByRole('row', { name: /TTS_VOICE/ }).textContent).toContain('Evan');
    const values = screen.getByRole('grid', { name: 'Environment values' });
    const row = within(values).getByRole('row', { name: /Sandbox/ });
    expect(row.textContent).toContain('Sandbox US');
    expect(row.textContent).toContain('https://sandbox.grammars.example.com/');
  });

  it('shows a geography without values of its own as using the defaults', () => {
    renderView(
      <EnvConfigs
        body={{ environments: [{ id: '1', name: 'Dev', environmentGeographies: [{ id: '2', name: 'US' }] }] }}
      />,
    );
    expect(screen.getByText('No project defaults.')).toBeTruthy();
    expect(
      within(screen.getByRole('grid', { name: 'Environment values' })).getByText('Project defaults'),
    ).toBeTruthy();
  });

  it('copes with an empty body', () => {
    renderView(<EnvConfigs body={{}} />);
    expect(screen.getByText('No environment-specific values.')).toBeTruthy();
  });
});

describe('ProjectExports', () => {
  it('offers the package, the metadata and the ontology for the chosen locale', () => {
    renderView(<ProjectExports project={project(coffee)} renderDownload={renderDownload} />);
    const offered = offeredDownloads();
    expect(offered.slice(0, 3)).toEqual([
      {
        endpoint: 'projects.export',
        params: { projectId: coffee },
        label: 'Project package',
        projectName: 'Coffee Assistant',
      },
      {
        endpoint: 'projects.exportMetadata',
        params: { projectId: coffee },
        label: 'Project metadata',
        projectName: 'Coffee Assistant',
      },
      {
        endpoint: 'ontology.export',
        params: { projectId: coffee, locales: ['en-US'] },
        label: 'Ontology en-US',
        projectName: 'Coffee Assistant',
      },
    ]);
  });

  it('offers samples per intent and literals per list entity, grammars per rule-based entity', () => {
    renderView(
      <ProjectExports
        project={project(coffee)}
        intents={intentsOf(coffee)}
        entities={entitiesOf(coffee)}
        renderDownload={renderDownload}
      />,
    );
    const offered = offeredDownloads();
    const samples = offered.filter((t) => t.endpoint === 'samples.export').map((t) => t.params);
    expect(samples).toEqual(
      ['ORDER_COFFEE', 'ORDER_PASTRY', 'CHECK_ORDER_STATUS', 'NO_INTENT'].map((intentName) => ({
        projectId: coffee,
        intentName,
        locales: ['en-US'],
      })),
    );
    const literals = offered
      .filter((t) => t.endpoint === 'literals.export')
      .map((t) => t.params['entityName']);
    expect(literals).toEqual(['DrinkSize', 'DrinkType']);
    const grammars = offered.filter((t) => t.endpoint === 'grammars.export').map((t) => t.params);
    expect(grammars).toEqual([{ projectId: coffee, entityName: 'COFFEE_SHOP_LOCATION' }]);
  });

  it('changes every locale-bound download when another locale, or all, is picked', () => {
    renderView(
      <ProjectExports
        project={project(coffee)}
        intents={intentsOf(coffee)}
        renderDownload={renderDownload}
      />,
    );
    const picker = screen.getByRole('combobox', { name: 'Locale' });
    fireEvent.change(picker, { target: { value: 'fr-CA' } });
    let offered = offeredDownloads();
    expect(offered.find((t) => t.endpoint === 'ontology.export')?.params).toEqual({
      projectId: coffee,
      locales: ['fr-CA'],
    });
    expect(offered.find((t) => t.endpoint === 'samples.export')?.params['locales']).toEqual(['fr-CA']);
    fireEvent.change(picker, { target: { value: '*' } });
    offered = offeredDownloads();
    expect(offered.find((t) => t.endpoint === 'ontology.export')?.params['locales']).toEqual([
      'en-US',
      'fr-CA',
    ]);
  });

  it('offers only the package and metadata when the project has no locale', () => {
    renderView(
      <ProjectExports project={{ id: '5' }} intents={[{ name: 'A' }]} renderDownload={renderDownload} />,
    );
    expect(offeredDownloads().map((t) => t.endpoint)).toEqual(['projects.export', 'projects.exportMetadata']);
    expect(screen.getByText('The project has no locale.')).toBeTruthy();
  });

  it('offers nothing without a project id', () => {
    renderView(<ProjectExports project={undefined} renderDownload={renderDownload} />);
    expect(offeredDownloads()).toEqual([]);
    expect(screen.getByText('No project to export.')).toBeTruthy();
  });
});
