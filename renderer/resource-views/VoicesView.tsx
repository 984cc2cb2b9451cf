import { useId, useState } from 'react';
import type { MixVoice } from '../../common/mix-models';
import type { MixVoicesBody } from './bodies';
import { records, texts, textOf } from '../../common/tolerant-reader';
import { humanize, show } from '../format';
import { Badge, Chips, Empty, Panel } from './ui';

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
        <table className="view-table" aria-label="Voices">
          <thead>
            <tr>
              <th scope="col">Voice</th>
              <th scope="col">Locale</th>
              <th scope="col">Gender</th>
              <th scope="col">Model</th>
              <th scope="col">Sample rates</th>
              <th scope="col">Styles</th>
              <th scope="col">Foreign languages</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((voice, i) => (
              <tr
                key={`${textOf(voice.name) ?? i}-${textOf(voice.locale) ?? ''}-${textOf(voice.model) ?? ''}`}
              >
                <th scope="row">
                  {show(voice.name)} {voice.restricted === true && <Badge tone="warn">Restricted</Badge>}
                </th>
                <td>{show(voice.locale)}</td>
                <td>{textOf(voice.gender) ? humanize(String(voice.gender)) : '—'}</td>
                <td>{textOf(voice.model) ? humanize(String(voice.model)) : '—'}</td>
                <td>
                  {texts(voice.sampleRateHz)
                    .map((rate) => `${Number(rate) / 1000} kHz`)
                    .join(', ') || '—'}
                </td>
                <td>
                  <Chips label="Styles" items={texts(voice.styles)} />
                </td>
                <td>
                  <Chips label="Foreign languages" items={texts(voice.foreignLanguages)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
