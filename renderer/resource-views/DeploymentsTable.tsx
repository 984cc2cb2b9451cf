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
  return (
    <table className="view-table view-deployments" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Environment</th>
          <th scope="col">Geography</th>
          <th scope="col">Type</th>
          <th scope="col">Host</th>
          <th scope="col">Status</th>
          <th scope="col">Result</th>
          {withDataHosts && <th scope="col">Data hosts</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, deployment, step, requiresApproval, environment, envGeography, entry }) => {
          const entryStatus = textOf(entry?.status);
          const ownStatus =
            entryStatus && entryStatus !== 'STATUS_UNSPECIFIED' && entryStatus !== deployment.status;
          return (
            <tr key={key}>
              <td>
                {step}
                {requiresApproval && (
                  <>
                    {' '}
                    <Badge tone="warn">Approval required</Badge>
                  </>
                )}
              </td>
              <th scope="row">{show(environment)}</th>
              <td>{show(envGeography && geographyName(envGeography))}</td>
              <td>
                <EnvTypeBadge envType={envGeography?.envType} />
              </td>
              <td>{show(envGeography?.envHost)}</td>
              <td>
                <StatusBadge status={deployment.status} />
                {ownStatus && (
                  <>
                    {' '}
                    <StatusBadge status={entryStatus} />
                  </>
                )}
              </td>
              <td>
                {show(entry?.deploymentResult)}
                {entry?.isOverridden === true && (
                  <>
                    {' '}
                    <Badge tone="info">Overridden</Badge>
                  </>
                )}
              </td>
              {withDataHosts && (
                <td>{entry && <DataHosts hosts={records<MixDataHost>(entry.dataHosts)} />}</td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
