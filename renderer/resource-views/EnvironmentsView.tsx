import type { MixEnvGeography, MixEnvironment } from '../../common/mix-models';
import type { MixEnvironmentsBody } from './bodies';
import { EnvTypeBadge, geographyName } from './env-geography';
import { records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import { Empty, Panel } from './ui';

interface Row {
  environment: MixEnvironment;
  geo?: MixEnvGeography;
}

const COLUMNS: Column<Row>[] = [
  {
    id: 'environment',
    header: 'Environment',
    value: ({ environment }) => textOf(environment.displayName ?? environment.id),
    width: 'minmax(120px, 1fr)',
  },
  {
    id: 'geography',
    header: 'Geography',
    value: ({ geo }) => (geo ? geographyName(geo) : undefined),
    width: 'minmax(110px, 1fr)',
  },
  {
    id: 'type',
    header: 'Type',
    value: ({ geo }) => textOf(geo?.envType),
    render: ({ geo }) => <EnvTypeBadge envType={geo?.envType} />,
    width: '110px',
  },
  { id: 'host', header: 'Host', value: ({ geo }) => textOf(geo?.envHost), width: 'minmax(160px, 2fr)' },
  {
    id: 'ids',
    header: 'IDs',
    value: ({ environment, geo }) => `${show(environment.id)} / ${show(geo?.id)}`,
    render: ({ environment, geo }) => (
      <span className="view-id">
        {show(environment.id)} / {show(geo?.id)}
      </span>
    ),
    width: 'minmax(90px, 1fr)',
  },
];

export interface EnvironmentsViewProps {
  /** `environments.list` body: `{ environments }`. */
  body: MixEnvironmentsBody | undefined;
}

/** Panel (h2): environments and their geographies, with type (sandbox / production) and host. */
export function EnvironmentsView({ body }: EnvironmentsViewProps) {
  const environments = records<MixEnvironment>(body?.environments);
  const rows = environments.flatMap((environment): Row[] => {
    const geos = records<MixEnvGeography>(environment.geographies);
    return geos.length === 0 ? [{ environment }] : geos.map((geo) => ({ environment, geo }));
  });
  return (
    <Panel title="Environments" className="view-environments">
      {rows.length === 0 ? (
        <Empty>No environments.</Empty>
      ) : (
        <DataTable
          label="Environments"
          columns={COLUMNS}
          rows={rows}
          rowKey={({ environment, geo }, i) => `${textOf(environment.id) ?? i}-${textOf(geo?.id) ?? i}`}
        />
      )}
    </Panel>
  );
}
