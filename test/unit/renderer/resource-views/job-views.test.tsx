// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { JobDetail, JobsList } from '../../../../renderer/resource-views';
import { AFTER_JOBS, jobOf, jobsOf, SANDBOX_FIXTURES, world } from './fixtures';
import { renderView } from './render-view';

const { coffee } = SANDBOX_FIXTURES.projects;
const { runningJobId, partiallyCompletedJobId } = SANDBOX_FIXTURES;

describe('JobsList', () => {
  it('lists jobs with type, status, times and duration', () => {
    renderView(<JobsList body={{ jobs: jobsOf(coffee, AFTER_JOBS) }} />);
    const table = screen.getByRole('grid', { name: 'Jobs' });
    const partial = within(table).getByRole('row', { name: new RegExp(partiallyCompletedJobId) });
    expect(partial.textContent).toContain('Build models');
    expect(within(partial).getByText('Partially completed').className).toContain('view-badge-warn');
    expect(partial.textContent).toContain('52 s');
    expect(within(table).getByText('Failed').className).toContain('view-badge-danger');
    expect(within(table).getByRole('row', { name: /Update datapack/ })).toBeTruthy();
  });

  it('shows a running job with a spinner, and "Watching…" only while the framework watches', () => {
    const running = { jobs: jobsOf(coffee, world.startedAt) };
    const { rerender } = renderView(<JobsList body={running} />);
    const row = () => screen.getByRole('row', { name: new RegExp(runningJobId) });
    expect(within(row()).getByText('Running').querySelector('.spinner')).toBeTruthy();
    expect(row().textContent).not.toContain('Watching…');
    rerender(<JobsList body={running} watching />);
    expect(row().textContent).toContain('Watching…');
    expect(screen.getAllByText(/Watching…/)).toHaveLength(1);
  });

  it('opens a job by its id', () => {
    const onOpenJob = vi.fn();
    renderView(<JobsList body={{ jobs: jobsOf(coffee, AFTER_JOBS) }} onOpenJob={onOpenJob} />);
    fireEvent.click(screen.getByRole('button', { name: `Open job Build models ${partiallyCompletedJobId}` }));
    expect(onOpenJob).toHaveBeenCalledWith(partiallyCompletedJobId);
  });

  it('copes with missing fields and an empty body', () => {
    renderView(<JobsList body={{ jobs: [{ id: 'j1' }] }} />);
    expect(screen.getByRole('row', { name: /—/ }).textContent).toContain('j1');
  });

  it('says when there are no jobs', () => {
    renderView(<JobsList body={{}} />);
    expect(screen.getByText('No jobs.')).toBeTruthy();
  });
});

describe('JobDetail', () => {
  it('lists the report per engine and locale, with a failed locale and its errors', () => {
    const onOpenBuild = vi.fn();
    renderView(
      <JobDetail body={jobOf(coffee, partiallyCompletedJobId, AFTER_JOBS)} onOpenBuild={onOpenBuild} />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Job Build models' })).toBeTruthy();
    const report = screen.getByRole('grid', { name: 'Job report' });
    const rows = within(report).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['ASR', 'NLU']);
    const [asr, nlu] = rows as [HTMLElement, HTMLElement];
    expect(within(asr).getByText('Completed')).toBeTruthy();
    expect(asr.textContent).toContain('en-US');
    fireEvent.click(within(asr).getByRole('button', { name: 'Open build ASR_1922_2' }));
    expect(onOpenBuild).toHaveBeenCalledWith('ASR_1922_2');
    expect(within(nlu).getByText('Failed')).toBeTruthy();
    expect(within(nlu).getByRole('list', { name: 'Errors of NLU en-US' }).textContent).toContain(
      'Intent ORDER_PASTRY has no samples in locale fr-CA.',
    );
  });

  it('shows every locale of a finished build job', () => {
    renderView(<JobDetail body={jobOf(coffee, runningJobId, AFTER_JOBS)} />);
    const rows = within(screen.getByRole('grid', { name: 'Job report' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((row) => [...row.children].slice(0, 2).map((cell) => cell.textContent))).toEqual([
      ['ASR', 'en-US'],
      ['ASR', 'fr-CA'],
      ['NLU', 'en-US'],
      ['NLU', 'fr-CA'],
      ['Dialog', 'en-US'],
    ]);
    expect(screen.getAllByText('Completed')).toHaveLength(6);
  });

  it('shows a running job watched, with running report entries', () => {
    renderView(<JobDetail body={jobOf(coffee, runningJobId, world.startedAt)} watching />);
    expect(screen.getByRole('banner').textContent).toContain('Watching…');
    expect(within(screen.getByRole('grid', { name: 'Job report' })).getAllByText('Running')).toHaveLength(5);
  });

  it('names report kinds Mix may add later', () => {
    renderView(
      <JobDetail
        body={{
          id: 'x',
          report: { ttsBuildReports: { reports: [{ locale: 'en-US', status: 'COMPLETED' }] } },
        }}
      />,
    );
    expect(screen.getByRole('rowheader').textContent).toBe('TTS build');
  });

  it.each([
    ['no body', undefined],
    ['a job without report', { id: 'j' }],
    ['an empty report', { id: 'j', report: {} }],
  ])('says there is no report for %s', (_, body) => {
    renderView(<JobDetail body={body} />);
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.getByText('No report.')).toBeTruthy();
  });
});
