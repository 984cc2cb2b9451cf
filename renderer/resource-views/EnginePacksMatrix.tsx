import { enginePackTopicRows, type EnginePackTopicRow, type MixEnginePack } from '../../common/mix-models';
import type { MixEnginePacksBody } from './bodies';
import { records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import { Badge, Empty, Fact, Facts, Panel } from './ui';

export interface EnginePacksMatrixProps {
  /** `enginePacks.list` body: `{ enginePacks }`. */
  body: MixEnginePacksBody | undefined;
}

const VERSION_COLUMNS: Column<EnginePackTopicRow>[] = [
  { id: 'topic', header: 'Topic', value: (row) => row.topic, width: 'minmax(100px, 1fr)' },
  { id: 'locale', header: 'Locale', value: (row) => row.locale, width: 'minmax(80px, 1fr)' },
  {
    id: 'versions',
    header: 'Data pack versions',
    value: (row) => row.versions.map((entry) => entry.version).join(' '),
    render: (row) =>
      row.versions.length === 0 ? (
        '—'
      ) : (
        <ul className="view-chips" aria-label={`Versions for ${row.topic} ${row.locale}`}>
          {row.versions.map(({ version, supported }) => (
            <li key={version} className={`view-chip ${supported ? '' : 'view-chip-off'}`}>
              {version}
              <span className="view-chip-note">{supported ? ' supported' : ' not supported'}</span>
            </li>
          ))}
        </ul>
      ),
    width: 'minmax(200px, 3fr)',
  },
];

/** What an engine pack is called: Mix gives packs no name, so their version names them (`Engine pack 4.2.0`). */
export function enginePackName(pack: MixEnginePack, index = 0): string {
  return `Engine pack ${textOf(pack.version) ?? textOf(pack.enginePackId) ?? index + 1}`;
}

/** The name of the engine pack with this id among the packs Mix listed, or undefined. */
export function enginePackNameOf(
  packs: readonly MixEnginePack[],
  id: string | undefined,
): string | undefined {
  const pack = records<MixEnginePack>(packs).find(
    (item) => id !== undefined && textOf(item.enginePackId) === id,
  );
  return pack ? `${enginePackName(pack)}${pack.isDefault === true ? ' (default)' : ''}` : undefined;
}

/** Panel (h2): each engine pack (h3, the default one marked) with its engine versions and data-pack matrix. */
export function EnginePacksMatrix({ body }: EnginePacksMatrixProps) {
  const packs = records<MixEnginePack>(body?.enginePacks);
  return (
    <Panel title="Engine packs" className="view-engine-packs">
      {packs.length === 0 && <Empty>No engine packs.</Empty>}
      {packs.map((pack, i) => {
        const name = enginePackName(pack, i);
        const rows = enginePackTopicRows(pack.topics);
        return (
          <section key={textOf(pack.enginePackId) ?? i} className="view-pack" aria-label={name}>
            <h3>
              {name}
              {pack.isDefault === true && (
                <>
                  {' '}
                  <Badge tone="ok">Default</Badge>
                </>
              )}
            </h3>
            <Facts>
              <Fact label="Engine pack ID">{show(pack.enginePackId)}</Fact>
              <Fact label="ASR">{show(pack.asrVersion)}</Fact>
              <Fact label="NLU">{show(pack.nluVersion)}</Fact>
              <Fact label="Dialog">{show(pack.dialogVersion)}</Fact>
              <Fact label="TTS">{show(pack.ttsVersion)}</Fact>
            </Facts>
            {rows.length === 0 ? (
              <Empty>No data packs.</Empty>
            ) : (
              <DataTable
                label={`Data packs of ${name}`}
                columns={VERSION_COLUMNS}
                rows={rows}
                rowKey={(row) => `${row.topic}/${row.locale}`}
              />
            )}
          </section>
        );
      })}
    </Panel>
  );
}
