import { useState } from 'react';
import type { ReactNode } from 'react';
import type { ProjectTab } from '../../../common/explorer-routes';
import { PROJECT_TABS } from '../../../common/explorer-routes';
import type {
  MixBuild,
  MixEnginePack,
  MixEntityWrapper,
  MixEnvConfigs,
  MixIntent,
  MixJob,
  MixLatestBuilds,
  MixLock,
  MixProject,
} from '../../../common/mix-models';
import { listItems, textOf, unwrap } from '../../../common/tolerant-reader';
import type {
  BuildType,
  MixBuildsBody,
  MixEntitiesBody,
  MixIntentsBody,
  MixJobsBody,
  MixLocksBody,
  MixProjectBody,
} from '../../resource-views';
import {
  BUILDS_DEFAULT_SORT,
  BuildsPanel,
  CompareBuilds,
  EntitiesList,
  EnvConfigs,
  IntentsList,
  JOBS_DEFAULT_SORT,
  JobsList,
  LatestBuilds,
  LocksList,
  ProjectExports,
  ProjectOverview,
} from '../../resource-views';
import { BUILD_SORT_FIELDS } from '../build-reads';
import { useExplorer } from '../explorer-context';
import { PROJECT_TAB_LABELS } from '../labels';
import type { MixQueryResult } from '../mix-query';
import { useMixQuery } from '../mix-query';
import { renderDownload } from '../render-download';
import { ResourceView } from '../ResourceView';
import type { ViewQuery } from '../ResourceView';
import type { MixRequest } from '../route-requests';
import { usePagedList } from '../usePagedList';
import { ListPageControls } from './ListPageControls';
import { JOB_POLL_MS } from './polling';
import { useOrgName } from './OrgListView';

/** A project and its tabs: overview, builds, intents, entities, jobs, locks, environment configs, exports. */
export function ProjectView({ projectId, tab }: { projectId: string; tab: ProjectTab }) {
  const { state } = useExplorer();
  const projectQuery = useMixQuery<MixProjectBody>('projects.get', { projectId });
  const project = unwrap(projectQuery.data, 'project') as MixProject | undefined;
  const title = project?.displayName ?? `Project ${projectId}`;
  const route = { kind: 'project', projectId, tab } as const;
  const frame: Frame = {
    tabs: PROJECT_TABS.map((id) => ({ id, label: PROJECT_TAB_LABELS[id] })),
    activeTab: tab,
    onTab: (id: string) => state.navigate({ kind: 'project', projectId, tab: id as ProjectTab }),
  };
  const subtitle = `Project ${projectId}${project?.languageTopic ? ` · ${project.languageTopic}` : ''}`;
  const common = { projectId, title, subtitle, frame, projectName: project?.displayName };

  switch (tab) {
    case 'overview':
      return (
        <ResourceView
          title={title}
          subtitle={subtitle}
          route={route}
          query={projectQuery}
          request={{ endpoint: 'projects.get', params: { projectId } }}
          {...frame}
        >
          <ProjectOverviewTab projectId={projectId} body={projectQuery.data} orgId={textOf(project?.orgId)} />
        </ResourceView>
      );
    case 'exports':
      return <ExportsTab {...common} project={project} projectQuery={projectQuery} />;
    case 'builds':
      return <BuildsTab {...common} />;
    case 'intents':
      return <IntentsTab {...common} />;
    case 'entities':
      return <EntitiesTab {...common} />;
    case 'jobs':
      return <JobsTab {...common} />;
    case 'locks':
      return <LocksTab {...common} />;
    case 'env-configs':
      return <EnvConfigsTab {...common} />;
  }
}

type Frame = { tabs: { id: string; label: string }[]; activeTab: string; onTab: (id: string) => void };

interface TabProps {
  projectId: string;
  title: string;
  subtitle: string;
  frame: Frame;
  projectName?: string;
}

