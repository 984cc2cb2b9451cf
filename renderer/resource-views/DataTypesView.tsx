import type { MixDataTypeBody } from '../../common/mix-models';
import type { MixDataTypesBody } from './bodies';
import { field, isRecord, records, textOf } from '../../common/tolerant-reader';
import { humanize, show } from '../format';
import { Chips, Empty, Panel } from './ui';

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

/** Panel (h2): data types, their schema type and description (mix-api.md §10) and the entity types they fit. */
export function DataTypesView({ body }: DataTypesViewProps) {
  const types = records<MixDataTypeBody>(body?.dataTypes);
  return (
    <Panel title="Data types" className="view-data-types">
      {types.length === 0 ? (
        <Empty>No data types.</Empty>
      ) : (
        <table className="view-table" aria-label="Data types">
          <thead>
            <tr>
              <th scope="col">Data type</th>
              <th scope="col">Schema</th>
              <th scope="col">Description</th>
              <th scope="col">Compatible entity types</th>
            </tr>
          </thead>
          <tbody>
            {types.map((type, i) => (
              <tr key={textOf(type.name) ?? i}>
                <th scope="row">{show(type.name)}</th>
                <td>{schemaText(type.schema)}</td>
                <td>{show(field(type.schema, 'description'))}</td>
                <td>
                  <Chips
                    label="Compatible entity types"
                    items={records(type.compatibleEntityTypes).map((entry) => {
                      const name = textOf(field(entry, 'name'));
                      return `${name ? humanize(name) : '—'}${field(entry, 'default') === true ? ' (default)' : ''}`;
                    })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
