import type { MixLanguageTopic } from '../../common/mix-models';
import type { MixLanguageTopicsBody } from './bodies';
import { field, records, texts, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Chips, Empty, Panel } from './ui';

export interface LanguageTopicsViewProps {
  /** `languageTopics.list` body: `{ languageTopics }`. */
  body: MixLanguageTopicsBody | undefined;
}

/** Panel (h2): language topics, their locales and the data-pack versions of each. */
export function LanguageTopicsView({ body }: LanguageTopicsViewProps) {
  const topics = records<MixLanguageTopic>(body?.languageTopics);
  const rows = topics.flatMap((topic): { topic: MixLanguageTopic; locale?: object }[] => {
    const locales = records(topic.locales);
    return locales.length === 0 ? [{ topic }] : locales.map((locale) => ({ topic, locale }));
  });
  return (
    <Panel title="Language topics" className="view-topics">
      {rows.length === 0 ? (
        <Empty>No language topics.</Empty>
      ) : (
        <table className="view-table" aria-label="Language topics">
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Locale</th>
              <th scope="col">Data pack versions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ topic, locale }, i) => (
              <tr key={`${textOf(topic.name) ?? i}-${textOf(field(locale, 'locale')) ?? i}`}>
                <th scope="row">{show(topic.name ?? topic.id)}</th>
                <td>{show(field(locale, 'locale'))}</td>
                <td>
                  <Chips label="Versions" items={texts(field(locale, 'versions'))} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