/** The frame of one project tab: the project's heading, its tabs and this tab's request. */
function ProjectTabFrame({
  projectId,
  title,
  subtitle,
  frame,
  projectName: _projectName,
  tab,
  children,
  ...view
}: TabProps & {
  tab: ProjectTab;
  query: ViewQuery;
  request: MixRequest;
  isEmpty?: boolean;
  emptyText?: string;
  children: ReactNode;
}) {
  return (
    <ResourceView
      title={title}
      subtitle={subtitle}
      route={{ kind: 'project', projectId, tab }}
      {...view}
      {...frame}
    >
      {children}
    </ResourceView>
  );
}

function ProjectOverviewTab({
  projectId,
  body,
  orgId,
}: {
  projectId: string;
  body: MixProjectBody | undefined;
  orgId?: string;
}) {
  const { state } = useExplorer();
  const orgName = useOrgName(orgId ?? '');
  const locks = useMixQuery<MixLocksBody>('locks.list', { projectId });
  const lock = (listItems(locks.data, 'locks') as MixLock[])[0];
  // The organization's engine packs name the project's (the same read as the Engine packs view).
  const packs = useMixQuery('enginePacks.list', { orgId: orgId ?? '' }, { enabled: orgId !== undefined });
  const latest = useMixQuery<MixLatestBuilds>('builds.latest', { projectId });
  const projectName = (unwrap(body, 'project') as MixProject | undefined)?.displayName;
  return (
    <>
      <ProjectOverview
        body={body}
        lock={lock}
        organizationName={orgName}
        enginePacks={
          packs.data === undefined ? undefined : (listItems(packs.data, 'enginePacks') as MixEnginePack[])
        }
      />
      <LatestBuilds
        body={latest.data}
        onOpenBuild={(buildLabel) => state.navigate({ kind: 'build', buildLabel })}
        renderDownload={renderDownload}
        projectName={projectName}
      />
    </>
  );
}

/** Job columns Mix can sort by. */
const JOB_SORT_FIELDS = { created: 'createTime', type: 'type', id: 'id' };

function BuildsTab(props: TabProps) {
  const { projectId, projectName } = props;
  const { state } = useExplorer();
  const [type, setType] = useState<BuildType>('NLU');
  const list = usePagedList<MixBuild>({
    endpoint: 'builds.list',
    base: { projectId, type },
    sortFields: BUILD_SORT_FIELDS,
    initialSort: BUILDS_DEFAULT_SORT,
  });
  return (
    <ProjectTabFrame
      {...props}
      tab="builds"
      query={list.query}
      request={{ endpoint: 'builds.list', params: list.params }}
    >
      <ListPageControls list={list} />
      <BuildsPanel
        type={type}
        body={list.query.data as MixBuildsBody | undefined}
        onTypeChange={setType}
        onOpenBuild={(buildLabel) => state.navigate({ kind: 'build', buildLabel })}
        renderDownload={renderDownload}
        projectName={projectName}
        sort={list.sort}
        onSort={list.toggleSort}
      />
      <CompareBuilds builds={listItems(list.query.data, 'builds') as MixBuild[]} />
    </ProjectTabFrame>
  );
}

function IntentsTab(props: TabProps) {
  const { projectId } = props;
  const { state } = useExplorer();
  const query = useMixQuery<MixIntentsBody>('intents.list', { projectId });
  const intents = listItems(query.data, 'intents') as MixIntent[];
  return (
    <ProjectTabFrame
      {...props}
      tab="intents"
      query={query}
      request={{ endpoint: 'intents.list', params: { projectId } }}
      isEmpty={intents.length === 0}
      emptyText="This project has no intents."
    >
      <IntentsList
        body={query.data}
        onOpenIntent={(intentName) => state.navigate({ kind: 'intent', projectId, intentName })}
        onOpenEntity={(entityName) => state.navigate({ kind: 'entity', projectId, entityName })}
      />
    </ProjectTabFrame>
  );
}

