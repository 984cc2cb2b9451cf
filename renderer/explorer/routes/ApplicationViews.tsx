import { useState } from 'react';
import type { ApplicationTab, BotTab } from '../../../common/explorer-routes';
import { APPLICATION_TABS, BOT_TABS } from '../../../common/explorer-routes';
import type { ReactNode } from 'react';
import type {
  MixAppConfig,
  MixApplication,
  MixDeploymentFlow,
  MixEnvironment,
} from '../../../common/mix-models';
import { listItems } from '../../../common/tolerant-reader';
import type { MixConfigsBody, MixCredentialsBody, MixDataHostsBody } from '../../resource-views';
import {
  AppConfigsView,
  ApplicationSummary,
  BotConfigsView,
  BotSummary,
  CredentialsView,
  DataHostsView,
} from '../../resource-views';
import { useExplorer } from '../explorer-context';
import { APPLICATION_TAB_LABELS, BOT_TAB_LABELS } from '../labels';
import { useMixQuery } from '../mix-query';
import { applicationRequest, botsRequest } from '../route-requests';
import { ResourceView } from '../ResourceView';
import type { ViewQuery } from '../ResourceView';
import type { MixRequest } from '../route-requests';
import { buildAndProjectLinks } from './build-and-project-links';
import { ApplicationDeployments } from './DeploymentsViews';
import { useOrgName } from './OrgListView';

type Frame = { tabs: { id: string; label: string }[]; activeTab: string; onTab: (id: string) => void };

export function ApplicationView({
  orgId,
  applicationId,
  tab,
}: {
  orgId: string;
  applicationId: string;
  tab: ApplicationTab;
}) {
  const { state } = useExplorer();
  const orgName = useOrgName(orgId);
  const lookup = applicationRequest(orgId, applicationId);
  const appQuery = useMixQuery(lookup.endpoint, lookup.params);
  const app = (listItems(appQuery.data, 'applications') as MixApplication[]).find(
    (item) => item.id === applicationId,
  );
  const title = app?.applicationName ?? `Application ${applicationId}`;
  const subtitle = `Application ${applicationId} · ${orgName ?? `organization ${orgId}`}`;
  const frame: Frame = {
    tabs: APPLICATION_TABS.map((id) => ({ id, label: APPLICATION_TAB_LABELS[id] })),
    activeTab: tab,
    onTab: (id) => state.navigate({ kind: 'application', orgId, applicationId, tab: id as ApplicationTab }),
  };
  const route = { kind: 'application', orgId, applicationId, tab } as const;
  const summary = (content: ReactNode) => (
    <ApplicationSummary application={app}>{content}</ApplicationSummary>
  );
  const page: TabProps = { title, subtitle, frame, route, summary };
  if (tab === 'deployments') {
    return <DeploymentsTab {...page} orgId={orgId} applicationId={applicationId} application={app} />;
  }
  if (tab === 'data-hosts') return <DataHostsTab {...page} orgId={orgId} applicationId={applicationId} />;
  if (tab === 'credentials') {
    return (
      <CredentialsTab {...page} endpoint="appCredentials.list" params={{ applicationId, view: 'ACV_FULL' }} />
    );
  }
  return (
    <ConfigsTab
      {...page}
      orgId={orgId}
      endpoint="appConfigs.list"
      params={{ applicationId }}
      render={(body, flows) => (
        <AppConfigsView
          body={body}
          flows={flows}
          onOpenConfig={(configId) => state.navigate({ kind: 'app-config', orgId, applicationId, configId })}
          {...buildAndProjectLinks(state.navigate)}
        />
      )}
    />
  );
}

export function BotView({ orgId, botId, tab }: { orgId: string; botId: string; tab: BotTab }) {
  const { state } = useExplorer();
  const orgName = useOrgName(orgId);
  const lookup = botsRequest(orgId);
  const botsQuery = useMixQuery(lookup.endpoint, lookup.params);
  const bot = (listItems(botsQuery.data, 'bots') as MixApplication[]).find((item) => item.id === botId);
  const title = bot?.applicationName ?? `Bot ${botId}`;
  const subtitle = `Bot ${botId} · ${orgName ?? `organization ${orgId}`}`;
  const frame: Frame = {
    tabs: BOT_TABS.map((id) => ({ id, label: BOT_TAB_LABELS[id] })),
    activeTab: tab,
    onTab: (id) => state.navigate({ kind: 'bot', orgId, botId, tab: id as BotTab }),
  };
  const route = { kind: 'bot', orgId, botId, tab } as const;
  // Items of the bots list carry no organization; the route knows it.
  const botWithOrg = bot && {
    organizationId: orgId,
    ...(orgName ? { organizationName: orgName } : {}),
    ...bot,
  };
  const summary = (content: ReactNode) => <BotSummary bot={botWithOrg}>{content}</BotSummary>;
  const page: TabProps = { title, subtitle, frame, route, summary };
  if (tab === 'credentials') {
    return <CredentialsTab {...page} endpoint="botCredentials.list" params={{ botId, view: 'BCV_FULL' }} />;
  }
  return (
    <ConfigsTab
      {...page}
      orgId={orgId}
      endpoint="botConfigs.list"
      params={{ botId }}
      render={(body, flows) => (
        <BotConfigsView
          body={body}
          flows={flows}
          onOpenInterface={(configId) => state.navigate({ kind: 'bot-interface', orgId, botId, configId })}
          {...buildAndProjectLinks(state.navigate)}
        />
      )}
    />
  );
}

