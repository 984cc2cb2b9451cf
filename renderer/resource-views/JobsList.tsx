import type { MixJob } from '../../common/mix-models';
import type { MixJobsBody } from './bodies';
import { records, textOf } from '../../common/tolerant-reader';
import { formatMixDuration, humanize } from '../format';
import { isInProgress } from './status';
import { DateTime, Empty, NameCell, Panel, StatusBadge } from './ui';

export interface JobsListProps {
  /** `jobs.list` body: `{ jobs }`, newest first. */
  body: MixJobsBody | undefined;
  onOpenJob?: (jobId: string) => void;
  /** True while the framework polls running jobs: they say "Watching…". */
  watching?: boolean;
}

export function jobTypeText(type: unknown): string {
  const text = textOf(type);
  return text ? humanize(text) : '—';
}

/** "Watching…" beside a running job's badge while the framework polls it. */
export function JobStatus({ status, watching }: { status: unknown; watching?: boolean }) {
  const code = textOf(status);
  return (
    <span className="view-job-status">
      <StatusBadge status={status} spinner />
      {watching && code && isInProgress(code) && <span className="muted view-watching"> Watching…</span>}
    </span>
  );
}

/** Panel (h2): a project's jobs (builds, imports, data pack updates) with status, times and duration. */
export function JobsList({ body, onOpenJob, watching = false }: JobsListProps) {
  const jobs = records<MixJob>(body?.jobs);
  return (
    <Panel title="Jobs" className="view-jobs">
      {jobs.length === 0 ? (
        <Empty>No jobs.</Empty>
      ) : (
        <table className="view-table" aria-label="Jobs">
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
              <th scope="col">Updated</th>
              <th scope="col">Duration</th>
              <th scope="col">Job ID</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job, i) => {
              const id = textOf(job.id);
              return (
                <tr key={id ?? i}>
                  <th scope="row">
                    {id && onOpenJob ? (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={`Open job ${jobTypeText(job.type)} ${id}`}
                        onClick={() => onOpenJob(id)}
                      >
                        {jobTypeText(job.type)}
                      </button>
                    ) : (
                      jobTypeText(job.type)
                    )}
                  </th>
                  <td>
                    <JobStatus status={job.status} watching={watching} />
                  </td>
                  <td>
                    <DateTime value={job.createTime} />
                  </td>
                  <td>
                    <DateTime value={job.updateTime} />
                  </td>
                  <td>{formatMixDuration(job.duration)}</td>
                  <td className="view-id">
                    <NameCell name={id} what="job" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
