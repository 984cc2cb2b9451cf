import type { MixIntent } from '../../common/mix-models';
import type { MixIntentBody } from './bodies';
import { EntityChips } from './IntentsList';
import { LocaleDownload } from './LocaleDownload';
import type { ProjectItemPageProps } from './project-item';
import { objectOf, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Fact, Facts, Page } from './ui';

/** `intents.get` body: `{ intent }`, with its project. */
export type IntentDetailProps = ProjectItemPageProps<MixIntentBody>;

/** Page-level (h1): one intent, its linked entities and its samples download. */
export function IntentDetail({
  body,
  projectId,
  locales = [],
  projectName,
  onOpenEntity,
  renderDownload,
}: IntentDetailProps) {
  const intent = objectOf<MixIntent>(body?.intent) ?? ({} as Partial<MixIntent>);
  const name = textOf(intent.name);
  const dataSource = intent.dataSource;
  return (
    <Page title={name ?? 'Intent'} className="view-intent">
      <Facts>
        <Fact label="Intent ID">{show(intent.id)}</Fact>
        <Fact label="In base ontology">{show(intent.isInBaseOntology ?? false)}</Fact>
        <Fact label="Data source">
          {typeof dataSource === 'string' ? (
            show(dataSource)
          ) : dataSource ? (
            <code>{JSON.stringify(dataSource)}</code>
          ) : (
            '—'
          )}
        </Fact>
      </Facts>
      <h2>Linked entities</h2>
      <EntityChips intent={intent as MixIntent} onOpenEntity={onOpenEntity} />
      {renderDownload && projectId && name && locales.length > 0 && (
        <LocaleDownload
          locales={locales}
          renderDownload={renderDownload}
          endpoint="samples.export"
          params={{ projectId, intentName: name }}
          label={`Samples of ${name}`}
          projectName={projectName}
        />
      )}
    </Page>
  );
}
