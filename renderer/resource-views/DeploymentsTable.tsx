import type {
  MixAppConfig,
  MixDeployment,
  MixDeploymentFlow,
  MixEnvGeographyDeployment,
} from '../../common/mix-models';
import { EnvTypeBadge, geographyName, placesOf } from './env-geography';
import { field, records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Badge, Empty, StatusBadge } from './ui';

export interface DeploymentsTableProps {
  config: MixAppConfig;
  /** The organization's deployment flows (`deploymentFlows.list` items), to name environments and steps. */
  flows?: readonly MixDeploymentFlow[];
  label: string;
}

interface Row {
  index: number;
  deployment: MixDeployment;
  geo?: MixEnvGeographyDeployment;
}

/** One row per environment and geography a config is (or could be) deployed to, in flow order. */
export function DeploymentsTable({ config, flows, label }: DeploymentsTableProps) {
  const places = placesOf(flows, config.deploymentFlowId);
  const rows: Row[] = records<MixDeployment>(config.deployments).flatMap((deployment, index) => {
    const geos = records<MixEnvGeographyDeployment>(deployment.envGeographyDeployments);
    return geos.length === 0 ? [{ index, deployment }] : geos.map((geo) => ({ index, deployment, geo }));
  });
  if (rows.length === 0) return <Empty>No deployments.</Empty>;
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
        </tr>
      </thead>
      <tbody>
        {rows.map(({ index, deployment, geo }, i) => {
          const envGeography = geo?.envGeography;
          const place = places.get(textOf(field(envGeography, 'id')) ?? '');
          const geoStatus = textOf(geo?.status);
          const ownStatus =
            geoStatus && geoStatus !== 'STATUS_UNSPECIFIED' && geoStatus !== deployment.status;
          return (
            <tr key={textOf(geo?.id) ?? i}>
              <td>{place?.step ?? index + 1}</td>
              <th scope="row">{show(place?.environment ?? field(envGeography, 'envName'))}</th>
              <td>{show(geographyName(envGeography))}</td>
              <td>
                <EnvTypeBadge envType={field(envGeography, 'envType')} />
              </td>
              <td>{show(field(envGeography, 'envHost'))}</td>
              <td>
                <StatusBadge status={deployment.status} />
                {ownStatus && (
                  <>
                    {' '}
                    <StatusBadge status={geoStatus} />
                  </>
                )}
              </td>
              <td>
                {show(geo?.deploymentResult)}
                {geo?.isOverridden === true && (
                  <>
                    {' '}
                    <Badge tone="info">Overridden</Badge>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
