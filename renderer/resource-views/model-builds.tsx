import type { MixBuildRef, MixConfigBuilds } from '../../common/mix-models';
import { buildDownload, type RenderDownload } from './download';
import { isRecord, records, textOf } from '../../common/tolerant-reader';
import { DataTable } from '../ui/table/DataTable';
import { DATE_WIDTH, type Column } from '../ui/table/table-model';
import { DateTime, NameCell } from './ui';

interface ModelRow {
  engine: string;
  ref: MixBuildRef;
}

/** Rows of a `{asr{builds[]}, nlu{builds[]}, dialog{...}}` object (latest builds, app config builds). */
export function modelRows(models: MixConfigBuilds | undefined): ModelRow[] {
  if (!isRecord(models)) return [];
  const rows: ModelRow[] = [];
  for (const [key, engine] of [
    ['asr', 'ASR'],
    ['nlu', 'NLU'],
  ] as const) {
    const group = models[key];
    for (const ref of records<MixBuildRef>(isRecord(group) ? group.builds : undefined))
      rows.push({ engine, ref });
  }
  const dialog = models.dialog;
  if (isRecord(dialog) && (textOf(dialog.buildLabel) || textOf(dialog.buildVersion))) {
    rows.push({ engine: 'Dialog', ref: dialog });
  }
  return rows;
}

export interface ModelBuildsTableProps {
  models: MixConfigBuilds | undefined;
  label: string;
  projectName?: string;
  onOpenBuild?: (buildLabel: string) => void;
  renderDownload?: RenderDownload;
}

/** Builds per engine and locale; a build covering several locales offers its download once. */
export function ModelBuildsTable({
  models,
  label,
  projectName,
  onOpenBuild,
  renderDownload,
}: ModelBuildsTableProps) {
  const rows = modelRows(models);
  // A build covering several locales offers its download in its first row only.
  const offeredIn = new Map<string, number>();
  rows.forEach(({ ref }, index) => {
    const buildLabel = textOf(ref.buildLabel);
    if (buildLabel && !offeredIn.has(buildLabel)) offeredIn.set(buildLabel, index);
  });
  const indexed = rows.map((row, index) => ({ ...row, index }));
  // Latest-build entries carry no createTime (mix-api.md §10): no column of dashes for them.
  const withTimes = rows.some(({ ref }) => textOf(ref.createTime) !== undefined);
  const columns: Column<(typeof indexed)[number]>[] = [
    { id: 'engine', header: 'Engine', value: (row) => row.engine, width: '90px' },
    { id: 'locale', header: 'Locale', value: (row) => textOf(row.ref.locale), width: '90px' },
    {
      id: 'build',
      header: 'Build',
      value: (row) => textOf(row.ref.buildLabel),
      render: (row) => <NameCell name={textOf(row.ref.buildLabel)} what="build" onOpen={onOpenBuild} />,
      width: 'minmax(130px, 2fr)',
    },
    {
      id: 'version',
      header: 'Version',
      value: (row) => Number(row.ref.buildVersion) || undefined,
      width: '80px',
      align: 'end',
    },
  ];
  if (withTimes) {
    columns.push({
      id: 'created',
      header: 'Created',
      value: (row) => textOf(row.ref.createTime),
      render: (row) => <DateTime value={row.ref.createTime} />,
      width: DATE_WIDTH,
    });
  }
  return (
    <DataTable
      label={label}
      columns={columns}
      rows={indexed}
      rowKey={(row) => String(row.index)}
      rowActions={
        renderDownload &&
        ((row) => {
          const buildLabel = textOf(row.ref.buildLabel);
          return buildLabel && offeredIn.get(buildLabel) === row.index
            ? buildDownload(renderDownload, buildLabel, projectName)
            : null;
        })
      }
    />
  );
}
