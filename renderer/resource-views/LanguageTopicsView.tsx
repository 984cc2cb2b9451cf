import type { MixLanguageTopic } from '../../common/mix-models';
import type { MixLanguageTopicsBody } from './bodies';
import { field, records, texts, textOf } from '../../common/tolerant-reader';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import { chipsColumn, Empty, Panel } from './ui';

interface Row {
  topic: MixLanguageTopic;
  locale?: object;
}

const COLUMNS: Column<Row>[] = [
  {
    id: 'topic',
    header: 'Topic',
    value: ({ topic }) => textOf(topic.name ?? topic.id),
    width: 'minmax(110px, 1fr)',
  },
  {
    id: 'locale',
    header: 'Locale',
    value: ({ locale }) => textOf(field(locale, 'locale')),
    width: 'minmax(90px, 1fr)',
  },
  chipsColumn<Row>(
    'versions',
    'Data pack versions',
    ({ locale }) => texts(field(locale, 'versions')),
    'minmax(200px, 3fr)',
    'Versions',
  ),
];

export interface LanguageTopicsViewProps {
  /** `languageTopics.list` body: `{ languageTopics }`. */
  body: MixLanguageTopicsBody | undefined;
}

/** Panel (h2): language topics, their locales and the data-pack versions of each. */
export function LanguageTopicsView({ body }: LanguageTopicsViewProps) {
  const topics = records<MixLanguageTopic>(body?.languageTopics);
  const rows = topics.flatMap((topic): Row[] => {
    const locales = records(topic.locales);
    return locales.length === 0 ? [{ topic }] : locales.map((locale) => ({ topic, locale }));
  });
  return (
    <Panel title="Language topics" className="view-topics">
      {rows.length === 0 ? (
        <Empty>No language topics.</Empty>
      ) : (
        <DataTable
          label="Language topics"
          columns={COLUMNS}
          rows={rows}
          rowKey={({ topic, locale }, i) =>
            `${textOf(topic.name) ?? i}-${textOf(field(locale, 'locale')) ?? i}`
          }
        />
      )}
    </Panel>
  );
}
