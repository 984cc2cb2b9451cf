import type { OrgList } from '../../../common/explorer-routes';
import type { MixOrganizationItem } from '../../../common/mix-models';
import { pagingOf } from '../../../common/mix-models';
import { listItems } from '../../../common/tolerant-reader';
import type { OrganizationSection } from '../../resource-views';
import { OrganizationOverview } from '../../resource-views';
import { useExplorer } from '../explorer-context';
import type { MixQueryResult } from '../mix-query';
import { useMixQuery } from '../mix-query';
import { ORGANIZATIONS_REQUEST, botsRequest } from '../route-requests';
import { ResourceView } from '../ResourceView';

const SECTION_LISTS: Record<OrganizationSection, OrgList> = {
  projects: 'projects',
  applications: 'applications',
  bots: 'bots',
  deploymentFlows: 'deployment-flows',
  environments: 'environments',
  enginePacks: 'engine-packs',
  languageTopics: 'language-topics',
  voices: 'voices',
};

/** A total from a list answer: `totalSize`, or the items when Mix left it out (it does when 0). */
function countOf(query: MixQueryResult<unknown>, field: string): number | undefined {
  if (query.data === undefined) return undefined;
  return pagingOf(query.data).totalSize ?? listItems(query.data, field).length;
}

/** An organization at a glance: type, counts of its projects, applications and bots, its members. */
export function OrganizationView({ orgId }: { orgId: string }) {
  const { state } = useExplorer();
  const orgs = useMixQuery(ORGANIZATIONS_REQUEST.endpoint, ORGANIZATIONS_REQUEST.params);
  const org = (listItems(orgs.data, 'organizations') as MixOrganizationItem[]).find(
    (item) => item.id === orgId,
  );
  // limit=1: only totalSize is wanted.
  const projects = useMixQuery('projects.list', { orgId, limit: 1, excludeChannels: true });
  const applications = useMixQuery('applications.list', { orgId, limit: 1 });
  const bots = useMixQuery(botsRequest(orgId).endpoint, botsRequest(orgId).params);
  const counts: Partial<Record<OrganizationSection, number>> = {};
  for (const [section, query, field] of [
    ['projects', projects, 'projects'],
    ['applications', applications, 'applications'],
    ['bots', bots, 'bots'],
  ] as const) {
    const count = countOf(query, field);
    if (count !== undefined) counts[section] = count;
  }

  return (
    <ResourceView
      title={org?.displayName ?? `Organization ${orgId}`}
      route={{ kind: 'organization', orgId }}
      query={orgs}
      request={ORGANIZATIONS_REQUEST}
      raw={org ?? orgs.data}
      contentLabel="Overview"
      isEmpty={orgs.data !== undefined && !org}
      emptyText={`You are not a member of organization ${orgId}.`}
    >
      <OrganizationOverview
        organization={org}
        counts={counts}
        onOpenSection={(section) => state.navigate({ kind: 'org-list', orgId, list: SECTION_LISTS[section] })}
      />
    </ResourceView>
  );
}
