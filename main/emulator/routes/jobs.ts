// §3.5: jobs. Status follows the job clock (ctx.jobNow): a job is RUNNING until createdAt + durationMs.
import { notFound, requireProject } from '../access';
import { listPage } from '../paging';
import type { MixHandler } from '../route-kit';
import type { JobRecord } from '../seed/types';

const iso = (ms: number): string => new Date(ms).toISOString();

export function jobView(job: JobRecord, jobNow: number, withReport: boolean): object {
  const endsAt = job.createdAt + job.durationMs;
  const done = jobNow >= endsAt;
  const updatedAt = done ? endsAt : Math.max(job.createdAt, jobNow);
  const view: Record<string, unknown> = {
    id: job.id,
    type: job.type,
    projectId: job.projectId,
    status: done ? job.finalStatus : 'RUNNING',
    createTime: iso(job.createdAt),
    updateTime: iso(updatedAt),
    duration: `${Math.round((updatedAt - job.createdAt) / 1000)}s`,
  };
  if (!withReport || job.report.length === 0) return view;
  const report: Record<string, { reports: object[] }> = {};
  for (const entry of job.report) {
    const key = `${entry.engine}BuildReports`;
    report[key] ??= { reports: [] };
    report[key].reports.push({
      locale: entry.locale,
      // While running, Mix knows neither the outcome nor the label yet.
      status: done ? entry.status : 'RUNNING',
      ...(done && entry.version !== undefined ? { version: entry.version } : {}),
      ...(done && entry.buildLabel !== undefined ? { buildLabel: entry.buildLabel } : {}),
      ...(done && entry.errors !== undefined ? { errors: entry.errors } : {}),
      createTime: iso(job.createdAt),
    });
  }
  view.report = report;
  return view;
}

export const JOB_ROUTES: Record<string, MixHandler> = {
  '/v4/projects/:projectId/jobs': (request) => {
    const project = requireProject(request, request.params.projectId ?? '');
    // Only fields that do not change as jobs run: the sorted order is cached per list.
    const { items, paging } = listPage(project.jobs, request.query, {
      fields: { createTime: (j) => j.createdAt, id: (j) => j.id, type: (j) => j.type },
      defaultSort: [{ field: 'createTime', descending: true }],
    });
    const now = request.ctx.jobNow();
    return { jobs: items.map((job) => jobView(job, now, false)), ...paging };
  },
  '/v4/projects/:projectId/jobs/:jobId': (request) => {
    const project = requireProject(request, request.params.projectId ?? '');
    const job = project.jobs.find((j) => j.id === request.params.jobId);
    if (!job) throw notFound(`Job with id=${request.params.jobId ?? ''} does not exist.`);
    return jobView(job, request.ctx.jobNow(), true);
  },
};
