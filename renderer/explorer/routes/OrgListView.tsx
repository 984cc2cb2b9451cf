import type { OrgList } from '../../../common/explorer-routes';
import { useMemo } from 'react';
import type { MixApplication, MixLock, MixOrganizationItem, MixProject } from '../../../common/mix-models';
import { listItems, records } from '../../../common/tolerant-reader';
import { useExplorer } from '../explorer-context';
import { ORG_LIST_LABELS } from '../labels';
import { useMixQuery } from '../mix-query';
import { ORGANIZATIONS_REQUEST, orgListRequest } from '../route-requests';
import { APPLICATION_COLUMNS, BOT_COLUMNS, projectColumnsWithLocks } from './columns';
import { ListView, type ListViewProps } from './ListView';
import { orgLocksRequest } from '../org-wide/OrgWideViews';
import { OrgDeploymentsView } from './DeploymentsViews';
import { OrgFailuresView, OrgLocksView } from '../org-wide/OrgWideViews';
import { PanelView } from './PanelView';
import type {
  MixEnginePacksBody,
  MixEnvironmentsBody,
  MixFlowsBody,
  MixLanguageTopicsBody,
  MixVoicesBody,
} from '../../resource-views';
import {
  DeploymentFlowView,
  EnginePacksMatrix,
  EnvironmentsView,
  LanguageTopicsView,
  VoicesView,
} from '../../resource-views';

/** The organization's name for subtitles, from the cached organization list. */
export function useOrgName(orgId: string): string | undefined {
  const orgs = useMixQuery(ORGANIZATIONS_REQUEST.endpoint, ORGANIZATIONS_REQUEST.params);
  return (listItems(orgs.data, 'organizations') as MixOrganizationItem[]).find((org) => org.id === orgId)
    ?.displayName;
}

/** One of an organization's lists: projects, applications, bots, flows, environments, packs, topics, voices. */
export function OrgListView({ orgId, list }: { orgId: string; list: OrgList }) {
  const { state } = useExplorer();
  const orgName = useOrgName(orgId);
  const request = orgListRequest(orgId, list);
  const common = {
    title: ORG_LIST_LABELS[list],
    subtitle: orgName ?? `Organization ${orgId}`,
    route: { kind: 'org-list', orgId, list } as const,
    endpoint: request.endpoint,
    params: request.params,
    emptyText: `This organization has no ${ORG_LIST_LABELS[list].toLowerCase()}.`,
  };
  switch (list) {
    case 'projects':
      return <ProjectsList orgId={orgId} common={common} />;
    case 'applications':
      return (
        <ListView<MixApplication>
          {...common}
          columns={APPLICATION_COLUMNS}
          rowKey={(row) => String(row.id)}
          onOpen={(row) =>
            state.navigate({ kind: 'application', orgId, applicationId: String(row.id), tab: 'configs' })
          }
        />
      );
    case 'bots':
      return (
        <ListView<MixApplication>
          {...common}
          columns={BOT_COLUMNS}
          rowKey={(row) => String(row.id)}
          onOpen={(row) => state.navigate({ kind: 'bot', orgId, botId: String(row.id), tab: 'configs' })}
        />
      );
    case 'locks':
      return <OrgLocksView orgId={orgId} orgName={orgName} />;
    case 'failures':
      return <OrgFailuresView orgId={orgId} orgName={orgName} />;
    case 'deployments':
      return <OrgDeploymentsView orgId={orgId} orgName={orgName} />;
    // Small lists, shown by the presentational panels (paged ones with page controls).
    case 'deployment-flows':
      return <PanelView {...common} render={(body) => <DeploymentFlowView body={body as MixFlowsBody} />} />;
    case 'environments':
      return (
        <PanelView {...common} render={(body) => <EnvironmentsView body={body as MixEnvironmentsBody} />} />
      );
    case 'engine-packs':
      return (
        <PanelView {...common} render={(body) => <EnginePacksMatrix body={body as MixEnginePacksBody} />} />
      );
    case 'language-topics':
      return (
        <PanelView
          {...common}
          render={(body) => <LanguageTopicsView body={body as MixLanguageTopicsBody} />}
        />
      );
    case 'voices':
      return <PanelView {...common} render={(body) => <VoicesView body={body as MixVoicesBody} />} />;
  }
}

/** An organization's projects, with who holds each one's lock (the organization's locks, read as Home reads them). */
function ProjectsList({
  orgId,
  common,
}: {
  orgId: string;
  common: Omit<ListViewProps<MixProject>, 'columns' | 'rowKey'>;
}) {
  const { state } = useExplorer();
  const request = orgLocksRequest(orgId);
  const locks = useMixQuery(request.endpoint, request.params);
  const columns = useMemo(
    () => projectColumnsWithLocks(records<MixLock>(listItems(locks.data, 'locks'))),
    [locks.data],
  );
  return (
    <ListView<MixProject>
      {...common}
      columns={columns}
      rowKey={(row) => String(row.id)}
      onOpen={(row) => state.navigate({ kind: 'project', projectId: String(row.id), tab: 'overview' })}
    />
  );
}
