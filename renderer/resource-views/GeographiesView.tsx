import type { MixGeography } from '../../common/mix-models';
import type { MixGeographiesBody } from './bodies';
import { records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Empty, Panel } from './ui';

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
        <table className="view-table" aria-label="Geographies">
          <thead>
            <tr>
              <th scope="col">Geography</th>
              <th scope="col">ID</th>
            </tr>
          </thead>
          <tbody>
            {geographies.map((geo, i) => (
              <tr key={textOf(geo.id) ?? i}>
                <th scope="row">{show(geo.displayName)}</th>
                <td className="view-id">{show(geo.id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
