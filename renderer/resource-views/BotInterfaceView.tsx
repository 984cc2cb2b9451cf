import {
  botVariableType,
  requestVariableNames,
  type MixBotChannel,
  type MixBotInterface,
  type MixBotVariable,
  type MixTransferNode,
} from '../../common/mix-models';
import type { MixBotInterfaceBody } from './bodies';
import { objectOf, records, texts, textOf } from '../../common/tolerant-reader';
import { humanize, show } from '../format';
import { Badge, Chips, CodeChips, DateTime, Empty, Fact, Facts, Panel, Swatch } from './ui';

export interface BotInterfaceViewProps {
  /** `botInterfaces.get` body: `{ interface }` (mix-api.md §10 shapes). */
  body: MixBotInterfaceBody | undefined;
}

/** `STRING_TYPE` → `String`; a complex type by its id. */
function VariableType({ variable }: { variable: MixBotVariable }) {
  const type = botVariableType(variable);
  if (!type) return <span className="muted">—</span>;
  if (type.kind === 'simple') return <>{humanize(type.type.replace(/_TYPE$/, ''))}</>;
  return (
    <>
      Complex type <code>{type.typeId}</code>
    </>
  );
}

function ChannelsTable({ channels }: { channels: MixBotChannel[] }) {
  if (channels.length === 0) return <Empty>No channels.</Empty>;
  return (
    <table className="view-table" aria-label="Interface channels">
      <thead>
        <tr>
          <th scope="col">Channel</th>
          <th scope="col">Code name</th>
          <th scope="col">Modes</th>
          <th scope="col">Colour</th>
        </tr>
      </thead>
      <tbody>
        {channels.map((channel, i) => (
          <tr key={textOf(channel.id) ?? i}>
            <th scope="row">{show(channel.displayName ?? channel.codeName ?? channel.id)}</th>
            <td>{show(channel.codeName)}</td>
            <td>
              <CodeChips codes={texts(channel.modes)} label="Modes" />
            </td>
            <td>
              <Swatch colour={channel.color} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function VariablesTable({ variables }: { variables: MixBotVariable[] }) {
  if (variables.length === 0) return <Empty>No variables.</Empty>;
  return (
    <table className="view-table" aria-label="Interface variables">
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Type</th>
          <th scope="col">Description</th>
          <th scope="col">Reserved</th>
        </tr>
      </thead>
      <tbody>
        {variables.map((variable, i) => (
          <tr key={textOf(variable.id) ?? i}>
            <th scope="row">{show(variable.displayName ?? variable.id)}</th>
            <td>
              <VariableType variable={variable} />
            </td>
            <td>{show(variable.description)}</td>
            <td>{variable.isReserved === true ? <Badge>Reserved</Badge> : 'No'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TransferNodesTable({ nodes }: { nodes: MixTransferNode[] }) {
  if (nodes.length === 0) return <Empty>No transfer nodes.</Empty>;
  return (
    <table className="view-table" aria-label="Transfer nodes">
      <thead>
        <tr>
          <th scope="col">Node</th>
          <th scope="col">Type</th>
          <th scope="col">Description</th>
          <th scope="col">Request variables</th>
        </tr>
      </thead>
      <tbody>
        {nodes.map((node, i) => {
          const requestVariables = requestVariableNames(node);
          const type = textOf(node.nodeType);
          return (
            <tr key={textOf(node.id) ?? i}>
              <th scope="row">{show(node.nodeName ?? node.id)}</th>
              <td>{type ? humanize(type) : show(type)}</td>
              <td>{show(node.description)}</td>
              <td>
                {requestVariables.length === 0 ? (
                  <span className="muted">None</span>
                ) : (
                  <Chips label="Request variables" items={requestVariables} />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Panel (h2): what a bot config exposes to a client: locales, channels, variables and transfer nodes. */
export function BotInterfaceView({ body }: BotInterfaceViewProps) {
  const face = objectOf<MixBotInterface>(body?.interface) ?? {};
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
      <ChannelsTable channels={records<MixBotChannel>(face.channels)} />
      <h3>Variables</h3>
      <VariablesTable variables={records<MixBotVariable>(face.variables)} />
      <h3>Transfer nodes</h3>
      <TransferNodesTable nodes={records<MixTransferNode>(face.transferNodes)} />
    </Panel>
  );
}
