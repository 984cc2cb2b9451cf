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
import { listItems } from '../../../common/mix-models';
import type { MixConfigsBody, MixCredentialsBody, MixDataHostsBody } from '../../views';
import {
  AppConfigsView,
  ApplicationSummary,
  BotConfigsView,
  BotSummary,
  CredentialsView,
  DataHostsView,
} from '../../views';
import { useExplorer } from '../explorer-context';
import { APPLICATION_TAB_LABELS, BOT_TAB_LABELS } from '../labels';
import { useMixQuery } from '../mix-query';
import { applicationRequest, botsRequest } from '../route-requests';
import { ResourceView } from '../ResourceView';
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
  if (tab === 'data-hosts')
    return <DataHostsTab {...{ orgId, applicationId, title, subtitle, frame, summary }} />;
  if (tab === 'credentials') {
    return (
      <CredentialsTab
        title={title}
        subtitle={subtitle}
        frame={frame}
        route={route}
        summary={summary}
        endpoint="appCredentials.list"
        params={{ applicationId, view: 'ACV_FULL' }}
      />
    );
  }
  return (
    <ConfigsTab
      title={title}
      subtitle={subtitle}
      frame={frame}
      route={route}
      summary={summary}
      orgId={orgId}
      endpoint="appConfigs.list"
      params={{ applicationId }}
      render={(body, flows) => (
        <AppConfigsView
          body={body}
          flows={flows}
          onOpenConfig={(configId) => state.navigate({ kind: 'app-config', orgId, applicationId, configId })}
          onOpenBuild={(buildLabel) => state.navigate({ kind: 'build', buildLabel })}
          onOpenProject={(projectId) => state.navigate({ kind: 'project', projectId, tab: 'overview' })}
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
  const summary = (content: ReactNode) => <BotSummary bot={bot}>{content}</BotSummary>;
  if (tab === 'credentials') {
    return (
      <CredentialsTab
        title={title}
        subtitle={subtitle}
        frame={frame}
        route={route}
        summary={summary}
        endpoint="botCredentials.list"
        params={{ botId, view: 'BCV_FULL' }}
      />
    );
  }
  return (
    <ConfigsTab
      title={title}
      subtitle={subtitle}
      frame={frame}
      route={route}
      summary={summary}
      orgId={orgId}
      endpoint="botConfigs.list"
      params={{ botId }}
      render={(body, flows) => (
        <BotConfigsView
          body={body}
          flows={flows}
          onOpenInterface={(configId) => state.navigate({ kind: 'bot-interface', orgId, botId, configId })}
          onOpenBuild={(buildLabel) => state.navigate({ kind: 'build', buildLabel })}
          onOpenProject={(projectId) => state.navigate({ kind: 'project', projectId, tab: 'overview' })}
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

function ConfigsTab(
  props: TabProps & {
    orgId: string;
    endpoint: 'appConfigs.list' | 'botConfigs.list';
    params: Record<string, string>;
    render: (body: MixConfigsBody | undefined, flows: MixDeploymentFlow[]) => ReactNode;
  },
) {
  const query = useMixQuery<MixConfigsBody>(props.endpoint, props.params);
  // The flows name the steps of each configuration's deployments.
  const flows = useMixQuery('deploymentFlows.list', { orgId: props.orgId, limit: 100, offset: 0 });
  return (
    <ResourceView
      title={props.title}
      subtitle={props.subtitle}
      route={props.route}
      query={query}
      request={{ endpoint: props.endpoint, params: props.params }}
      headingInBody
      {...props.frame}
    >
      {props.summary(props.render(query.data, listItems(flows.data, 'flows') as MixDeploymentFlow[]))}
    </ResourceView>
  );
}

function CredentialsTab(
  props: TabProps & {
    endpoint: 'appCredentials.list' | 'botCredentials.list';
    params: Record<string, string>;
  },
) {
  const query = useMixQuery<MixCredentialsBody>(props.endpoint, props.params);
  return (
    <ResourceView
      title={props.title}
      subtitle={props.subtitle}
      route={props.route}
      query={query}
      request={{ endpoint: props.endpoint, params: props.params }}
      headingInBody
      {...props.frame}
    >
      {props.summary(<CredentialsView body={query.data} />)}
    </ResourceView>
  );
}

/** Data hosts belong to a dialog build: pick one of the application's configurations that has one. */
function DataHostsTab({
  orgId,
  applicationId,
  title,
  subtitle,
  frame,
  summary,
}: {
  orgId: string;
  applicationId: string;
  title: string;
  subtitle: string;
  frame: Frame;
  summary: (content: ReactNode) => ReactNode;
}) {
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
    <ResourceView
      title={title}
      subtitle={subtitle}
      route={{ kind: 'application', orgId, applicationId, tab: 'data-hosts' }}
      query={shown}
      request={buildLabel ? { endpoint: 'dataHosts.list', params } : undefined}
      isEmpty={empty}
      emptyText="No configuration of this application has a dialog build, so there are no data hosts."
      headingInBody
      {...frame}
    >
      {summary(
        <>
          <label className="inline-field">
            Configuration{' '}
            <select value={config?.id ?? ''} onChange={(event) => setChosen(event.target.value)}>
              {withDialog.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.tag ?? item.id} · {item.builds?.dialog?.buildLabel}
                </option>
              ))}
            </select>
          </label>
          <DataHostsView
            body={hosts.data}
            environments={listItems(environments.data, 'environments') as MixEnvironment[]}
          />
        </>,
      )}
    </ResourceView>
  );
}
