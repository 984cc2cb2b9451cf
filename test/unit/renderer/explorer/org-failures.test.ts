import { describe, expect, it } from 'vitest';
import type { CachedAnswer } from '../../../../renderer/explorer/palette-model';
import type { MixProject } from '../../../../common/mix-models';
import {
  failureWords,
  orgFailures,
  orgProjects,
  type OrgFailure,
} from '../../../../renderer/explorer/org-wide/org-failures';
import { projectColumnsWithLocks } from '../../../../renderer/explorer/routes/columns';
import { visibleRows, type Column } from '../../../../renderer/ui/table/table-model';
import {
  AFTER_JOBS,
  buildsOf,
  jobOf,
  jobsOf,
  locks,
  projectRecord,
  SANDBOX_FIXTURES,
} from '../resource-views/fixtures';

const PERSONAL_ORG = '14';
const FAILED_JOB = '9e2f4a6b-8c0d-4e1f-a3b5-c7d9e1f3a5b7';
const { partiallyCompletedJobId } = SANDBOX_FIXTURES;

const projectsOf = (orgId: string, ids: string[]): CachedAnswer => ({
  endpoint: 'projects.list',
  params: { orgId, limit: 100, offset: 0 },
  body: { projects: ids.map((id) => projectRecord(id).project) },
});
const jobsAnswer = (projectId: string): CachedAnswer => ({
  endpoint: 'jobs.list',
  params: { projectId },
  body: { jobs: jobsOf(projectId, AFTER_JOBS) },
});
const jobAnswer = (projectId: string, jobId: string): CachedAnswer => ({
  endpoint: 'jobs.get',
  params: { projectId, jobId },
  body: jobOf(projectId, jobId, AFTER_JOBS),
});

describe('orgFailures', () => {
  const answers: CachedAnswer[] = [
    projectsOf(PERSONAL_ORG, ['1922', '1923', '1924']),
    projectsOf('1', ['8681']),
    jobsAnswer('1922'),
    jobsAnswer('8681'),
    {
      endpoint: 'builds.list',
      params: { projectId: '1922', type: 'NLU' },
      body: { builds: buildsOf('1922', 'NLU') },
    },
  ];

  it('lists the failed and partly failed jobs and the failed builds of the organization’s projects, newest first', () => {
    const failures = orgFailures(answers, PERSONAL_ORG);
    expect(
      failures.map((failure) => [failure.kind, failure.what, failure.status, failure.projectName]),
    ).toEqual([
      ['job', 'BUILD_MODELS', 'PARTIALLY_COMPLETED', 'Coffee Assistant'],
      ['build', 'NLU_1922_4', 'BST_FAILED', 'Coffee Assistant'],
      ['job', 'UPDATE_DATAPACK', 'FAILED', 'Coffee Assistant'],
    ]);
    // Another organization's project is not this organization's failure.
    expect(orgFailures(answers, '1')).toEqual([]);
  });

  it('says what Mix said: a report’s errors per engine and locale, a build’s errors, or plainly that Mix gave none', () => {
    const withDetails = [
      ...answers,
      jobAnswer('1922', partiallyCompletedJobId),
      jobAnswer('1922', FAILED_JOB),
    ];
    const [partial, build, failed] = orgFailures(withDetails, PERSONAL_ORG) as [
      OrgFailure,
      OrgFailure,
      OrgFailure,
    ];
    expect(failureWords(partial, withDetails)).toEqual({
      messages: ['NLU en-US: Intent ORDER_PASTRY has no samples in locale fr-CA.'],
    });
    expect(failureWords(build, withDetails)?.messages).toEqual([
      'Intent ORDER_PASTRY has no samples in locale fr-CA.',
    ]);
    expect(failureWords(failed, withDetails)).toEqual({
      messages: [],
      note: 'Mix returned no report for this job, and no error message.',
    });
    // Before the job's details are read, nothing is claimed.
    expect(failureWords(failed, answers)).toBeUndefined();
  });

  it('skips what is not an object and names projects only from their own organization', () => {
    const hostile: CachedAnswer[] = [
      {
        endpoint: 'projects.list',
        params: { orgId: PERSONAL_ORG },
        body: { projects: [null, 3, { id: '1922' }] },
      },
      {
        endpoint: 'projects.get',
        params: { projectId: '8681' },
        body: { project: { id: '8681', orgId: '1' } },
      },
      {
        endpoint: 'jobs.list',
        params: { projectId: '1922' },
        body: { jobs: [null, { id: 'x', status: 'FAILED' }, 'y'] },
      },
    ];
    expect([...orgProjects(hostile, PERSONAL_ORG).keys()]).toEqual(['1922']);
    expect(orgFailures(hostile, PERSONAL_ORG).map((failure) => failure.jobId)).toEqual(['x']);
  });
});

describe('the projects list’s Lock column', () => {
  it('says who holds each locked project’s lock, and nothing for the others', () => {
    const columns = projectColumnsWithLocks(locks());
    expect(columns.map((column) => column.header).slice(0, 3)).toEqual(['Name', 'ID', 'Lock']);
    const lock = columns[2] as Column<MixProject>;
    const rows = ['1922', '1923'].map((id) => projectRecord(id).project);
    expect(rows.map((row) => lock.value(row))).toEqual([undefined, expect.stringMatching(/^Locked by /)]);
    expect(visibleRows(rows, columns, { filter: 'locked by' }).map((row) => row.id)).toEqual(['1923']);
  });
});
