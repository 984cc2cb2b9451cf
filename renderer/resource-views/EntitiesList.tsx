import { useState } from 'react';
import { ENTITY_KINDS, entityKind, type MixEntityBody } from '../../common/mix-models';
import type { MixEntitiesBody } from './bodies';
import { entityFacts, entityKindName } from './entity-kinds';
import { records, textOf } from '../../common/tolerant-reader';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import { Empty, NameCell, Panel } from './ui';

export interface EntitiesListProps {
  /** `entities.list` body: `{ entities: [{ listEntity: {...} }, ...] }`. */
  body: MixEntitiesBody | undefined;
  onOpenEntity?: (entityName: string) => void;
}

interface Group {
  kind: string;
  entities: MixEntityBody[];
}

function groupByKind(body: MixEntitiesBody | undefined): Group[] {
  const groups = new Map<string, MixEntityBody[]>();
  for (const wrapper of records(body?.entities)) {
    const read = entityKind(wrapper);
    if (!read) continue;
    const list = groups.get(read.kind) ?? [];
    list.push(read.entity);
    groups.set(read.kind, list);
  }
  const rank = (kind: string) => {
    const index = (ENTITY_KINDS as readonly string[]).indexOf(kind);
    return index === -1 ? ENTITY_KINDS.length : index;
  };
  return [...groups]
    .map(([kind, entities]) => ({ kind, entities }))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.kind.localeCompare(b.kind));
}

function entityColumns(
  kind: string,
  onOpenEntity: ((entityName: string) => void) | undefined,
): Column<MixEntityBody>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      value: (entity) => textOf(entity.name),
      render: (entity) => <NameCell name={textOf(entity.name)} what="entity" onOpen={onOpenEntity} />,
      width: 'minmax(160px, 1fr)',
    },
    {
      id: 'details',
      header: 'Details',
      value: () => undefined,
      sortable: false,
      render: (entity) => (
        <dl className="view-inline-facts">
          {entityFacts(kind, entity, onOpenEntity).map((fact) => (
            <div key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      ),
      width: 'minmax(240px, 3fr)',
    },
  ];
}

/** Panel (h2): entities grouped by kind (h3 per kind) with each kind's key facts, filterable by kind. */
export function EntitiesList({ body, onOpenEntity }: EntitiesListProps) {
  const [kindFilter, setKindFilter] = useState('all');
  const groups = groupByKind(body);
  const shown = groups.filter((group) => kindFilter === 'all' || group.kind === kindFilter);
  const total = groups.reduce((sum, group) => sum + group.entities.length, 0);
  return (
    <Panel
      title="Entities"
      className="view-entities"
      aside={
        groups.length > 1 && (
          <label className="view-filter">
            Kind{' '}
            <select value={kindFilter} onChange={(event) => setKindFilter(event.target.value)}>
              <option value="all">All kinds ({total})</option>
              {groups.map((group) => (
                <option key={group.kind} value={group.kind}>
                  {entityKindName(group.kind)} ({group.entities.length})
                </option>
              ))}
            </select>
          </label>
        )
      }
    >
      {shown.length === 0 && <Empty>No entities.</Empty>}
      {shown.map((group) => (
        <section
          key={group.kind}
          className="view-group"
          aria-label={`${entityKindName(group.kind)} entities`}
        >
          <h3>
            {entityKindName(group.kind)} <span className="muted">({group.entities.length})</span>
          </h3>
          <DataTable
            label={`${entityKindName(group.kind)} entities`}
            columns={entityColumns(group.kind, onOpenEntity)}
            rows={group.entities}
            rowKey={(entity, i) => textOf(entity.id) ?? `${textOf(entity.name) ?? ''}-${i}`}
            onOpen={
              onOpenEntity &&
              ((entity) => {
                const name = textOf(entity.name);
                if (name) onOpenEntity(name);
              })
            }
          />
        </section>
      ))}
    </Panel>
  );
}
