import type { MixEnvGeography, MixEnvironment } from '../../common/mix-models';
import type { MixEnvironmentsBody } from './bodies';
import { EnvTypeBadge, geographyName } from './env-geography';
import { records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Empty, Panel } from './ui';

export interface EnvironmentsViewProps {
  /** `environments.list` body: `{ environments }`. */
  body: MixEnvironmentsBody | undefined;
}

/** Panel (h2): environments and their geographies, with type (sandbox / production) and host. */
export function EnvironmentsView({ body }: EnvironmentsViewProps) {
  const environments = records<MixEnvironment>(body?.environments);
  const rows = environments.flatMap(
    (environment): { environment: MixEnvironment; geo?: MixEnvGeography }[] => {
      const geos = records<MixEnvGeography>(environment.geographies);
      return geos.length === 0 ? [{ environment }] : geos.map((geo) => ({ environment, geo }));
    },
  );
  return (
    <Panel title="Environments" className="view-environments">
      {rows.length === 0 ? (
        <Empty>No environments.</Empty>
      ) : (
        <table className="view-table" aria-label="Environments">
          <thead>
            <tr>
              <th scope="col">Environment</th>
              <th scope="col">Geography</th>
              <th scope="col">Type</th>
              <th scope="col">Host</th>
              <th scope="col">IDs</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ environment, geo }, i) => (
              <tr key={`${textOf(environment.id) ?? i}-${textOf(geo?.id) ?? i}`}>
                <th scope="row">{show(environment.displayName ?? environment.id)}</th>
                <td>{geo ? show(geographyName(geo)) : '—'}</td>
                <td>
                  <EnvTypeBadge envType={geo?.envType} />
                </td>
                <td>{show(geo?.envHost)}</td>
                <td className="view-id">
                  {show(environment.id)} / {show(geo?.id)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
