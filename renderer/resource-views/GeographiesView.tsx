import type { MixGeography } from '../../common/mix-models';
import type { MixGeographiesBody } from './bodies';
import { records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import { Empty, Panel } from './ui';

const COLUMNS: Column<MixGeography>[] = [
  { id: 'name', header: 'Geography', value: (geo) => textOf(geo.displayName), width: 'minmax(160px, 2fr)' },
  {
    id: 'id',
    header: 'ID',
    value: (geo) => textOf(geo.id),
    render: (geo) => <span className="view-id">{show(geo.id)}</span>,
    width: 'minmax(90px, 1fr)',
  },
];

export interface GeographiesViewProps {
  /** `geographies.list` body: `{ geographies }`. */
  body: MixGeographiesBody | undefined;
}

/** Panel (h2): runtime geographies. */
export function GeographiesView({ body }: GeographiesViewProps) {
  const geographies = records<MixGeography>(body?.geographies);
  return (
    <Panel title="Geographies" className="view-geographies">
      {geographies.length === 0 ? (
        <Empty>No geographies.</Empty>
      ) : (
        <DataTable
          label="Geographies"
          columns={COLUMNS}
          rows={geographies}
          rowKey={(geo, i) => textOf(geo.id) ?? String(i)}
        />
      )}
    </Panel>
  );
}
