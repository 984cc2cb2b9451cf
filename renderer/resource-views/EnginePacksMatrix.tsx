import { enginePackTopicRows, type MixEnginePack } from '../../common/mix-models';
import type { MixEnginePacksBody } from './bodies';
import { records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Badge, Empty, Fact, Facts, Panel } from './ui';

export interface EnginePacksMatrixProps {
  /** `enginePacks.list` body: `{ enginePacks }`. */
  body: MixEnginePacksBody | undefined;
}

/** Panel (h2): each engine pack (h3, the default one marked) with its engine versions and data-pack matrix. */
export function EnginePacksMatrix({ body }: EnginePacksMatrixProps) {
  const packs = records<MixEnginePack>(body?.enginePacks);
  return (
    <Panel title="Engine packs" className="view-engine-packs">
      {packs.length === 0 && <Empty>No engine packs.</Empty>}
      {packs.map((pack, i) => {
        const name = `Engine pack ${textOf(pack.version) ?? textOf(pack.enginePackId) ?? i + 1}`;
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
              <table className="view-table" aria-label={`Data packs of ${name}`}>
                <thead>
                  <tr>
                    <th scope="col">Topic</th>
                    <th scope="col">Locale</th>
                    <th scope="col">Data pack versions</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={`${row.topic}/${row.locale}`}>
                      <th scope="row">{row.topic}</th>
                      <td>{row.locale}</td>
                      <td>
                        {row.versions.length === 0 ? (
                          '—'
                        ) : (
                          <ul className="view-chips" aria-label={`Versions for ${row.topic} ${row.locale}`}>
                            {row.versions.map(({ version, supported }) => (
                              <li key={version} className={`view-chip ${supported ? '' : 'view-chip-off'}`}>
                                {version}
                                <span className="view-chip-note">
                                  {supported ? ' supported' : ' not supported'}
                                </span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </Panel>
  );
}
