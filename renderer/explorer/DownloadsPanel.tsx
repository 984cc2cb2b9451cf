import type { DownloadEntry } from '../../common/ipc-contract';
import { call } from '../bridge';
import { formatBytes, formatTimeOfDay } from '../format';
import { ActionMenu } from '../ui/Menu';
import { showToast } from '../ui/Toast';
import { LocalTable } from '../ui/table/LocalTable';
import type { Column } from '../ui/table/table-model';
import { useDownloads } from './useDownloads';
import './DownloadsPanel.css';

/** What a download came to, in words: its progress, its size, or why it failed. */
export function downloadResult(entry: DownloadEntry): string {
  switch (entry.state) {
    case 'running': {
      const sofar = formatBytes(entry.bytes);
      return entry.total !== undefined
        ? `Downloading: ${sofar} of ${formatBytes(entry.total)}`
        : `Downloading: ${sofar}`;
    }
    case 'saved':
      return `Saved, ${formatBytes(entry.bytes)}`;
    case 'cancelled':
      return 'Cancelled';
    case 'failed':
      return `Failed: ${entry.error ?? 'the download did not finish.'}`;
  }
}

/** Show in folder / Open: main looks the file up by id; a file gone since says so in a toast. */
async function onFile(channel: 'download:show-in-folder' | 'download:open', entry: DownloadEntry) {
  const result = await call(channel, { downloadId: entry.downloadId });
  if (!result.ok) showToast(result.problem.message);
}

function FileActions({ entry }: { entry: DownloadEntry }) {
  if (entry.state !== 'saved') return null;
  return (
    <ActionMenu
      label={`Actions for ${entry.fileName}`}
      trigger={<span aria-hidden="true">⋯</span>}
      buttonClassName="button-icon"
      actions={[
        {
          id: 'show',
          label: 'Show in folder',
          onAction: () => void onFile('download:show-in-folder', entry),
        },
        { id: 'open', label: 'Open', onAction: () => void onFile('download:open', entry) },
      ]}
    />
  );
}

const COLUMNS: Column<DownloadEntry>[] = [
  { id: 'file', header: 'File', value: (entry) => entry.fileName, width: 'minmax(130px, 2fr)' },
  {
    id: 'started',
    header: 'Time',
    value: (entry) => entry.startedAt,
    render: (entry) => formatTimeOfDay(entry.startedAt, { seconds: true }),
    width: '90px',
  },
  {
    id: 'result',
    header: 'Result',
    value: downloadResult,
    render: (entry) => {
      const text = downloadResult(entry);
      if (entry.state === 'failed') return <span className="inline-error">{text}</span>;
      if (entry.state !== 'running') return text;
      const percent = entry.total ? Math.round((entry.bytes / entry.total) * 100) : undefined;
      return (
        <span className="downloads-running">
          <progress
            className="downloads-progress"
            aria-label={`${entry.fileName} progress`}
            max={entry.total ?? undefined}
            value={percent !== undefined ? entry.bytes : undefined}
          />
          {text}
        </span>
      );
    },
    width: 'minmax(120px, 2fr)',
  },
  {
    id: 'where',
    header: 'Path',
    value: (entry) => entry.path ?? '',
    render: (entry) =>
      entry.path ? (
        <span className="downloads-path" title={entry.path}>
          {entry.path}
        </span>
      ) : (
        '—'
      ),
    width: 'minmax(100px, 3fr)',
  },
];

/** Every download of this session, newest first: progress, result, and the saved file's folder or app. */
export function DownloadsPanel() {
  const { entries, problem } = useDownloads();
  return (
    <div className="downloads">
      {problem && <p className="inline-error">{problem.message}</p>}
      <LocalTable
        label="Downloads"
        columns={COLUMNS}
        rows={entries}
        rowKey={(entry) => entry.downloadId}
        rowActions={(entry) => <FileActions entry={entry} />}
        defaultSort={{ columnId: 'started', direction: 'descending' }}
        emptyText="No downloads in this session yet. Files you download from Mix appear here."
      />
    </div>
  );
}
