import type { MixIntent } from '../../common/mix-models';
import type { MixIntentsBody } from './bodies';
import { field, records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Chips, Empty, NameCell, Panel } from './ui';

export interface IntentsListProps {
  /** `intents.list` body: `{ intents }`. */
  body: MixIntentsBody | undefined;
  onOpenIntent?: (intentName: string) => void;
  onOpenEntity?: (entityName: string) => void;
}

/** The entity names an intent links to. */
export function linkedEntities(intent: MixIntent): string[] {
  return records(intent.links)
    .map((link) => textOf(field(link, 'entityRef')))
    .filter((name): name is string => name !== undefined);
}

export function EntityChips({
  intent,
  onOpenEntity,
}: {
  intent: MixIntent;
  onOpenEntity?: (name: string) => void;
}) {
  return (
    <Chips
      label="Linked entities"
      items={linkedEntities(intent).map((name) => (
        <NameCell name={name} what="entity" onOpen={onOpenEntity} />
      ))}
    />
  );
}

/** Panel (h2): a project's intents, their base-ontology flag and the entities they link to. */
export function IntentsList({ body, onOpenIntent, onOpenEntity }: IntentsListProps) {
  const intents = records<MixIntent>(body?.intents);
  return (
    <Panel title="Intents" className="view-intents">
      {intents.length === 0 ? (
        <Empty>No intents.</Empty>
      ) : (
        <table className="view-table" aria-label="Intents">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">ID</th>
              <th scope="col">Base ontology</th>
              <th scope="col">Entities</th>
            </tr>
          </thead>
          <tbody>
            {intents.map((intent, i) => (
              <tr key={textOf(intent.id) ?? i}>
                <th scope="row">
                  <NameCell name={textOf(intent.name)} what="intent" onOpen={onOpenIntent} />
                </th>
                <td className="view-id">{show(intent.id)}</td>
                <td>{show(intent.isInBaseOntology ?? false)}</td>
                <td>
                  <EntityChips intent={intent} onOpenEntity={onOpenEntity} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
