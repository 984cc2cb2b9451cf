import { useId, useState } from 'react';
import type { MixVoice } from '../../common/mix-models';
import type { MixVoicesBody } from './bodies';
import { records, texts, textOf } from '../../common/tolerant-reader';
import { humanize, show } from '../format';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import { Badge, chipsColumn, Empty, Panel } from './ui';

const sampleRates = (voice: MixVoice) =>
  texts(voice.sampleRateHz)
    .map((rate) => `${Number(rate) / 1000} kHz`)
    .join(', ');

const COLUMNS: Column<MixVoice>[] = [
  {
    id: 'name',
    header: 'Voice',
    value: (voice) => textOf(voice.name),
    render: (voice) => (
      <>
        {show(voice.name)} {voice.restricted === true && <Badge tone="warn">Restricted</Badge>}
      </>
    ),
    width: 'minmax(130px, 1.5fr)',
  },
  { id: 'locale', header: 'Locale', value: (voice) => textOf(voice.locale), width: '90px' },
  {
    id: 'gender',
    header: 'Gender',
    value: (voice) => (textOf(voice.gender) ? humanize(String(voice.gender)) : undefined),
    width: '90px',
  },
  {
    id: 'model',
    header: 'Model',
    value: (voice) => (textOf(voice.model) ? humanize(String(voice.model)) : undefined),
    width: 'minmax(80px, 1fr)',
  },
  {
    id: 'rates',
    header: 'Sample rates',
    value: (voice) => sampleRates(voice) || undefined,
    width: 'minmax(110px, 1fr)',
  },
  chipsColumn<MixVoice>('styles', 'Styles', (voice) => texts(voice.styles), 'minmax(100px, 1fr)'),
  chipsColumn<MixVoice>(
    'foreign',
    'Foreign languages',
    (voice) => texts(voice.foreignLanguages),
    'minmax(120px, 1fr)',
  ),
];

export interface VoicesViewProps {
  /** `voices.list` body: `{ voices }`. */
  body: MixVoicesBody | undefined;
}

const ALL = '';

/** Panel (h2): TTS voices with locale, gender, model, sample rates, styles; restricted ones marked; filter by locale. */
export function VoicesView({ body }: VoicesViewProps) {
  const filterId = useId();
  const [locale, setLocale] = useState(ALL);
  const voices = records<MixVoice>(body?.voices);
  const locales = [
    ...new Set(voices.map((voice) => textOf(voice.locale)).filter((l): l is string => !!l)),
  ].sort();
  const shown = voices.filter((voice) => locale === ALL || voice.locale === locale);
  return (
    <Panel
      title="Voices"
      className="view-voices"
      aside={
        locales.length > 1 && (
          <span className="view-filter">
            <label htmlFor={filterId}>Locale</label>{' '}
            <select id={filterId} value={locale} onChange={(event) => setLocale(event.target.value)}>
              <option value={ALL}>All locales ({voices.length})</option>
              {locales.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </span>
        )
      }
    >
      {shown.length === 0 ? (
        <Empty>No voices.</Empty>
      ) : (
        <DataTable
          label="Voices"
          columns={COLUMNS}
          rows={shown}
          rowKey={(voice, i) =>
            `${textOf(voice.name) ?? i}-${textOf(voice.locale) ?? ''}-${textOf(voice.model) ?? ''}`
          }
        />
      )}
    </Panel>
  );
}