function EntitiesTab(props: TabProps) {
  const { projectId } = props;
  const { state } = useExplorer();
  const query = useMixQuery<MixEntitiesBody>('entities.list', { projectId });
  const count = listItems(query.data, 'entities').length;
  const open = (entityName: string) => state.navigate({ kind: 'entity', projectId, entityName });
  return (
    <ProjectTabFrame
      {...props}
      tab="entities"
      query={query}
      request={{ endpoint: 'entities.list', params: { projectId } }}
      isEmpty={count === 0}
      emptyText="This project has no entities."
    >
      <EntitiesList body={query.data} onOpenEntity={open} />
    </ProjectTabFrame>
  );
}

function JobsTab(props: TabProps) {
  const { projectId } = props;
  const { state } = useExplorer();
  const list = usePagedList<MixJob>({
    endpoint: 'jobs.list',
    base: { projectId },
    sortFields: JOB_SORT_FIELDS,
    initialSort: JOBS_DEFAULT_SORT,
  });
  const running = list.items.some((job) => job.status === 'RUNNING');
  // While a job runs, the list is asked again like mix-cli polls (every 10 s).
  useMixQuery('jobs.list', list.params, {
    refetchIntervalMs: running ? JOB_POLL_MS : undefined,
    enabled: running,
  });
  return (
    <ProjectTabFrame
      {...props}
      tab="jobs"
      query={list.query}
      request={{ endpoint: 'jobs.list', params: list.params }}
      isEmpty={list.items.length === 0 && list.offset === 0}
      emptyText="This project has no jobs."
    >
      <ListPageControls list={list} />
      <JobsList
        body={list.query.data as MixJobsBody | undefined}
        watching={running}
        sort={list.sort}
        onSort={list.toggleSort}
        onOpenJob={(jobId) => state.navigate({ kind: 'job', projectId, jobId })}
      />
    </ProjectTabFrame>
  );
}

function LocksTab(props: TabProps) {
  const { projectId, projectName } = props;
  const { state } = useExplorer();
  const query = useMixQuery<MixLocksBody>('locks.list', { projectId });
  const locks = listItems(query.data, 'locks');
  return (
    <ProjectTabFrame
      {...props}
      tab="locks"
      query={query}
      request={{ endpoint: 'locks.list', params: { projectId } }}
      isEmpty={locks.length === 0}
      emptyText="This project is not locked."
    >
      <LocksList
        body={query.data}
        projectNames={projectName ? { [projectId]: projectName } : undefined}
        onOpenProject={(id) => state.navigate({ kind: 'project', projectId: id, tab: 'overview' })}
      />
    </ProjectTabFrame>
  );
}

function EnvConfigsTab(props: TabProps) {
  const { projectId } = props;
  const query = useMixQuery<MixEnvConfigs>('envConfigs.list', { projectId });
  return (
    <ProjectTabFrame
      {...props}
      tab="env-configs"
      query={query}
      request={{ endpoint: 'envConfigs.list', params: { projectId } }}
    >
      <EnvConfigs body={query.data} />
    </ProjectTabFrame>
  );
}

function ExportsTab({
  project,
  projectQuery,
  ...props
}: TabProps & { project: MixProject | undefined; projectQuery: MixQueryResult<MixProjectBody> }) {
  const { projectId } = props;
  const intents = useMixQuery<MixIntentsBody>('intents.list', { projectId });
  const entities = useMixQuery<MixEntitiesBody>('entities.list', { projectId });
  return (
    <ProjectTabFrame
      {...props}
      tab="exports"
      query={projectQuery}
      request={{ endpoint: 'projects.get', params: { projectId } }}
    >
      <p className="muted">
        Files are saved where you choose; a cancelled or failed download leaves nothing behind.
      </p>
      <ProjectExports
        project={project}
        intents={listItems(intents.data, 'intents') as MixIntent[]}
        entities={listItems(entities.data, 'entities') as MixEntityWrapper[]}
        renderDownload={renderDownload}
      />
    </ProjectTabFrame>
  );
}
