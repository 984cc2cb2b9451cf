import type { MixJob } from '../../common/mix-models';
import type { MixJobsBody } from './bodies';
import { records, textOf } from '../../common/tolerant-reader';
import { formatMixDuration, humanize } from '../format';
import { isInProgress } from './status';
import { DataTable } from '../ui/table/DataTable';
import { DATE_WIDTH, type Column, type SortState } from '../ui/table/table-model';
import { DateTime, Empty, Panel, StatusBadge } from './ui';

export interface JobsListProps {
  /** `jobs.list` body: `{ jobs }`, newest first. */
  body: MixJobsBody | undefined;
  onOpenJob?: (jobId: string) => void;
  /** True while the framework polls running jobs: they say "Watching…". */
  watching?: boolean;
  /** Set when Mix sorts the list (server paging): the order shown and where header clicks go. */
  sort?: SortState | null;
  onSort?: (columnId: string) => void;
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

/** Newest first. */
export const JOBS_DEFAULT_SORT: SortState = { columnId: 'created', direction: 'descending' };

/** Panel (h2): a project's jobs (builds, imports, data pack updates) with status, times and duration. */
export function JobsList({ body, onOpenJob, watching = false, sort, onSort }: JobsListProps) {
  const jobs = records<MixJob>(body?.jobs);
  const columns: Column<MixJob>[] = [
    {
      id: 'type',
      header: 'Type',
      value: (job) => jobTypeText(job.type),
      render: (job) => {
        const id = textOf(job.id);
        return id && onOpenJob ? (
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
        );
      },
      width: 'minmax(140px, 1.5fr)',
    },
    {
      id: 'status',
      header: 'Status',
      value: (job) => textOf(job.status),
      render: (job) => <JobStatus status={job.status} watching={watching} />,
      width: 'minmax(150px, 1.5fr)',
    },
    {
      id: 'created',
      header: 'Created',
      value: (job) => textOf(job.createTime),
      render: (job) => <DateTime value={job.createTime} />,
      width: DATE_WIDTH,
    },
    {
      id: 'updated',
      header: 'Updated',
      value: (job) => textOf(job.updateTime),
      render: (job) => <DateTime value={job.updateTime} />,
      width: DATE_WIDTH,
    },
    {
      id: 'duration',
      header: 'Duration',
      value: (job) => formatMixDuration(job.duration),
      width: '100px',
      align: 'end',
    },
    {
      id: 'id',
      header: 'Job ID',
      value: (job) => textOf(job.id),
      render: (job) => <span className="view-id">{textOf(job.id) ?? '—'}</span>,
      width: 'minmax(120px, 1.5fr)',
    },
  ];
  return (
    <Panel title="Jobs" className="view-jobs">
      {jobs.length === 0 ? (
        <Empty>No jobs.</Empty>
      ) : (
        <DataTable
          label="Jobs"
          columns={columns}
          rows={jobs}
          rowKey={(job, i) => textOf(job.id) ?? String(i)}
          defaultSort={JOBS_DEFAULT_SORT}
          {...(onSort ? { sort, onSort, sortedElsewhere: true } : {})}
          onOpen={
            onOpenJob &&
            ((job) => {
              const id = textOf(job.id);
              if (id) onOpenJob(id);
            })
          }
        />
      )}
    </Panel>
  );
}
