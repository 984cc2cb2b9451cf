import type { MixBuildReport, MixJob } from '../../common/mix-models';
import { JobStatus, jobTypeText } from './JobsList';
import { isRecord, records, textOf } from '../../common/tolerant-reader';
import { formatMixDuration, humanize, show } from '../format';
import { DataTable } from '../ui/table/DataTable';
import { DATE_WIDTH, type Column } from '../ui/table/table-model';
import { DateTime, Empty, ErrorList, Fact, Facts, NameCell, Page, StatusBadge } from './ui';

export interface JobDetailProps {
  /** `jobs.get` body: the flat job with its `report`. */
  body: MixJob | undefined;
  watching?: boolean;
  onOpenBuild?: (buildLabel: string) => void;
  onOpenProject?: (projectId: string) => void;
}

const ENGINE_NAMES: Readonly<Record<string, string>> = {
  asrBuildReports: 'ASR',
  nluBuildReports: 'NLU',
  dialogBuildReports: 'Dialog',
};

/** `nluBuildReports` → `NLU`; report kinds Mix may add later keep a readable name. */
export function reportEngineName(key: string): string {
  return ENGINE_NAMES[key] ?? humanize(key.replace(/Reports?$/, '').replace(/([a-z])([A-Z])/g, '$1_$2'));
}

interface ReportRow {
  engine: string;
  report: MixBuildReport;
}

export function reportRows(report: unknown): ReportRow[] {
  if (!isRecord(report)) return [];
  const order = Object.keys(ENGINE_NAMES);
  const keys = Object.keys(report).sort((a, b) => {
    const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
    return rank(a) - rank(b);
  });
  return keys.flatMap((key) =>
    records<MixBuildReport>(isRecord(report[key]) ? report[key]['reports'] : undefined).map((entry) => ({
      engine: reportEngineName(key),
      report: entry,
    })),
  );
}

/** At most this much of a report this app cannot read is shown as Mix sent it. */
const RAW_REPORT_CHARS = 2_000;

/**
 * Why a job shows no report rows, in Mix's words where it sent any: never just "No report." A failed job
 * with nothing to show says plainly that Mix gave no reason.
 */
function MissingReport({ job }: { job: Partial<MixJob> }) {
  const report = (job as { report?: unknown }).report;
  const failed = job.status === 'FAILED';
  if (report === undefined || report === null) {
    return (
      <Empty>
        {failed
          ? 'The job failed, and Mix returned no report for it: Mix gave no error message.'
          : 'Mix returned no report for this job.'}
      </Empty>
    );
  }
  if (isRecord(report) && Object.keys(report).length === 0) {
    return (
      <Empty>
        {failed
          ? 'The job failed, and Mix returned an empty report for it: Mix gave no error message.'
          : 'Mix returned an empty report for this job.'}
      </Empty>
    );
  }
  const raw = JSON.stringify(report, null, 2) ?? String(report);
  return (
    <>
      <Empty>Mix returned this report, in a form Mix Explorer does not lay out as a table:</Empty>
      <pre className="view-raw-report" aria-label="Report as Mix returned it">
        {raw.length > RAW_REPORT_CHARS ? `${raw.slice(0, RAW_REPORT_CHARS)}…` : raw}
      </pre>
    </>
  );
}

/** Page-level (h1): one job, and its report per engine and locale: status, version, build label, errors. */
export function JobDetail({ body, watching = false, onOpenBuild, onOpenProject }: JobDetailProps) {
  const job = isRecord(body) ? body : ({} as Partial<MixJob>);
  const rows = reportRows(job.report);
  const columns: Column<ReportRow>[] = [
    { id: 'engine', header: 'Engine', value: (row) => row.engine, width: '90px' },
    { id: 'locale', header: 'Locale', value: (row) => textOf(row.report.locale), width: '90px' },
    {
      id: 'status',
      header: 'Status',
      value: (row) => textOf(row.report.status),
      render: ({ engine, report }) => (
        <>
          <StatusBadge status={report.status} spinner />
          <ErrorList errors={report.errors} label={`Errors of ${engine} ${show(report.locale)}`} />
        </>
      ),
      width: 'minmax(160px, 2fr)',
    },
    { id: 'version', header: 'Version', value: (row) => textOf(row.report.version), width: '90px' },
    {
      id: 'build',
      header: 'Build',
      value: (row) => textOf(row.report.buildLabel),
      render: ({ report }) => <NameCell name={textOf(report.buildLabel)} what="build" onOpen={onOpenBuild} />,
      width: 'minmax(130px, 1fr)',
    },
    {
      id: 'created',
      header: 'Created',
      value: (row) => textOf(row.report.createTime),
      render: ({ report }) => <DateTime value={report.createTime} />,
      width: DATE_WIDTH,
    },
  ];
  return (
    <Page
      title={`Job ${jobTypeText(job.type)}`}
      className="view-job"
      aside={<JobStatus status={job.status} watching={watching} />}
    >
      <Facts>
        <Fact label="Job ID">{show(job.id)}</Fact>
        <Fact label="Project">
          <NameCell name={textOf(job.projectId)} what="project" onOpen={onOpenProject} />
        </Fact>
        <Fact label="Created">
          <DateTime value={job.createTime} />
        </Fact>
        <Fact label="Updated">
          <DateTime value={job.updateTime} />
        </Fact>
        <Fact label="Duration">{formatMixDuration(job.duration)}</Fact>
      </Facts>
      <h2>Report</h2>
      <ErrorList errors={(job as { errors?: unknown }).errors} label="Errors of the job" />
      {rows.length === 0 ? (
        <MissingReport job={job} />
      ) : (
        <DataTable label="Job report" columns={columns} rows={rows} rowKey={(_row, i) => String(i)} />
      )}
    </Page>
  );
}
