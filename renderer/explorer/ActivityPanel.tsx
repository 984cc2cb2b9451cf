import type { ActivityEntry } from '../../common/ipc-contract';
import { formatBytes, formatDuration, formatTimeOfDay } from '../format';
import { LocalTable } from '../ui/table/LocalTable';
import type { Column } from '../ui/table/table-model';
import { useActivity } from './useActivity';

function flags(entry: ActivityEntry): string {
  const parts: string[] = [];
  if (entry.retried > 0) parts.push(entry.retried === 1 ? 'retried' : `retried ×${entry.retried}`);
  if (entry.waitedForRenewal) parts.push('waited for renewal');
  if (entry.error) parts.push(entry.error);
  return parts.join(' · ');
}

const COLUMNS: Column<ActivityEntry>[] = [
  {
    id: 'time',
    header: 'Time',
    value: (entry) => entry.time,
    render: (entry) => formatTimeOfDay(entry.time, { seconds: true }),
    width: '90px',
  },
  { id: 'method', header: 'Method', value: (entry) => entry.method, width: '70px' },
  { id: 'path', header: 'Path', value: (entry) => entry.path, width: 'minmax(200px, 3fr)' },
  {
    id: 'status',
    header: 'Status',
    value: (entry) => entry.status,
    render: (entry) => (
      <span className={entry.status !== undefined && entry.status < 400 ? '' : 'inline-error'}>
        {entry.status ?? 'no answer'}
      </span>
    ),
    width: '80px',
  },
  {
    id: 'duration',
    header: 'Duration',
    value: (entry) => entry.durationMs,
    render: (entry) => formatDuration(entry.durationMs),
    width: '110px',
    align: 'end',
  },
  {
    id: 'bytes',
    header: 'Size',
    value: (entry) => entry.bytes,
    render: (entry) => (entry.bytes !== undefined ? formatBytes(entry.bytes) : '—'),
    width: '90px',
    align: 'end',
  },
  { id: 'flags', header: 'Notes', value: flags, width: 'minmax(120px, 2fr)' },
];

/** Every Mix.api request main made, newest first, redacted by main. */
export function ActivityPanel({ height }: { height?: number | string }) {
  const { entries, problem } = useActivity();
  return (
    <div className="activity">
      {problem && <p className="inline-error">{problem.message}</p>}
      <LocalTable
        label="Activity"
        columns={COLUMNS}
        rows={entries}
        rowKey={(entry) => String(entry.id)}
        defaultSort={{ columnId: 'time', direction: 'descending' }}
        emptyText="No requests yet."
        height={height}
      />
    </div>
  );
}
