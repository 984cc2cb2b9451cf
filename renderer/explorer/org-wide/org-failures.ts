/**
 * An organization's recent failures, from what the query cache already holds: the background search walk
 * (the one Home's "needs attention" reads) lists every project's jobs and builds (newest first, per
 * engine), so failures of projects nobody opened are here; visited views add job details. Nothing here
 * asks Mix anything. Pure.
 */
import type { MixBuild, MixJob, MixProject } from '../../../common/mix-models';
import { field, isRecord, listItems, records, textOf, unwrap } from '../../../common/tolerant-reader';
import { firstEpochMs as timeOf } from '../../format';
import { reportRows } from '../../resource-views/JobDetail';
import type { CachedAnswer } from '../palette-model';

export type FailureKind = 'job' | 'build';

export interface OrgFailure {
  id: string;
  kind: FailureKind;
  /** `BUILD_MODELS`, `NLU_4`…: what failed. */
  what: string;
  status: string;
  projectId: string;
  projectName?: string;
  /** Epoch ms of the failure (update, else creation), when Mix said. */
  at?: number;
  jobId?: string;
  buildLabel?: string;
}

/** At most this many failures are listed, newest first. */
export const ORG_FAILURES_LIMIT = 50;
const FAILED_JOB = new Set(['FAILED', 'PARTIALLY_COMPLETED']);
const FAILED_BUILD = new Set(['FAILED', 'BST_FAILED']);

/** The organization's projects the cache knows, by id, with their names. */
export function orgProjects(
  answers: readonly CachedAnswer[],
  orgId: string,
): Map<string, string | undefined> {
  const projects = new Map<string, string | undefined>();
  for (const { endpoint, params, body } of answers) {
    const list =
      endpoint === 'projects.list' && textOf(params['orgId']) === orgId
        ? records<MixProject>(listItems(body, 'projects'))
        : endpoint === 'projects.get'
          ? records<MixProject>([unwrap(body, 'project')])
          : [];
    for (const project of list) {
      const id = textOf(project.id);
      if (!id || (endpoint === 'projects.get' && textOf(project.orgId) !== orgId)) continue;
      projects.set(id, textOf(project.displayName) ?? projects.get(id));
    }
  }
  return projects;
}

/** Failed (and partly failed) jobs and failed builds of the organization's projects, newest first. */
export function orgFailures(answers: readonly CachedAnswer[], orgId: string): OrgFailure[] {
  const projects = orgProjects(answers, orgId);
  const failures = new Map<string, OrgFailure>();
  for (const { endpoint, params, body } of answers) {
    const projectId = textOf(params['projectId']);
    if (!projectId || !projects.has(projectId)) continue;
    const projectName = projects.get(projectId);
    if (endpoint === 'jobs.list') {
      for (const job of records<MixJob>(listItems(body, 'jobs'))) {
        const id = textOf(job.id);
        const status = textOf(job.status);
        if (!id || !status || !FAILED_JOB.has(status)) continue;
        failures.set(`job:${id}`, {
          id: `job:${id}`,
          kind: 'job',
          what: textOf(job.type) ?? 'Job',
          status,
          projectId,
          projectName,
          at: timeOf(job.updateTime, job.createTime),
          jobId: id,
        });
      }
    } else if (endpoint === 'builds.list') {
      for (const build of records<MixBuild>(listItems(body, 'builds'))) {
        const label = textOf(build.buildLabel);
        const status = textOf(build.status);
        if (!label || !status || !FAILED_BUILD.has(status)) continue;
        failures.set(`build:${label}`, {
          id: `build:${label}`,
          kind: 'build',
          what: label,
          status,
          projectId,
          projectName,
          at: timeOf(build.createTime),
          buildLabel: label,
        });
      }
    }
  }
  // Newest first; equal times by id, so the order never depends on the order answers arrived in.
  return [...failures.values()]
    .sort((a, b) => (b.at ?? 0) - (a.at ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, ORG_FAILURES_LIMIT);
}

/** Mix's error messages in an `{errors: [{message}]}` object. */
function messagesOf(errors: unknown): string[] {
  return records(field(errors, 'errors')).flatMap((error) => {
    const message = textOf(field(error, 'message'));
    return message ? [message] : [];
  });
}

export interface FailureWords {
  /** Mix's own error messages (a job's: per engine and locale, `NLU en-US: …`). */
  messages: string[];
  /** When Mix gave no message: what it did return, in plain words. */
  note?: string;
}

/**
 * What Mix said about a failure, in its words: a build's errors, a job's report (each failed engine and
 * locale with its messages). `undefined` until the job's details are read.
 */
export function failureWords(
  failure: OrgFailure,
  answers: readonly CachedAnswer[],
): FailureWords | undefined {
  if (failure.kind === 'build') {
    for (const { endpoint, body } of answers) {
      const builds =
        endpoint === 'builds.list'
          ? records<MixBuild>(listItems(body, 'builds'))
          : endpoint === 'builds.get' && isRecord(body)
            ? [body as unknown as MixBuild]
            : [];
      const build = builds.find((item) => textOf(item.buildLabel) === failure.buildLabel);
      if (!build) continue;
      const messages = messagesOf(build.errors);
      return messages.length > 0
        ? { messages }
        : { messages, note: 'Mix returned no error message for this build.' };
    }
    return { messages: [], note: 'Mix returned no error message for this build.' };
  }
  const answer = answers.find(
    ({ endpoint, params }) =>
      endpoint === 'jobs.get' &&
      textOf(params['jobId']) === failure.jobId &&
      textOf(params['projectId']) === failure.projectId,
  );
  if (!answer) return undefined;
  const job = isRecord(answer.body) ? answer.body : {};
  const report = job['report'];
  const messages = [
    ...messagesOf(job['errors']),
    ...reportRows(report).flatMap(({ engine, report: entry }) => {
      const where = [engine, textOf(entry.locale)].filter(Boolean).join(' ');
      return messagesOf(entry.errors).map((message) => `${where}: ${message}`);
    }),
  ];
  if (messages.length > 0) return { messages };
  const hasReport = isRecord(report) && Object.keys(report).length > 0;
  return {
    messages,
    note: hasReport
      ? "Mix's report for this job names no error."
      : 'Mix returned no report for this job, and no error message.',
  };
}
