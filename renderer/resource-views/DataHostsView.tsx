import type { MixDataHost, MixEnvironment } from '../../common/mix-models';
import type { MixDataHostsBody } from './bodies';
import { geographyName } from './env-geography';
import { field, records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
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
  const columns: Column<MixDataHost>[] = [
    { id: 'alias', header: 'Alias', value: (host) => textOf(host.alias), width: 'minmax(120px, 1fr)' },
    {
      id: 'url',
      header: 'URL',
      value: (host) => textOf(host.value),
      render: (host) => <span className="view-value">{show(host.value)}</span>,
      width: 'minmax(200px, 3fr)',
    },
    {
      id: 'environment',
      header: 'Environment',
      value: (host) => named(envNames, host.environmentId),
      width: 'minmax(120px, 1fr)',
    },
    {
      id: 'geography',
      header: 'Geography',
      value: (host) => named(geoNames, host.environmentGeographyId),
      width: 'minmax(120px, 1fr)',
    },
  ];
  return (
    <Panel title="Data hosts" className="view-data-hosts">
      {hosts.length === 0 ? (
        <Empty>No data hosts.</Empty>
      ) : (
        <DataTable
          label="Data hosts"
          columns={columns}
          rows={hosts}
          rowKey={(host, index) => textOf(host.id) ?? String(index)}
        />
      )}
    </Panel>
  );
}
