import { entityKind } from '../../common/mix-models';
import type { MixEntityGetBody } from './bodies';
import { entityFacts, entityKindName } from './entity-kinds';
import { LocaleDownload } from './LocaleDownload';
import type { ProjectItemPageProps } from './project-item';
import { field, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Badge, Fact, Facts, Page } from './ui';

/** `entities.get` body: `{ entity: { <kind>Entity: {...} } }`, with its project. */
export type EntityDetailProps = ProjectItemPageProps<MixEntityGetBody>;

/** Page-level (h1): one entity with its kind and the facts that matter for that kind. */
export function EntityDetail({
  body,
  projectId,
  locales = [],
  projectName,
  onOpenEntity,
  renderDownload,
}: EntityDetailProps) {
  const read = entityKind(body?.entity);
  if (!read) {
    return (
      <Page title="Entity" className="view-entity">
        <p className="muted">Mix sent no entity in a form Mix Explorer knows.</p>
      </Page>
    );
  }
  const { kind, entity } = read;
  const name = textOf(entity.name);
  const canDownload = renderDownload && projectId && name;
  return (
    <Page
      title={name ?? 'Entity'}
      className="view-entity"
      aside={<Badge tone="info">{entityKindName(kind)} entity</Badge>}
    >
      <Facts>
        <Fact label="Entity ID">{show(entity.id)}</Fact>
        <Fact label="Kind">{entityKindName(kind)}</Fact>
        {entityFacts(kind, entity, onOpenEntity).map((fact) => (
          <Fact key={fact.label} label={fact.label}>
            {fact.value}
          </Fact>
        ))}
        {textOf(entity.anaphora) && <Fact label="Anaphora">{show(entity.anaphora)}</Fact>}
        {kind !== 'list' && typeof field(entity.settings, 'isSensitive') === 'boolean' && (
          <Fact label="Sensitive">{show(field(entity.settings, 'isSensitive'))}</Fact>
        )}
      </Facts>
      {canDownload && kind === 'list' && locales.length > 0 && (
        <LocaleDownload
          locales={locales}
          renderDownload={renderDownload}
          endpoint="literals.export"
          params={{ projectId, entityName: name }}
          label={`Literals of ${name}`}
          projectName={projectName}
        />
      )}
      {canDownload && kind === 'ruleBased' && (
        <section className="view-actions" aria-label="Downloads">
          {renderDownload({
            endpoint: 'grammars.export',
            params: { projectId, entityName: name },
            label: `Grammars of ${name}`,
            projectName,
          })}
        </section>
      )}
    </Page>
  );
}
