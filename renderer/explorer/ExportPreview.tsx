import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import type { ExportContents, ExportLiteral, ExportSample } from '../../common/ipc-contract';
import type { MixEndpointKey, MixParams } from '../../common/mix-endpoints';
import { plural } from '../format';
import { LocalTable } from '../ui/table/LocalTable';
import type { Column } from '../ui/table/table-model';
import { useExplorer } from './explorer-context';
import { asProblem, readMixExport } from './mix-query';
import { QueryProblem } from './QueryProblem';
import './ExportPreview.css';

type InlineEndpoint = Extract<MixEndpointKey, 'samples.export' | 'literals.export'>;

export function isInlineExport(endpoint: string): endpoint is InlineEndpoint {
  return endpoint === 'samples.export' || endpoint === 'literals.export';
}

const SAMPLE_COLUMNS: Column<ExportSample>[] = [
  { id: 'text', header: 'Sample', value: (row) => row.text, width: 'minmax(160px, 4fr)' },
  { id: 'intent', header: 'Intent', value: (row) => row.intent, width: 'minmax(140px, 2fr)' },
  { id: 'locale', header: 'Locale', value: (row) => row.locale ?? '', width: '100px' },
];

const LITERAL_COLUMNS: Column<ExportLiteral>[] = [
  { id: 'literal', header: 'Literal', value: (row) => row.literal, width: 'minmax(150px, 3fr)' },
  { id: 'value', header: 'Value', value: (row) => row.value, width: 'minmax(120px, 2fr)' },
  { id: 'locale', header: 'Locale', value: (row) => row.locale ?? '', width: '100px' },
];

/** Every file's rows in one list, and the files shown as text (format not known). */
function gather(contents: ExportContents) {
  const samples: ExportSample[] = [];
  const literals: ExportLiteral[] = [];
  let truncated = false;
  for (const file of contents.files) {
    if (file.kind === 'samples') samples.push(...file.samples);
    else if (file.kind === 'literals') literals.push(...file.literals);
    truncated ||= file.truncated;
  }
  return { samples, literals, raw: contents.files.filter((file) => file.kind === 'raw'), truncated };
}

interface ExportPreviewProps {
  endpoint: InlineEndpoint;
  params: MixParams;
  /** What the export is, in words: `Samples of ORDER_COFFEE`. */
  label: string;
}

/**
 * An intent's samples or an entity's literals read inline: main fetches the export, unpacks it in memory
 * within bounds and parses it; here it is a searchable list. Files of a format not known for certain are
 * shown as text with a note. The download stays beside it.
 */
export function ExportPreview({ endpoint, params, label }: ExportPreviewProps) {
  const { profileId } = useExplorer();
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const query = useQuery({
    // Not under the profile's own key: the palette reads those as Mix.api answers.
    queryKey: ['read-export', profileId, endpoint, params],
    queryFn: ({ signal }) => readMixExport(profileId, endpoint, params, signal),
    enabled: open,
    retry: false,
  });
  const gathered = useMemo(() => (query.data ? gather(query.data) : undefined), [query.data]);
  const what = label.charAt(0).toLowerCase() + label.slice(1);

  return (
    <div className="export-preview">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((shown) => !shown)}
      >
        {open ? `Hide ${what}` : `Show ${what} here`}
      </button>
      {open && (
        <section
          id={regionId}
          className="export-preview-body"
          aria-label={label}
          aria-busy={query.isFetching}
        >
          {query.isPending && <p className="muted">Reading the export…</p>}
          {query.isError && (
            <QueryProblem problem={asProblem(query.error)} onRetry={() => void query.refetch()} />
          )}
          {gathered && (
            <>
              <p className="muted export-preview-summary">
                {summary(gathered.samples.length, gathered.literals.length, query.data?.files.length ?? 0)}
                {gathered.truncated && ' The list stops there; download the file for the rest.'}
              </p>
              {gathered.samples.length > 0 && (
                <LocalTable
                  label={label}
                  columns={SAMPLE_COLUMNS}
                  rows={gathered.samples}
                  rowKey={(_row, index) => String(index)}
                  emptyText="No samples."
                />
              )}
              {gathered.literals.length > 0 && (
                <LocalTable
                  label={label}
                  columns={LITERAL_COLUMNS}
                  rows={gathered.literals}
                  rowKey={(_row, index) => String(index)}
                  emptyText="No literals."
                />
              )}
              {gathered.raw.map((file) => (
                <figure key={file.name} className="export-preview-raw">
                  <figcaption>
                    <strong>{file.name}</strong>: {file.note}
                    {file.truncated && ' Only its beginning is shown.'}
                  </figcaption>
                  {file.text && (
                    <pre tabIndex={0} aria-label={`Text of ${file.name}`}>
                      {file.text}
                    </pre>
                  )}
                </figure>
              ))}
              {gathered.samples.length + gathered.literals.length + gathered.raw.length === 0 && (
                <p className="muted">The export holds no samples or literals.</p>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}

function summary(samples: number, literals: number, files: number): string {
  const parts = [
    ...(samples > 0 ? [plural(samples, 'sample')] : []),
    ...(literals > 0 ? [plural(literals, 'literal')] : []),
  ];
  return `${parts.length > 0 ? parts.join(' and ') : 'Nothing to list'} from ${plural(files, 'file')}.`;
}
