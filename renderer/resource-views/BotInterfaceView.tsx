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
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
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

const CHANNEL_COLUMNS: Column<MixBotChannel>[] = [
  {
    id: 'channel',
    header: 'Channel',
    value: (channel) => textOf(channel.displayName ?? channel.codeName ?? channel.id),
    width: 'minmax(140px, 1fr)',
  },
  {
    id: 'code',
    header: 'Code name',
    value: (channel) => textOf(channel.codeName),
    width: 'minmax(120px, 1fr)',
  },
  {
    id: 'modes',
    header: 'Modes',
    value: (channel) => texts(channel.modes).join(' '),
    render: (channel) => <CodeChips codes={texts(channel.modes)} label="Modes" />,
    width: 'minmax(200px, 2fr)',
  },
  {
    id: 'colour',
    header: 'Colour',
    value: (channel) => textOf(channel.color),
    render: (channel) => <Swatch colour={channel.color} />,
    width: '130px',
  },
];

const VARIABLE_COLUMNS: Column<MixBotVariable>[] = [
  {
    id: 'name',
    header: 'Variable',
    value: (variable) => textOf(variable.displayName ?? variable.id),
    width: 'minmax(140px, 2fr)',
  },
  {
    id: 'type',
    header: 'Type',
    value: (variable) => {
      const type = botVariableType(variable);
      return type?.kind === 'simple' ? type.type : type?.typeId;
    },
    render: (variable) => <VariableType variable={variable} />,
    width: 'minmax(120px, 1fr)',
  },
  {
    id: 'description',
    header: 'Description',
    value: (variable) => textOf(variable.description),
    width: 'minmax(160px, 2fr)',
  },
  {
    id: 'reserved',
    header: 'Reserved',
    value: (variable) => variable.isReserved === true,
    render: (variable) => (variable.isReserved === true ? <Badge>Reserved</Badge> : 'No'),
    width: '110px',
  },
];

const TRANSFER_COLUMNS: Column<MixTransferNode>[] = [
  {
    id: 'name',
    header: 'Node',
    value: (node) => textOf(node.nodeName ?? node.id),
    width: 'minmax(140px, 1fr)',
  },
  {
    id: 'type',
    header: 'Type',
    value: (node) => textOf(node.nodeType),
    render: (node) => {
      const type = textOf(node.nodeType);
      return type ? humanize(type) : show(type);
    },
    width: 'minmax(110px, 1fr)',
  },
  {
    id: 'description',
    header: 'Description',
    value: (node) => textOf(node.description),
    width: 'minmax(160px, 2fr)',
  },
  {
    id: 'request',
    header: 'Request variables',
    value: (node) => requestVariableNames(node).join(' '),
    render: (node) => {
      const names = requestVariableNames(node);
      return names.length === 0 ? (
        <span className="muted">None</span>
      ) : (
        <Chips label="Request variables" items={names} />
      );
    },
    width: 'minmax(180px, 2fr)',
  },
];

const keyOf = (row: { id?: unknown }, index: number) => textOf(row.id) ?? String(index);

function ChannelsTable({ channels }: { channels: MixBotChannel[] }) {
  if (channels.length === 0) return <Empty>No channels.</Empty>;
  return <DataTable label="Interface channels" columns={CHANNEL_COLUMNS} rows={channels} rowKey={keyOf} />;
}

function VariablesTable({ variables }: { variables: MixBotVariable[] }) {
  if (variables.length === 0) return <Empty>No variables.</Empty>;
  return <DataTable label="Interface variables" columns={VARIABLE_COLUMNS} rows={variables} rowKey={keyOf} />;
}

function TransferNodesTable({ nodes }: { nodes: MixTransferNode[] }) {
  if (nodes.length === 0) return <Empty>No transfer nodes.</Empty>;
  return <DataTable label="Transfer nodes" columns={TRANSFER_COLUMNS} rows={nodes} rowKey={keyOf} />;
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
