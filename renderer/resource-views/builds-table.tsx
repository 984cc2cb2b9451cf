import type { MixBuild } from '../../common/mix-models';
import { textOf } from '../../common/tolerant-reader';
import { DataTable } from '../ui/table/DataTable';
import { DATE_WIDTH, type Column, type SortState } from '../ui/table/table-model';
import { buildDownload, type RenderDownload } from './download';
import { DateTime, ErrorList, NameCell, StatusBadge, datapackText } from './ui';

/** Newest first, as Mix's dashboard lists builds. */
export const BUILDS_DEFAULT_SORT: SortState = { columnId: 'created', direction: 'descending' };

export interface BuildsTableProps {
  builds: readonly MixBuild[];
  label: string;
  projectName?: string;
  onOpenBuild?: (buildLabel: string) => void;
  renderDownload?: RenderDownload;
  /** Set when Mix sorts the list (server paging): the order shown and where header clicks go. */
  sort?: SortState | null;
  onSort?: (columnId: string) => void;
}

/** Mix refuses to export a build that did not complete, so only completed builds offer the download. */
export function canDownloadBuild(build: MixBuild): boolean {
  return build.status === 'BST_COMPLETED';
}

/**
 * One row per build, newest first: label, version, status (with a failed build's errors), locale, model,
 * notes, created; a completed build's download sits in its row's actions menu.
 */
export function BuildsTable({
  builds,
  label,
  projectName,
  onOpenBuild,
  renderDownload,
  sort,
  onSort,
}: BuildsTableProps) {
  const columns: Column<MixBuild>[] = [
    {
      id: 'label',
      header: 'Label',
      value: (build) => textOf(build.buildLabel),
      render: (build) => <NameCell name={textOf(build.buildLabel)} what="build" onOpen={onOpenBuild} />,
      width: 'minmax(130px, 1.2fr)',
    },
    {
      id: 'version',
      header: 'Version',
      value: (build) => Number(build.buildVersion) || undefined,
      width: '80px',
      align: 'end',
    },
    {
      id: 'status',
      header: 'Status',
      value: (build) => textOf(build.status),
      render: (build) => (
        <>
          <StatusBadge status={build.status} spinner />
          <ErrorList errors={build.errors} label={`Errors of ${textOf(build.buildLabel) ?? 'the build'}`} />
        </>
      ),
      width: 'minmax(140px, 2fr)',
    },
    {
      id: 'datapack',
      header: 'Data pack',
      value: (build) => datapackText(build.datapack),
      width: 'minmax(100px, 1fr)',
    },
    {
      id: 'model',
      header: 'Model type',
      value: (build) => textOf(build.modelType),
      width: 'minmax(90px, 1fr)',
    },
    { id: 'notes', header: 'Notes', value: (build) => textOf(build.notes), width: 'minmax(90px, 1fr)' },
    {
      id: 'created',
      header: 'Created',
      value: (build) => textOf(build.createTime),
      render: (build) => <DateTime value={build.createTime} />,
      width: DATE_WIDTH,
    },
  ];
  return (
    <DataTable
      label={label}
      columns={columns}
      rows={builds}
      rowKey={(build, i) => textOf(build.buildLabel) ?? String(i)}
      defaultSort={BUILDS_DEFAULT_SORT}
      {...(onSort ? { sort, onSort, sortedElsewhere: true } : {})}
      onOpen={
        onOpenBuild &&
        ((build) => {
          const buildLabel = textOf(build.buildLabel);
          if (buildLabel) onOpenBuild(buildLabel);
        })
      }
      rowActions={
        renderDownload &&
        ((build) => {
          const buildLabel = textOf(build.buildLabel);
          return buildLabel && canDownloadBuild(build)
            ? buildDownload(renderDownload, buildLabel, projectName)
            : null;
        })
      }
    />
  );
}
