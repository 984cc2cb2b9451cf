import type {
  MixAppConfig,
  MixDataHost,
  MixDeployment,
  MixDeploymentFlow,
  MixDeploymentFlowStep,
  MixEnvGeography,
  MixEnvGeographyDeployment,
} from '../../common/mix-models';
import { EnvTypeBadge, flowOf, geographyName, placesOf } from './env-geography';
import { field, records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import { Badge, Chips, Empty, StatusBadge } from './ui';

export interface DeploymentsTableProps {
  config: MixAppConfig;
  /** The organization's deployment flows (`deploymentFlows.list` items), to name environments and steps. */
  flows?: readonly MixDeploymentFlow[];
  label: string;
}

interface Row {
  key: string;
  deployment: MixDeployment;
  step?: number;
  requiresApproval: boolean;
  environment?: string;
  envGeography?: MixEnvGeography;
  /** Mix's own entry; absent when the row is named from the deployment flow. */
  entry?: MixEnvGeographyDeployment;
}

function stepNumber(step: MixDeploymentFlowStep | undefined): number | undefined {
  return typeof step?.step === 'number' ? step.step : undefined;
}

/**
 * The flow step a deployment stands for: the step with the deployment's id (recorded answers number
 * deployments like the steps of their flow), otherwise the step at the same place in the flow.
 */
function stepOf(
  steps: readonly MixDeploymentFlowStep[],
  deployment: MixDeployment,
  index: number,
): MixDeploymentFlowStep | undefined {
  const id = textOf(deployment.id);
  return steps.find((step) => id !== undefined && textOf(step.id) === id) ?? steps[index];
}

/**
 * One row per environment and geography of each deployment, in flow order. Mix often sends no entries for a
 * PENDING_REQUEST or UNDEPLOYED deployment (mix-api.md §10): those rows are named from the deployment flow.
 */
function rowsOf(config: MixAppConfig, flows: readonly MixDeploymentFlow[] | undefined): Row[] {
  const places = placesOf(flows, config.deploymentFlowId);
  const steps = records<MixDeploymentFlowStep>(flowOf(flows, config.deploymentFlowId)?.steps).sort(
    (a, b) => (stepNumber(a) ?? 0) - (stepNumber(b) ?? 0),
  );
  return records<MixDeployment>(config.deployments).flatMap((deployment, index): Row[] => {
    const entries = records<MixEnvGeographyDeployment>(deployment.envGeographyDeployments);
    if (entries.length > 0) {
      return entries.map((entry, j) => {
        const envGeography = records<MixEnvGeography>([entry.envGeography])[0];
        const place = places.get(textOf(envGeography?.id) ?? '');
        return {
          key: textOf(entry.id) ?? `${index}-${j}`,
          deployment,
          step: place?.step ?? index + 1,
          requiresApproval: entry.approvalRequired === true || place?.requiresApproval === true,
          environment: place?.environment ?? textOf(envGeography?.envName),
          envGeography,
          entry,
        };
      });
    }
    const step = stepOf(steps, deployment, index);
    const fromFlow = records(step?.environments).flatMap((environment) =>
      records<MixEnvGeography>(field(environment, 'geographies')).map((envGeography, j) => ({
        key: `${index}-flow-${textOf(field(environment, 'id')) ?? ''}-${textOf(envGeography.id) ?? j}`,
        deployment,
        step: stepNumber(step) ?? index + 1,
        requiresApproval: step?.requiresApproval === true,
        environment: textOf(field(environment, 'displayName')) ?? textOf(envGeography.envName),
        envGeography,
      })),
    );
    return fromFlow.length > 0
      ? fromFlow
      : [{ key: `${index}`, deployment, step: stepNumber(step) ?? index + 1, requiresApproval: false }];
  });
}

function DataHosts({ hosts }: { hosts: readonly MixDataHost[] }) {
  if (hosts.length === 0) return <span className="muted">None</span>;
  return (
    <Chips
      label="Data hosts"
      items={hosts.map((host) => `${textOf(host.alias) ?? textOf(host.id) ?? '—'}: ${show(host.value)}`)}
    />
  );
}

/** One row per environment and geography a config is (or could be) deployed to, in flow order. */
export function DeploymentsTable({ config, flows, label }: DeploymentsTableProps) {
  const rows = rowsOf(config, flows);
  if (rows.length === 0) return <Empty>No deployments.</Empty>;
  // Bot configs' entries carry data hosts (mix-api.md §10); app configs' do not, so no empty column for them.
  const withDataHosts = rows.some((row) => Array.isArray(row.entry?.dataHosts));
  const columns: Column<Row>[] = [
    {
      id: 'step',
      header: 'Step',
      value: (row) => row.step,
      render: ({ step, requiresApproval }) => (
        <>
          {step}
          {requiresApproval && (
            <>
              {' '}
              <Badge tone="warn">Approval required</Badge>
            </>
          )}
        </>
      ),
      width: 'minmax(64px, auto)',
    },
    {
      id: 'environment',
      header: 'Environment',
      value: (row) => row.environment,
      width: 'minmax(110px, 1fr)',
      rowHeader: true,
    },
    {
      id: 'geography',
      header: 'Geography',
      value: (row) => (row.envGeography ? geographyName(row.envGeography) : undefined),
      width: 'minmax(100px, 1fr)',
    },
    {
      id: 'type',
      header: 'Type',
      value: (row) => textOf(row.envGeography?.envType),
      render: (row) => <EnvTypeBadge envType={row.envGeography?.envType} />,
      width: '110px',
    },
    {
      id: 'host',
      header: 'Host',
      value: (row) => textOf(row.envGeography?.envHost),
      width: 'minmax(140px, 1.5fr)',
    },
    {
      id: 'status',
      header: 'Status',
      value: (row) => textOf(row.deployment.status),
      render: ({ deployment, entry }) => {
        const entryStatus = textOf(entry?.status);
        const ownStatus =
          entryStatus && entryStatus !== 'STATUS_UNSPECIFIED' && entryStatus !== deployment.status;
        return (
          <>
            <StatusBadge status={deployment.status} />
            {ownStatus && (
              <>
                {' '}
                <StatusBadge status={entryStatus} />
              </>
            )}
          </>
        );
      },
      width: 'minmax(110px, 1fr)',
    },
    {
      id: 'result',
      header: 'Result',
      value: (row) => textOf(row.entry?.deploymentResult),
      render: ({ entry }) => (
        <>
          {show(entry?.deploymentResult)}
          {entry?.isOverridden === true && (
            <>
              {' '}
              <Badge tone="info">Overridden</Badge>
            </>
          )}
        </>
      ),
      width: 'minmax(110px, 1fr)',
    },
  ];
  if (withDataHosts) {
    columns.push({
      id: 'data-hosts',
      header: 'Data hosts',
      value: (row) => records<MixDataHost>(row.entry?.dataHosts).length,
      render: ({ entry }) => entry && <DataHosts hosts={records<MixDataHost>(entry.dataHosts)} />,
      width: 'minmax(160px, 2fr)',
    });
  }
  return <DataTable label={label} columns={columns} rows={rows} rowKey={(row) => row.key} />;
}
