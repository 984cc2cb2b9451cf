// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { BuildDetail, BuildsPanel, LatestBuilds } from '../../../../renderer/resource-views';
import { buildOf, buildsOf, latestBuildsOf, SANDBOX_FIXTURES } from './fixtures';
import { offeredDownloads, renderDownload, renderView } from './render-view';

const { coffee, emptyDraft } = SANDBOX_FIXTURES.projects;
const { nluFailed, nluCompleted, dialogFailed } = SANDBOX_FIXTURES.builds;

describe('BuildsPanel', () => {
  it('lists builds with status badges in words, and a failed build with its errors', () => {
    renderView(<BuildsPanel type="NLU" body={{ projectId: coffee, builds: buildsOf(coffee, 'NLU') }} />);
    expect(screen.getByRole('heading', { level: 2, name: 'NLU builds' })).toBeTruthy();
    const table = screen.getByRole('grid', { name: 'NLU builds' });
    const failed = within(table).getByRole('row', { name: new RegExp(nluFailed) });
    expect(within(failed).getByText('Failed').className).toContain('view-badge-danger');
    expect(within(failed).getByRole('list', { name: `Errors of ${nluFailed}` }).textContent).toContain(
      'Intent ORDER_PASTRY has no samples in locale fr-CA.',
    );
    const completed = within(table).getByRole('row', { name: new RegExp(nluCompleted) });
    expect(within(completed).getByText('Completed').className).toContain('view-badge-ok');
    expect(completed.textContent).toContain('ACCURATE');
    expect(completed.textContent).toContain('en-US 4.8.0');
    expect(within(completed).queryByRole('list')).toBeNull();
  });

  it('shows running and pending builds in amber with their words', () => {
    renderView(
      <BuildsPanel
        type="ASR"
        body={{
          builds: [
            { buildLabel: 'ASR_1_9', status: 'BST_RUNNING' },
            { buildLabel: 'ASR_1_10', status: 'BST_PENDING' },
          ],
        }}
      />,
    );
    expect(screen.getByText('Running').className).toContain('view-badge-warn');
    expect(screen.getByText('Pending').className).toContain('view-badge-warn');
  });

  it('opens a build by its label and offers builds.export only for completed builds', () => {
    const onOpenBuild = vi.fn();
    renderView(
      <BuildsPanel
        type="DIALOG"
        body={{ builds: buildsOf(coffee, 'DIALOG') }}
        onOpenBuild={onOpenBuild}
        renderDownload={renderDownload}
        projectName="Coffee Assistant"
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open build DIALOG_1922_2' }));
    expect(onOpenBuild).toHaveBeenCalledWith('DIALOG_1922_2');
    // Newest first, each download in its build's row (the row's actions menu in the app).
    expect(offeredDownloads()).toEqual([
      {
        endpoint: 'builds.export',
        params: { buildLabel: 'DIALOG_1922_2' },
        label: 'Build DIALOG_1922_2',
        projectName: 'Coffee Assistant',
      },
      {
        endpoint: 'builds.export',
        params: { buildLabel: 'DIALOG_1922_1' },
        label: 'Build DIALOG_1922_1',
        projectName: 'Coffee Assistant',
      },
    ]);
    for (const button of screen.getAllByRole('button', { name: /^Download Build/ })) {
      expect(button.dataset['placement']).toBe('row');
    }
    expect(screen.getByRole('row', { name: new RegExp(dialogFailed) }).textContent).toContain(
      'Node "Transfer" has no exit.',
    );
  });

  it('switches engine through the callback and marks the current one', () => {
    const onTypeChange = vi.fn();
    renderView(<BuildsPanel type="ASR" body={{ builds: [] }} onTypeChange={onTypeChange} />);
    expect(screen.getByRole('button', { name: 'ASR' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Dialog' }).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Dialog' }));
    expect(onTypeChange).toHaveBeenCalledWith('DIALOG');
    expect(screen.getByText('No ASR builds.')).toBeTruthy();
  });

  it('shows "—" for the fields Mix left out', () => {
    renderView(
      <BuildsPanel
        type="NLU"
        body={{ builds: [{ buildLabel: 'NLU_1_1' }] }}
        renderDownload={renderDownload}
      />,
    );
    const row = screen.getByRole('row', { name: /NLU_1_1/ });
    expect(within(row).getAllByText('—').length).toBeGreaterThanOrEqual(5);
    expect(offeredDownloads()).toEqual([]);
  });
});

describe('LatestBuilds', () => {
  it('lists the latest build of each engine per locale and offers each build once', () => {
    const onOpenBuild = vi.fn();
    renderView(
      <LatestBuilds
        body={latestBuildsOf(coffee)}
        onOpenBuild={onOpenBuild}
        renderDownload={renderDownload}
      />,
    );
    const table = screen.getByRole('grid', { name: 'Latest builds' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    expect(
      within(table)
        .getAllByRole('row', { name: /ASR/ })
        .map((r) => r.textContent),
    ).toEqual([expect.stringContaining('en-US'), expect.stringContaining('fr-CA')]);
    expect(offeredDownloads().map((t) => t.params['buildLabel'])).toEqual([
      'ASR_1922_2',
      'NLU_1922_6',
      'DIALOG_1922_2',
    ]);
    fireEvent.click(within(rows[4] as HTMLElement).getByRole('button', { name: 'Open build DIALOG_1922_2' }));
    expect(onOpenBuild).toHaveBeenCalledWith('DIALOG_1922_2');
  });

  it.each([
    ['{"models":{}}', { models: {} }],
    ['{}', {}],
    ['no body', undefined],
    ['a project without builds', latestBuildsOf(emptyDraft)],
  ])('says there are no builds for %s', (_, body) => {
    renderView(<LatestBuilds body={body} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Latest builds' })).toBeTruthy();
    expect(screen.getByText('No builds yet.')).toBeTruthy();
  });
});

describe('BuildDetail', () => {
  it('shows a failed build with its errors and no download', () => {
    renderView(<BuildDetail body={buildOf(nluFailed)} renderDownload={renderDownload} />);
    expect(screen.getByRole('heading', { level: 1, name: nluFailed })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Build errors' }).textContent).toContain(
      'Intent ORDER_PASTRY has no samples in locale fr-CA.',
    );
    expect(screen.getByText('Failed')).toBeTruthy();
    expect(offeredDownloads()).toEqual([]);
  });

  it('shows a completed build with its dynamic entities, data sources and download', () => {
    const onOpenProject = vi.fn();
    renderView(
      <BuildDetail
        body={buildOf(nluCompleted)}
        renderDownload={renderDownload}
        onOpenProject={onOpenProject}
      />,
    );
    expect(screen.getByRole('grid', { name: 'Dynamic entities' }).textContent).toContain('DrinkType');
    expect(screen.getByRole('list', { name: 'Data sources' }).textContent).toContain('nuance_custom_data');
    expect(screen.queryByRole('list', { name: 'Build errors' })).toBeNull();
    expect(offeredDownloads()).toEqual([
      { endpoint: 'builds.export', params: { buildLabel: nluCompleted }, label: `Build ${nluCompleted}` },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Open project 1922' }));
    expect(onOpenProject).toHaveBeenCalledWith('1922');
  });

  it('copes with an empty build', () => {
    renderView(<BuildDetail body={{} as never} renderDownload={renderDownload} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Build' })).toBeTruthy();
    expect(screen.getByText('No dynamic entities.')).toBeTruthy();
    expect(offeredDownloads()).toEqual([]);
  });
});
