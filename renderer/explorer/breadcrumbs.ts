/** The trail above the main pane: from the system to the view, each step a route when it has one. */
import type { ExplorerRoute } from '../../common/explorer-routes';
import {
  APPLICATION_TAB_LABELS,
  BOT_TAB_LABELS,
  COMPARE_CONFIGS_LABEL,
  ORG_LIST_LABELS,
  PLATFORM_LABELS,
  PROJECT_TAB_LABELS,
} from './labels';

export interface Crumb {
  label: string;
  route?: ExplorerRoute;
}

/** Names known from the cache; a missing one shows as its id. */
export interface CrumbNames {
  system: string;
  orgName?: (orgId: string) => string | undefined;
  /** The project's name and organization, once known. */
  project?: { name?: string; orgId?: string };
  /** For builds: the project the build belongs to. */
  buildProjectId?: string;
  applicationName?: string;
  botName?: string;
  configTag?: string;
}

function orgCrumbs(orgId: string, names: CrumbNames): Crumb[] {
  return [
    { label: names.orgName?.(orgId) ?? `Organization ${orgId}`, route: { kind: 'organization', orgId } },
  ];
}

function projectCrumbs(projectId: string, names: CrumbNames): Crumb[] {
  const orgId = names.project?.orgId;
  const above: Crumb[] = orgId
    ? [
        ...orgCrumbs(orgId, names),
        { label: ORG_LIST_LABELS.projects, route: { kind: 'org-list', orgId, list: 'projects' } },
      ]
    : [];
  return [
    ...above,
    {
      label: names.project?.name ?? `Project ${projectId}`,
      route: { kind: 'project', projectId, tab: 'overview' },
    },
  ];
}

export function breadcrumbTrail(route: ExplorerRoute, names: CrumbNames): Crumb[] {
  const home: Crumb = { label: names.system, route: { kind: 'home' } };
  switch (route.kind) {
    case 'home':
      return [home];
    case 'activity':
      return [home, { label: 'Activity' }];
    case 'platform':
      return [home, { label: 'Platform' }, { label: PLATFORM_LABELS[route.list] }];
    case 'organization':
      return [home, ...orgCrumbs(route.orgId, names)];
    case 'org-list':
      return [home, ...orgCrumbs(route.orgId, names), { label: ORG_LIST_LABELS[route.list] }];
    case 'project': {
      const trail = [home, ...projectCrumbs(route.projectId, names)];
      return route.tab === 'overview' ? trail : [...trail, { label: PROJECT_TAB_LABELS[route.tab] }];
    }
    case 'build': {
      const projectId = names.buildProjectId;
      if (!projectId) return [home, { label: route.buildLabel }];
      return [
        home,
        ...projectCrumbs(projectId, names),
        { label: PROJECT_TAB_LABELS.builds, route: { kind: 'project', projectId, tab: 'builds' } },
        { label: route.buildLabel },
      ];
    }
    case 'job':
    case 'intent':
    case 'entity': {
      const tab = route.kind === 'job' ? 'jobs' : route.kind === 'intent' ? 'intents' : 'entities';
      const leaf =
        route.kind === 'job' ? route.jobId : route.kind === 'intent' ? route.intentName : route.entityName;
      return [
        home,
        ...projectCrumbs(route.projectId, names),
        { label: PROJECT_TAB_LABELS[tab], route: { kind: 'project', projectId: route.projectId, tab } },
        { label: leaf },
      ];
    }
    case 'application':
    case 'app-config': {
      const { orgId, applicationId } = route;
      const trail: Crumb[] = [
        home,
        ...orgCrumbs(orgId, names),
        { label: ORG_LIST_LABELS.applications, route: { kind: 'org-list', orgId, list: 'applications' } },
        {
          label: names.applicationName ?? `Application ${applicationId}`,
          route: { kind: 'application', orgId, applicationId, tab: 'configs' },
        },
      ];
      if (route.kind === 'app-config') {
        return [...trail, { label: names.configTag ?? `Configuration ${route.configId}` }];
      }
      return route.tab === 'configs' ? trail : [...trail, { label: APPLICATION_TAB_LABELS[route.tab] }];
    }
    case 'compare-configs':
      return [
        home,
        ...orgCrumbs(route.orgId, names),
        {
          label: ORG_LIST_LABELS.deployments,
          route: { kind: 'org-list', orgId: route.orgId, list: 'deployments' },
        },
        { label: COMPARE_CONFIGS_LABEL },
      ];
    case 'bot':
    case 'bot-interface': {
      const { orgId, botId } = route;
      const trail: Crumb[] = [
        home,
        ...orgCrumbs(orgId, names),
        { label: ORG_LIST_LABELS.bots, route: { kind: 'org-list', orgId, list: 'bots' } },
        { label: names.botName ?? `Bot ${botId}`, route: { kind: 'bot', orgId, botId, tab: 'configs' } },
      ];
      if (route.kind === 'bot-interface')
        return [...trail, { label: `Interface of configuration ${route.configId}` }];
      return route.tab === 'configs' ? trail : [...trail, { label: BOT_TAB_LABELS[route.tab] }];
    }
  }
}
