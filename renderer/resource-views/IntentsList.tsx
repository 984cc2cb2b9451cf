import type { MixIntent } from '../../common/mix-models';
import type { MixIntentsBody } from './bodies';
import { field, records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
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
  const columns: Column<MixIntent>[] = [
    {
      id: 'name',
      header: 'Name',
      value: (intent) => textOf(intent.name),
      render: (intent) => <NameCell name={textOf(intent.name)} what="intent" onOpen={onOpenIntent} />,
      width: 'minmax(160px, 2fr)',
    },
    {
      id: 'id',
      header: 'ID',
      value: (intent) => textOf(intent.id),
      render: (intent) => <span className="view-id">{show(intent.id)}</span>,
      width: 'minmax(110px, 1fr)',
    },
    {
      id: 'base',
      header: 'Base ontology',
      value: (intent) => intent.isInBaseOntology === true,
      width: '130px',
    },
    {
      id: 'entities',
      header: 'Entities',
      value: (intent) => linkedEntities(intent).join(' '),
      render: (intent) => <EntityChips intent={intent} onOpenEntity={onOpenEntity} />,
      width: 'minmax(200px, 3fr)',
    },
  ];
  return (
    <Panel title="Intents" className="view-intents">
      {intents.length === 0 ? (
        <Empty>No intents.</Empty>
      ) : (
        <DataTable
          label="Intents"
          columns={columns}
          rows={intents}
          rowKey={(intent, i) => textOf(intent.id) ?? `${textOf(intent.name) ?? ''}-${i}`}
          onOpen={
            onOpenIntent &&
            ((intent) => {
              const name = textOf(intent.name);
              if (name) onOpenIntent(name);
            })
          }
        />
      )}
    </Panel>
  );
}
