import type { MixBotInterface } from '../../common/mix-models';
import type { MixBotInterfaceBody } from './bodies';
import { field, objectOf, records, texts, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Badge, Chips, CodeChips, DateTime, Empty, Fact, Facts, Panel } from './ui';

export interface BotInterfaceViewProps {
  /** `botInterfaces.get` body: `{ interface }`. */
  body: MixBotInterfaceBody | undefined;
}

/** Panel (h2): what a bot config exposes to a client: locales, channels, variables and transfer nodes. */
export function BotInterfaceView({ body }: BotInterfaceViewProps) {
  const face = objectOf<MixBotInterface>(body?.interface) ?? ({} as MixBotInterface);
  const channels = records(face.channels);
  const variables = records(face.variables);
  const transfers = records(face.transferNodes);
  return (
    <Panel title="Bot interface" className="view-bot-interface">
      <Facts>
        <Fact label="Version">{show(face.version)}</Fact>
        <Fact label="Language topic">{show(face.languageTopic)}</Fact>
        <Fact label="Locales">
          <Chips label="Locales" items={texts(face.locales)} />
        </Fact>
        <Fact label="Interface ID">{show(face.id)}</Fact>
        <Fact label="Created">
          <DateTime value={face.createTime} />
        </Fact>
      </Facts>
      <h3>Channels</h3>
      {channels.length === 0 ? (
        <Empty>No channels.</Empty>
      ) : (
        <table className="view-table" aria-label="Interface channels">
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col">Modes</th>
            </tr>
          </thead>
          <tbody>
            {channels.map((channel, i) => (
              <tr key={textOf(field(channel, 'id')) ?? i}>
                <th scope="row">{show(field(channel, 'displayName') ?? field(channel, 'id'))}</th>
                <td>
                  <CodeChips codes={texts(field(channel, 'modes'))} label="Modes" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Variables</h3>
      {variables.length === 0 ? (
        <Empty>No variables.</Empty>
      ) : (
        <table className="view-table" aria-label="Interface variables">
          <thead>
            <tr>
              <th scope="col">Variable</th>
              <th scope="col">Type</th>
              <th scope="col">Reserved</th>
            </tr>
          </thead>
          <tbody>
            {variables.map((variable, i) => (
              <tr key={i}>
                <th scope="row">{show(field(variable, 'name'))}</th>
                <td>{show(field(variable, 'type'))}</td>
                <td>{field(variable, 'isReserved') === true ? <Badge>Reserved</Badge> : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Transfer nodes</h3>
      {transfers.length === 0 ? (
        <Empty>No transfer nodes.</Empty>
      ) : (
        <table className="view-table" aria-label="Transfer nodes">
          <thead>
            <tr>
              <th scope="col">Node</th>
              <th scope="col">Request data</th>
              <th scope="col">Response data</th>
            </tr>
          </thead>
          <tbody>
            {transfers.map((node, i) => (
              <tr key={i}>
                <th scope="row">{show(field(node, 'name'))}</th>
                <td>
                  <Chips label="Request data" items={texts(field(node, 'requestData'))} />
                </td>
                <td>
                  <Chips label="Response data" items={texts(field(node, 'responseData'))} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
