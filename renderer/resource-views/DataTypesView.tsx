import type { MixDataTypeBody } from '../../common/mix-models';
import type { MixDataTypesBody } from './bodies';
import { field, isRecord, records, textOf } from '../../common/tolerant-reader';
import { humanize } from '../format';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import { chipsColumn, Empty, Panel } from './ui';

export interface DataTypesViewProps {
  /** `dataTypes.list` body: `{ dataTypes }` (compatible entity types with `includeCompatibleEntityTypes`). */
  body: MixDataTypesBody | undefined;
}

/** The JSON-schema type of a data type, e.g. `string (date)`. */
function schemaText(schema: unknown): string {
  if (!isRecord(schema)) return '—';
  const type = textOf(schema['type']);
  const format = textOf(schema['format']);
  if (!type) return '—';
  return format ? `${type} (${format})` : type;
}

function compatibleTypes(type: MixDataTypeBody): string[] {
  return records(type.compatibleEntityTypes).map((entry) => {
    const name = textOf(field(entry, 'name'));
    return `${name ? humanize(name) : '—'}${field(entry, 'default') === true ? ' (default)' : ''}`;
  });
}

const COLUMNS: Column<MixDataTypeBody>[] = [
  { id: 'name', header: 'Data type', value: (type) => textOf(type.name), width: 'minmax(140px, 1fr)' },
  { id: 'schema', header: 'Schema', value: (type) => schemaText(type.schema), width: 'minmax(120px, 1fr)' },
  {
    id: 'description',
    header: 'Description',
    value: (type) => textOf(field(type.schema, 'description')),
    width: 'minmax(160px, 2fr)',
  },
  chipsColumn<MixDataTypeBody>(
    'compatible',
    'Compatible entity types',
    compatibleTypes,
    'minmax(220px, 3fr)',
  ),
];

/** Panel (h2): data types, their schema type and description (mix-api.md §10) and the entity types they fit. */
export function DataTypesView({ body }: DataTypesViewProps) {
  const types = records<MixDataTypeBody>(body?.dataTypes);
  return (
    <Panel title="Data types" className="view-data-types">
      {types.length === 0 ? (
        <Empty>No data types.</Empty>
      ) : (
        <DataTable
          label="Data types"
          columns={COLUMNS}
          rows={types}
          rowKey={(type, index) => textOf(type.name) ?? String(index)}
          defaultSort={{ columnId: 'name', direction: 'ascending' }}
        />
      )}
    </Panel>
  );
}
