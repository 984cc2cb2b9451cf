/**
 * Detail views: the presentational page views (renderer/resource-views) inside the explorer's frame, fed from
 * the cache, with the framework's download button and navigation.
 */
import type {
  MixAppConfig,
  MixBotInterface,
  MixBuild,
  MixCredential,
  MixDeploymentFlow,
  MixJob,
  MixProject,
} from '../../../common/mix-models';
import { listItems, textOf, unwrap } from '../../../common/tolerant-reader';
import type {
  MixAppConfigBody,
  MixBotInterfaceBody,
  MixEntityGetBody,
  MixIntentBody,
  MixProjectBody,
} from '../../resource-views';
import {
  AppConfigDetail,
  BuildUsedBy,
  configsOfApplications,
  BotInterfaceView,
  BuildDetail,
  configName,
  EntityDetail,
  IntentDetail,
  JobDetail,
  jobTypeText,
  projectLocales,
} from '../../resource-views';
import { useMemo } from 'react';
import { useExplorer } from '../explorer-context';
import { useOrgApplications } from './deployment-reads';
import { useMixQuery } from '../mix-query';
import { renderDownload } from '../render-download';
import { ResourceView } from '../ResourceView';
import { buildAndProjectLinks } from './build-and-project-links';
import { JOB_POLL_MS } from './polling';
import { ScalarFacts } from './Facts';
import { useNotifyWhenJobEnds } from '../notify';

function useProject(projectId: string | undefined): MixProject | undefined {
  const query = useMixQuery<MixProjectBody>(
    'projects.get',
    { projectId: projectId ?? '' },
    { enabled: projectId !== undefined },
  );
  return unwrap(query.data, 'project') as MixProject | undefined;
}

/** What an intent's or entity's page needs from its project: the downloads' locales and name, entity links. */
function useProjectItemProps(projectId: string) {
  const { state } = useExplorer();
  const project = useProject(projectId);
  return {
    projectId,
    locales: projectLocales(project),
    projectName: project?.displayName,
    renderDownload,
    onOpenEntity: (entityName: string) => state.navigate({ kind: 'entity', projectId, entityName }),
  };
}

export function BuildDetailView({ buildLabel }: { buildLabel: string }) {
  const { state } = useExplorer();
  const request = { endpoint: 'builds.get', params: { buildLabel } } as const;
  const query = useMixQuery<MixBuild>(request.endpoint, request.params);
  const project = useProject(textOf(query.data?.projectId));
  // The configs that use this build: the organization's applications with their configs (the matrix's read).
  const orgId = textOf(project?.orgId);
  const apps = useOrgApplications(orgId ?? '', orgId !== undefined);
  const sources = useMemo(
    () => (apps.applications ? configsOfApplications(apps.applications) : undefined),
    [apps.applications],
  );
  return (
    <ResourceView
      title={buildLabel}
      route={{ kind: 'build', buildLabel }}
      query={query}
      request={request}
      contentLabel="Overview"
    >
      <BuildDetail
        body={query.data}
        projectName={project?.displayName}
        renderDownload={renderDownload}
        onOpenProject={(projectId) => state.navigate({ kind: 'project', projectId, tab: 'overview' })}
      />
      {query.data !== undefined && (
        <BuildUsedBy
          buildLabel={buildLabel}
          sources={apps.query.problem ? [] : sources}
          onOpenConfig={(applicationId, configId) =>
            orgId && state.navigate({ kind: 'app-config', orgId, applicationId, configId })
          }
        />
      )}
    </ResourceView>
  );
}

export function JobDetailView({ projectId, jobId }: { projectId: string; jobId: string }) {
  const { state } = useExplorer();
  const request = { endpoint: 'jobs.get', params: { projectId, jobId } } as const;
  const first = useMixQuery<MixJob>(request.endpoint, request.params);
  const running = first.data?.status === 'RUNNING';
  // The same query, asked again every 10 s while the job runs.
  const query = useMixQuery<MixJob>(request.endpoint, request.params, {
    refetchIntervalMs: running ? JOB_POLL_MS : undefined,
  });
  useNotifyWhenJobEnds(query.data);
  return (
    <ResourceView
      // The job's kind once Mix said it ("Job Build models"), as the page names it; its id meanwhile.
      title={query.data ? `Job ${jobTypeText(query.data.type)}` : `Job ${jobId}`}
      route={{ kind: 'job', projectId, jobId }}
      query={query}
      request={request}
      contentLabel="Overview"
    >
      <JobDetail body={query.data} watching={running} {...buildAndProjectLinks(state.navigate)} />
    </ResourceView>
  );
}