interface TabProps {
  title: string;
  subtitle: string;
  frame: Frame;
  route: Parameters<typeof ResourceView>[0]['route'];
  /** Wraps the tab's panel in the application's or bot's page (its h1). */
  summary: (content: ReactNode) => ReactNode;
}

/** The frame of one application or bot tab: its heading, tabs and request, the panel inside its summary. */
function SummaryTabFrame({
  title,
  subtitle,
  frame,
  route,
  summary,
  children,
  ...view
}: TabProps & {
  query: ViewQuery;
  request: MixRequest | undefined;
  isEmpty?: boolean;
  emptyText?: string;
  children: ReactNode;
}) {
  return (
    <ResourceView title={title} subtitle={subtitle} route={route} {...view} {...frame}>
      {summary(children)}
    </ResourceView>
  );
}

function ConfigsTab({
  orgId,
  endpoint,
  params,
  render,
  ...page
}: TabProps & {
  orgId: string;
  endpoint: 'appConfigs.list' | 'botConfigs.list';
  params: Record<string, string>;
  render: (body: MixConfigsBody | undefined, flows: MixDeploymentFlow[]) => ReactNode;
}) {
  const query = useMixQuery<MixConfigsBody>(endpoint, params);
  // The flows name the steps of each configuration's deployments.
  const flows = useMixQuery('deploymentFlows.list', { orgId, limit: 100, offset: 0 });
  return (
    <SummaryTabFrame {...page} query={query} request={{ endpoint, params }}>
      {render(query.data, listItems(flows.data, 'flows') as MixDeploymentFlow[])}
    </SummaryTabFrame>
  );
}

function CredentialsTab({
  endpoint,
  params,
  ...page
}: TabProps & {
  endpoint: 'appCredentials.list' | 'botCredentials.list';
  params: Record<string, string>;
}) {
  const query = useMixQuery<MixCredentialsBody>(endpoint, params);
  return (
    <SummaryTabFrame {...page} query={query} request={{ endpoint, params }}>
      <CredentialsView body={query.data} />
    </SummaryTabFrame>
  );
}

/** What's deployed where for this application: its configs × the environments of their flows. */
function DeploymentsTab({
  orgId,
  applicationId,
  application,
  ...page
}: TabProps & { orgId: string; applicationId: string; application: MixApplication | undefined }) {
  const params = { applicationId };
  const query = useMixQuery<MixConfigsBody>('appConfigs.list', params);
  return (
    <SummaryTabFrame {...page} query={query} request={{ endpoint: 'appConfigs.list', params }}>
      <ApplicationDeployments
        orgId={orgId}
        applicationId={applicationId}
        application={application}
        configsBody={query.data}
      />
    </SummaryTabFrame>
  );
}

/** Data hosts belong to a dialog build: pick one of the application's configurations that has one. */
function DataHostsTab({
  orgId,
  applicationId,
  ...page
}: TabProps & { orgId: string; applicationId: string }) {
  const configs = useMixQuery('appConfigs.list', { applicationId });
  const withDialog = (listItems(configs.data, 'configs') as MixAppConfig[]).filter(
    (config) => config.builds?.dialog?.buildLabel,
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const config = withDialog.find((item) => item.id === chosen) ?? withDialog[0];
  const buildLabel = config?.builds?.dialog?.buildLabel ?? '';
  const params = { buildLabel, applicationId };
  const hosts = useMixQuery<MixDataHostsBody>('dataHosts.list', params, { enabled: buildLabel !== '' });
  const environments = useMixQuery('environments.list', { orgId, limit: 100, offset: 0 });
  const shown = buildLabel ? hosts : configs;
  const empty = !configs.loading && withDialog.length === 0;
  return (
    <SummaryTabFrame
      {...page}
      query={shown}
      request={buildLabel ? { endpoint: 'dataHosts.list', params } : undefined}
      isEmpty={empty}
      emptyText="No configuration of this application has a dialog build, so there are no data hosts."
    >
      <>
        <label className="inline-field">
          Configuration{' '}
          <select value={config?.id ?? ''} onChange={(event) => setChosen(event.target.value)}>
            {withDialog.map((item) => (
              <option key={item.id} value={item.id}>
                {item.tag ?? item.id} #{item.id} · {item.builds?.dialog?.buildLabel}
              </option>
            ))}
          </select>
        </label>
        <DataHostsView
          body={hosts.data}
          environments={listItems(environments.data, 'environments') as MixEnvironment[]}
        />
      </>
    </SummaryTabFrame>
  );
}
