import { useMemo } from 'react';
import type { MixDeploymentFlow } from '../../common/mix-models';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import {
  buildSummary,
  deploymentMatrix,
  type MatrixCell,
  type MatrixColumn,
  type MatrixRow,
  type MatrixSource,
} from './deployment-matrix';
import { statusLabel } from './status';
import { Badge, Empty, NamedId, Panel, StatusBadge } from './ui';
import './DeploymentMatrixView.css';

export interface DeploymentMatrixViewProps {
  sources: readonly MatrixSource[];
  /** The organization's deployment flows: they order the columns and name each config's flow. */
  flows: readonly MixDeploymentFlow[];
  /** The organization-wide matrix names each row's application; an application's own does not. */
  showApplication: boolean;
  onOpenConfig: (applicationId: string, configId: string) => void;
}

/** An environment-geography column's header: the environment, then its geography, step and approval. */
export function columnHeader(column: MatrixColumn): { header: string; subheader: string } {
  const step = column.step === undefined ? [] : [`step ${column.step}`];
  const approval = column.requiresApproval ? ['approval'] : [];
  return { header: column.environment, subheader: [column.geography, ...step, ...approval].join(' · ') };
}

function Cell({ cell }: { cell: MatrixCell | undefined }) {
  if (!cell) return <span className="muted">Not deployed</span>;
  return (
    <span className="matrix-cell">
      <StatusBadge status={cell.status} />
      {cell.isOverridden && <Badge tone="info">Override</Badge>}
    </span>
  );
}

/** What a cell says in words (its sort and filter value). */
function cellText(cell: MatrixCell | undefined): string {
  if (!cell) return 'Not deployed';
  return `${statusLabel(cell.status)}${cell.isOverridden ? ' (override)' : ''}`;
}

function matrixColumns(columns: readonly MatrixColumn[], showApplication: boolean): Column<MatrixRow>[] {
  const list: Column<MatrixRow>[] = [
    {
      id: 'config',
      header: 'Configuration',
      value: (row) => `${row.tag} #${row.configId}`,
      render: (row) => (
        <span className="matrix-config">
          <span className="view-name">
            {row.tag} <span className="muted">#{row.configId}</span>
          </span>
          {row.parentId && <Badge tone="info">Override of #{row.parentId}</Badge>}
        </span>
      ),
      width: 'minmax(160px, 1.2fr)',
      rowHeader: true,
    },
    // The environments come right after the row's name: they are what the matrix is for.
    ...columns.map((column): Column<MatrixRow> => ({
      id: `geo-${column.id}`,
      ...columnHeader(column),
      value: (row) => cellText(row.cells.get(column.id)),
      render: (row) => <Cell cell={row.cells.get(column.id)} />,
      width: 'minmax(140px, 1fr)',
    })),
    {
      id: 'builds',
      header: 'Builds',
      value: (row) => buildSummary(row.builds).join('; '),
      render: (row) => {
        const lines = buildSummary(row.builds);
        if (lines.length === 0) return <span className="muted">No builds</span>;
        return <span className="matrix-builds">{lines.join('; ')}</span>;
      },
      width: 'minmax(170px, 1.4fr)',
    },
  ];
  if (showApplication) {
    list.push({
      id: 'application',
      header: 'Application',
      value: (row) => row.applicationName ?? row.applicationId,
      width: 'minmax(130px, 1fr)',
    });
  }
  list.push(
    {
      id: 'project',
      header: 'Project',
      value: (row) => row.projectName ?? row.projectId,
      render: (row) => <NamedId name={row.projectName} id={row.projectId} what="project" />,
      width: 'minmax(120px, 1fr)',
    },
    {
      id: 'flow',
      header: 'Deployment flow',
      value: (row) => row.flowName ?? row.flowId,
      render: (row) => <NamedId name={row.flowName} id={row.flowId} what="deployment flow" />,
      width: 'minmax(150px, 1fr)',
    },
  );
  return list;
}

/**
 * Panel (h2): what's deployed where. One row per app config, one column per environment and geography in
 * deployment-flow order; Enter or a click on a row (any of its cells) opens that configuration.
 */
export function DeploymentMatrixView({
  sources,
  flows,
  showApplication,
  onOpenConfig,
}: DeploymentMatrixViewProps) {
  const matrix = useMemo(() => deploymentMatrix(sources, flows), [sources, flows]);
  const columns = useMemo(
    () => matrixColumns(matrix.columns, showApplication),
    [matrix.columns, showApplication],
  );
  return (
    <Panel title="Configurations by environment" className="view-matrix">
      {matrix.rows.length === 0 ? (
        <Empty>No configurations.</Empty>
      ) : (
        <DataTable
          label="Deployments by configuration and environment"
          columns={columns}
          rows={matrix.rows}
          rowKey={(row) => row.key}
          onOpen={(row) => onOpenConfig(row.applicationId, row.configId)}
          stickyFirstColumn
        />
      )}
    </Panel>
  );
}
