import type { MixEntityTypeBody } from '../../common/mix-models';
import type { MixEntityTypesBody } from './bodies';
import { records, texts, textOf } from '../../common/tolerant-reader';
import { humanize, show } from '../format';
import { Chips, Empty, Panel } from './ui';

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
        <table className="view-table" aria-label="Entity types">
          <thead>
            <tr>
              <th scope="col">Entity type</th>
              <th scope="col">Description</th>
              <th scope="col">Compatible data types</th>
            </tr>
          </thead>
          <tbody>
            {types.map((type, i) => (
              <tr key={textOf(type.name) ?? i}>
                <th scope="row">{textOf(type.name) ? humanize(String(type.name)) : '—'}</th>
                <td>{show(type.description)}</td>
                <td>
                  <Chips label="Compatible data types" items={texts(type.compatibleDataTypes)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
