import type { MixAppConfig } from '../../common/mix-models';
import { textOf } from '../../common/tolerant-reader';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import type { MatrixSource } from './deployment-matrix';
import { modelRows } from './model-builds';
import { Empty, Panel, StatusBadge } from './ui';
import './BuildUsedBy.css';

export interface BuildUsedByProps {
  buildLabel: string;
  /** The organization's configs (applications read with their configs); undefined while they are read. */
  sources: readonly MatrixSource[] | undefined;
  onOpenConfig: (applicationId: string, configId: string) => void;
}

interface UseRow {
  applicationId: string;
  applicationName?: string;
  config: MixAppConfig;
  /** `NLU en-US, fr-CA`: where in the config this build is used. */
  where: string;
}

/** The configs whose builds name this build label, and for which engine and locales. */
export function configsUsingBuild(sources: readonly MatrixSource[], buildLabel: string): UseRow[] {
  return sources.flatMap(({ application, config }) => {
    const uses = modelRows(config.builds).filter(({ ref }) => textOf(ref.buildLabel) === buildLabel);
    if (uses.length === 0) return [];
    const engine = uses[0]?.engine ?? '';
    const locales = uses.map(({ ref }) => textOf(ref.locale)).filter((locale) => locale !== undefined);
    return [
      {
        applicationId: textOf(application.id) ?? '',
        applicationName: textOf(application.applicationName),
        config,
        where: locales.length > 0 ? `${engine} ${locales.join(', ')}` : engine,
      },
    ];
  });
}

const COLUMNS: Column<UseRow>[] = [
  {
    id: 'config',
    header: 'Configuration',
    value: (row) => `${textOf(row.config.tag) ?? ''} #${textOf(row.config.id) ?? ''}`,
    width: 'minmax(160px, 1.5fr)',
  },
  {
    id: 'application',
    header: 'Application',
    value: (row) => row.applicationName ?? row.applicationId,
    width: 'minmax(140px, 1.5fr)',
  },
  { id: 'where', header: 'Used for', value: (row) => row.where, width: 'minmax(120px, 1fr)' },
  {
    id: 'status',
    header: 'Deployments',
    value: (row) => (row.config.deployments ?? []).map((d) => textOf(d.status)).join(' '),
    render: (row) => (
      <span className="build-used-statuses">
        {[...new Set((row.config.deployments ?? []).map((d) => textOf(d.status) ?? ''))]
          .filter(Boolean)
          .map((status) => (
            <StatusBadge key={status} status={status} />
          ))}
      </span>
    ),
    width: 'minmax(160px, 1.5fr)',
  },
];

/** Panel (h2): the app configs of the build's organization that use this build. */
export function BuildUsedBy({ buildLabel, sources, onOpenConfig }: BuildUsedByProps) {
  const rows = sources ? configsUsingBuild(sources, buildLabel) : [];
  return (
    <Panel title="Used by configurations" className="view-build-used-by">
      {sources === undefined ? (
        <Empty>Reading the organization's configurations…</Empty>
      ) : rows.length === 0 ? (
        <Empty>No configuration of this organization uses this build.</Empty>
      ) : (
        <DataTable
          label="Configurations using this build"
          columns={COLUMNS}
          rows={rows}
          rowKey={(row) => `${row.applicationId}/${textOf(row.config.id) ?? ''}`}
          onOpen={(row) => onOpenConfig(row.applicationId, textOf(row.config.id) ?? '')}
        />
      )}
    </Panel>
  );
}
