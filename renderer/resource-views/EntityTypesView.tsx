import type { MixEntityTypeBody } from '../../common/mix-models';
import type { MixEntityTypesBody } from './bodies';
import { records, texts, textOf } from '../../common/tolerant-reader';
import { humanize } from '../format';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import { chipsColumn, Empty, Panel } from './ui';

const typeName = (type: MixEntityTypeBody) => (textOf(type.name) ? humanize(String(type.name)) : undefined);

const COLUMNS: Column<MixEntityTypeBody>[] = [
  { id: 'name', header: 'Entity type', value: typeName, width: 'minmax(120px, 1fr)' },
  {
    id: 'description',
    header: 'Description',
    value: (type) => textOf(type.description),
    width: 'minmax(220px, 3fr)',
  },
  chipsColumn<MixEntityTypeBody>(
    'compatible',
    'Compatible data types',
    (type) => texts(type.compatibleDataTypes),
    'minmax(160px, 2fr)',
  ),
];

export interface EntityTypesViewProps {
  /** `entityTypes.list` body: `{ entityTypes }`. */
  body: MixEntityTypesBody | undefined;
}

/** Panel (h2): entity types, what they are for, and the data types they accept. */
export function EntityTypesView({ body }: EntityTypesViewProps) {
  const types = records<MixEntityTypeBody>(body?.entityTypes);
  return (
    <Panel title="Entity types" className="view-entity-types">
      {types.length === 0 ? (
        <Empty>No entity types.</Empty>
      ) : (
        <DataTable
          label="Entity types"
          columns={COLUMNS}
          rows={types}
          rowKey={(type, index) => textOf(type.name) ?? String(index)}
        />
      )}
    </Panel>
  );
}