export function IntentDetailView({ projectId, intentName }: { projectId: string; intentName: string }) {
  const request = { endpoint: 'intents.get', params: { projectId, intentName } } as const;
  const query = useMixQuery<MixIntentBody>(request.endpoint, request.params);
  const projectItem = useProjectItemProps(projectId);
  return (
    <ResourceView
      title={intentName}
      route={{ kind: 'intent', projectId, intentName }}
      query={query}
      request={request}
      contentLabel="Overview"
    >
      <IntentDetail body={query.data} {...projectItem} />
    </ResourceView>
  );
}

export function EntityDetailView({ projectId, entityName }: { projectId: string; entityName: string }) {
  const request = { endpoint: 'entities.get', params: { projectId, entityName } } as const;
  const query = useMixQuery<MixEntityGetBody>(request.endpoint, request.params);
  const projectItem = useProjectItemProps(projectId);
  return (
    <ResourceView
      title={entityName}
      route={{ kind: 'entity', projectId, entityName }}
      query={query}
      request={request}
      contentLabel="Overview"
    >
      <EntityDetail body={query.data} {...projectItem} />
    </ResourceView>
  );
}

export function AppConfigDetailView({
  orgId,
  applicationId,
  configId,
}: {
  orgId: string;
  applicationId: string;
  configId: string;
}) {
  const { state } = useExplorer();
  const request = { endpoint: 'appConfigs.get', params: { configId } } as const;
  const query = useMixQuery<MixAppConfigBody>(request.endpoint, request.params);
  const config = unwrap(query.data, 'config') as MixAppConfig | undefined;
  const credentials = useMixQuery('appCredentials.list', { applicationId });
  const flows = useMixQuery('deploymentFlows.list', { orgId, limit: 100, offset: 0 });
  const runtimeAppIds = [
    ...new Set(
      (listItems(credentials.data, 'credentials') as MixCredential[])
        .map((credential) => credential.credential?.appId)
        .filter((appId): appId is string => typeof appId === 'string'),
    ),
  ];
  return (
    <ResourceView
      title={`Configuration ${config ? configName(config) : configId}`}
      route={{ kind: 'app-config', orgId, applicationId, configId }}
      query={query}
      request={request}
      contentLabel="Overview"
      actions={
        // Both sides start on this config; the second picker then offers every application's.
        <button
          type="button"
          className="button"
          onClick={() =>
            state.navigate({
              kind: 'compare-configs',
              orgId,
              left: { applicationId, configId },
              right: { applicationId, configId },
            })
          }
        >
          Compare…
        </button>
      }
    >
      <AppConfigDetail
        body={query.data}
        flows={listItems(flows.data, 'flows') as MixDeploymentFlow[]}
        runtimeAppIds={runtimeAppIds}
        renderDownload={renderDownload}
        projectName={config?.projectDetails?.projectName}
        {...buildAndProjectLinks(state.navigate)}
      />
    </ResourceView>
  );
}

export function BotInterfaceDetailView({
  orgId,
  botId,
  configId,
}: {
  orgId: string;
  botId: string;
  configId: string;
}) {
  const request = { endpoint: 'botInterfaces.get', params: { botId, configId } } as const;
  const query = useMixQuery<MixBotInterfaceBody>(request.endpoint, request.params);
  const body = unwrap(query.data, 'interface') as MixBotInterface | undefined;
  return (
    <ResourceView
      title={`Interface of configuration ${configId}`}
      subtitle={`Bot ${botId} · organization ${orgId}`}
      route={{ kind: 'bot-interface', orgId, botId, configId }}
      query={query}
      request={request}
      contentLabel="Overview"
    >
      <ScalarFacts value={body} label="Interface facts" />
      <BotInterfaceView body={query.data} />
    </ResourceView>
  );
}
