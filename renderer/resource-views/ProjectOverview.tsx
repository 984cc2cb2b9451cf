import type { MixEnginePack, MixLock } from '../../common/mix-models';
import { enginePackNameOf } from './EnginePacksMatrix';
import type { MixProjectBody, MixProjectDetails } from './bodies';
import { LockBadge } from './LockBadge';
import { field, objectOf, records, texts, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import { Badge, CodeChips, DateTime, Empty, Fact, Facts, NamedId, Page, Swatch } from './ui';

export interface ProjectOverviewProps {
  /** `projects.get` body: `{ project }`. */
  body: MixProjectBody | undefined;
  /** `locks.get` body's `lock`, or the project's entry from `locks.list`; absent when not locked. */
  lock?: MixLock;
  /** The organization's display name, when the framework knows it. */
  organizationName?: string;
  /** The organization's engine packs (`enginePacks.list` items), to name the project's; absent until read. */
  enginePacks?: readonly MixEnginePack[];
}

type Channel = { channel?: unknown; isActive?: unknown };
type Datapack = { displayName?: unknown; version?: unknown; isActive?: unknown };

const activeBadge = (isActive: unknown) =>
  isActive === true ? <Badge tone="ok">Active</Badge> : <Badge>Inactive</Badge>;

const CHANNEL_COLUMNS: Column<Channel>[] = [
  {
    id: 'channel',
    header: 'Channel',
    value: ({ channel }) => textOf(field(channel, 'displayName') ?? field(channel, 'codeName')),
    width: 'minmax(120px, 1.5fr)',
  },
  {
    id: 'colour',
    header: 'Colour',
    value: ({ channel }) => textOf(field(channel, 'color')),
    render: ({ channel }) => <Swatch colour={field(channel, 'color')} />,
    width: 'minmax(100px, 1fr)',
  },
  {
    id: 'modes',
    header: 'Modes',
    value: ({ channel }) => texts(field(channel, 'modes')).join(' '),
    render: ({ channel }) => <CodeChips codes={texts(field(channel, 'modes'))} label="Modes" />,
    width: 'minmax(160px, 2fr)',
  },
  {
    id: 'state',
    header: 'State',
    value: ({ isActive }) => (isActive === true ? 'Active' : 'Inactive'),
    render: ({ isActive }) => activeBadge(isActive),
    width: '100px',
  },
];

const DATAPACK_COLUMNS: Column<Datapack>[] = [
  { id: 'locale', header: 'Locale', value: (pack) => textOf(pack.displayName), width: 'minmax(100px, 1fr)' },
  { id: 'version', header: 'Version', value: (pack) => textOf(pack.version), width: 'minmax(100px, 1fr)' },
  {
    id: 'state',
    header: 'State',
    value: (pack) => (pack.isActive === true ? 'Active' : 'Inactive'),
    render: (pack) => activeBadge(pack.isActive),
    width: '100px',
  },
];

function Channels({ project }: { project: MixProjectDetails }) {
  const channels = records<Channel>(project.channels);
  if (channels.length === 0) return <Empty>No channels.</Empty>;
  return (
    <DataTable
      label="Channels"
      columns={CHANNEL_COLUMNS}
      rows={channels}
      rowKey={({ channel }, i) => textOf(field(channel, 'id')) ?? String(i)}
    />
  );
}

function Datapacks({ project }: { project: MixProjectDetails }) {
  const datapacks = records<Datapack>(project.datapacks);
  if (datapacks.length === 0) return <Empty>No data packs.</Empty>;
  return (
    <DataTable
      label="Data packs"
      columns={DATAPACK_COLUMNS}
      rows={datapacks}
      rowKey={(_pack, i) => String(i)}
    />
  );
}

/** Page-level (h1): a project's identity, channels, data packs, dates and lock. */
export function ProjectOverview({ body, lock, organizationName, enginePacks }: ProjectOverviewProps) {
  const project = objectOf<MixProjectDetails>(body?.project) ?? { id: '' };
  const name = textOf(project.displayName) ?? textOf(project.id) ?? 'Project';
  const description = textOf(project.projectDescription);
  const orgId = textOf(project.orgId);
  return (
    <Page title={name} className="view-project" aside={lock && <LockBadge lock={lock} />}>
      {description && <p className="view-description">{description}</p>}
      <Facts>
        <Fact label="Project ID">{show(project.id)}</Fact>
        <Fact label="Organization">
          {organizationName ? `${organizationName}${orgId ? ` (${orgId})` : ''}` : show(orgId)}
        </Fact>
        <Fact label="Language topic">{show(project.languageTopic)}</Fact>
        <Fact label="Base data pack">{show(project.baseDatapack)}</Fact>
        {textOf(project.enginePackId) && (
          <Fact label="Engine pack">
            {enginePacks ? (
              <NamedId
                name={enginePackNameOf(enginePacks, textOf(project.enginePackId))}
                id={textOf(project.enginePackId)}
                what="engine pack"
              />
            ) : (
              show(project.enginePackId)
            )}
          </Fact>
        )}
        {typeof project.isChildDataCompliant === 'boolean' && (
          <Fact label="Child data compliant">{show(project.isChildDataCompliant)}</Fact>
        )}
        <Fact label="Created">
          <DateTime value={project.createTime} />
        </Fact>
        <Fact label="Updated">
          <DateTime value={project.updateTime} />
        </Fact>
      </Facts>
      <h2>Channels</h2>
      <Channels project={project} />
      <h2>Data packs</h2>
      <Datapacks project={project} />
      {texts(project.enginePackFeatures).length > 0 && (
        <>
          <h2>Engine pack features</h2>
          <CodeChips codes={texts(project.enginePackFeatures)} label="Engine pack features" />
        </>
      )}
    </Page>
  );
}
