import type { MixDataHost, MixEnvironment } from '../../common/mix-models';
import type { MixDataHostsBody } from './bodies';
import { geographyName } from './env-geography';
import { field, records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Empty, Panel } from './ui';

export interface DataHostsViewProps {
  /** `dataHosts.list` or `dataHosts.latest` body: `{ dataHosts }`. */
  body: MixDataHostsBody | undefined;
  /** The organization's environments (`environments.list` items), to name environment and geography ids. */
  environments?: readonly MixEnvironment[];
}

/** Panel (h2): the data hosts (backend URLs) a dialog build uses, per environment and geography. */
export function DataHostsView({ body, environments }: DataHostsViewProps) {
  const hosts = records<MixDataHost>(body?.dataHosts);
  const envNames = new Map<string, string>();
  const geoNames = new Map<string, string>();
  for (const environment of records<MixEnvironment>(environments)) {
    const id = textOf(environment.id);
    const name = textOf(environment.displayName);
    if (id && name) envNames.set(id, name);
    for (const geo of records(environment.geographies)) {
      const geoId = textOf(field(geo, 'id'));
      const geoName = geographyName(geo);
      if (geoId && geoName) geoNames.set(geoId, geoName);
    }
  }
  const named = (names: Map<string, string>, id: unknown) => {
    const text = textOf(id);
    return text ? (names.get(text) ?? text) : '—';
  };
  return (
    <Panel title="Data hosts" className="view-data-hosts">
      {hosts.length === 0 ? (
        <Empty>No data hosts.</Empty>
      ) : (
        <table className="view-table" aria-label="Data hosts">
          <thead>
            <tr>
              <th scope="col">Alias</th>
              <th scope="col">URL</th>
              <th scope="col">Environment</th>
              <th scope="col">Geography</th>
            </tr>
          </thead>
          <tbody>
            {hosts.map((host, i) => (
              <tr key={textOf(host.id) ?? i}>
                <th scope="row">{show(host.alias)}</th>
                <td className="view-value">{show(host.value)}</td>
                <td>{named(envNames, host.environmentId)}</td>
                <td>{named(geoNames, host.environmentGeographyId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
