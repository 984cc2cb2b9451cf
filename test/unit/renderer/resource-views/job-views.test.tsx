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
    ['no body', undefined, 'Mix returned no report for this job.'],
    ['a job without report', { id: 'j' }, 'Mix returned no report for this job.'],
    ['an empty report', { id: 'j', report: {} }, 'Mix returned an empty report for this job.'],
    [
      'a failed job without report',
      { id: 'j', status: 'FAILED' },
      'The job failed, and Mix returned no report for it: Mix gave no error message.',
    ],
  ])('says plainly what Mix returned for %s', (_, body, text) => {
    renderView(<JobDetail body={body as never} />);
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.getByText(text)).toBeTruthy();
    expect(screen.queryByText('No report.')).toBeNull();
  });

  it('never says just "No report." for the failed job of the sandbox (Mix sent no report for it)', () => {
    renderView(<JobDetail body={jobOf(coffee, '9e2f4a6b-8c0d-4e1f-a3b5-c7d9e1f3a5b7', AFTER_JOBS)} />);
    expect(screen.getByText(/^The job failed, and Mix returned no report for it/)).toBeTruthy();
    expect(document.body.textContent).not.toContain('No report.');
  });

  it('shows a report it cannot lay out as Mix sent it, and a job-level error list', () => {
    renderView(
      <JobDetail
        body={
          {
            id: 'j',
            status: 'FAILED',
            report: { summary: 'Datapack 4.9.0 is not available for fr-CA.' },
            errors: { errors: [{ message: 'Update failed.', code: '9' }] },
          } as never
        }
      />,
    );
    expect(screen.getByLabelText('Report as Mix returned it').textContent).toContain(
      'Datapack 4.9.0 is not available for fr-CA.',
    );
    expect(screen.getByRole('list', { name: 'Errors of the job' }).textContent).toContain('Update failed.');
  });
});
