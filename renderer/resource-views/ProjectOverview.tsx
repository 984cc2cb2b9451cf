import type { MixLock } from '../../common/mix-models';
import type { MixProjectBody, MixProjectDetails } from './bodies';
import { LockBadge } from './LockBadge';
import { field, objectOf, records, texts, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Badge, CodeChips, DateTime, Empty, Fact, Facts, Page, Swatch } from './ui';

export interface ProjectOverviewProps {
  /** `projects.get` body: `{ project }`. */
  body: MixProjectBody | undefined;
  /** `locks.get` body's `lock`, or the project's entry from `locks.list`; absent when not locked. */
  lock?: MixLock;
  /** The organization's display name, when the framework knows it. */
  organizationName?: string;
}

function Channels({ project }: { project: MixProjectDetails }) {
  const channels = records<{ channel?: unknown; isActive?: unknown }>(project.channels);
  if (channels.length === 0) return <Empty>No channels.</Empty>;
  return (
    <table className="view-table" aria-label="Channels">
      <thead>
        <tr>
          <th scope="col">Channel</th>
          <th scope="col">Colour</th>
          <th scope="col">Modes</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {channels.map(({ channel, isActive }, i) => (
          <tr key={textOf(field(channel, 'id')) ?? i}>
            <th scope="row">{show(field(channel, 'displayName') ?? field(channel, 'codeName'))}</th>
            <td>
              <Swatch colour={field(channel, 'color')} />
            </td>
            <td>
              <CodeChips codes={texts(field(channel, 'modes'))} label="Modes" />
            </td>
            <td>{isActive === true ? <Badge tone="ok">Active</Badge> : <Badge>Inactive</Badge>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Datapacks({ project }: { project: MixProjectDetails }) {
  const datapacks = records<{ displayName?: unknown; version?: unknown; isActive?: unknown }>(
    project.datapacks,
  );
  if (datapacks.length === 0) return <Empty>No data packs.</Empty>;
  return (
    <table className="view-table" aria-label="Data packs">
      <thead>
        <tr>
          <th scope="col">Locale</th>
          <th scope="col">Version</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {datapacks.map((pack, i) => (
          <tr key={i}>
            <th scope="row">{show(pack.displayName)}</th>
            <td>{show(pack.version)}</td>
            <td>{pack.isActive === true ? <Badge tone="ok">Active</Badge> : <Badge>Inactive</Badge>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Page-level (h1): a project's identity, channels, data packs, dates and lock. */
export function ProjectOverview({ body, lock, organizationName }: ProjectOverviewProps) {
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
        {textOf(project.enginePackId) && <Fact label="Engine pack">{show(project.enginePackId)}</Fact>}
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
