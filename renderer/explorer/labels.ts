/** What the explorer calls each list and tab: headings, tree items, tabs and breadcrumbs agree. */
import type {
  ApplicationTab,
  BotTab,
  ExplorerRoute,
  OrgList,
  PlatformList,
  ProjectTab,
} from '../../common/explorer-routes';

export const ORG_LIST_LABELS: Record<OrgList, string> = {
  projects: 'Projects',
  applications: 'Applications',
  deployments: "What's deployed where",
  locks: 'Locks',
  failures: 'Recent failures',
  bots: 'Bots',
  'deployment-flows': 'Deployment flows',
  environments: 'Environments',
  'engine-packs': 'Engine packs',
  'language-topics': 'Language topics',
  voices: 'Voices',
};

export const PROJECT_TAB_LABELS: Record<ProjectTab, string> = {
  overview: 'Overview',
  builds: 'Builds',
  intents: 'Intents',
  entities: 'Entities',
  jobs: 'Jobs',
  locks: 'Locks',
  'env-configs': 'Environment configs',
  exports: 'Exports',
};

export const APPLICATION_TAB_LABELS: Record<ApplicationTab, string> = {
  configs: 'Configurations',
  deployments: 'Deployments',
  credentials: 'Credentials',
  'data-hosts': 'Data hosts',
};

export const BOT_TAB_LABELS: Record<BotTab, string> = {
  configs: 'Configurations',
  credentials: 'Credentials',
};

export const PLATFORM_LABELS: Record<PlatformList, string> = {
  geographies: 'Geographies',
  'data-types': 'Data types',
  'entity-types': 'Entity types',
  version: 'Version',
};

export const RAW_JSON_LABEL = 'Raw JSON';

/** The view that puts two app configs of an organization side by side. */
export const COMPARE_CONFIGS_LABEL = 'Compare configurations';

/** What kind of view a listed path opens, in a few words ("Project · Builds"). */
export function routeKindText(route: ExplorerRoute): string {
  switch (route.kind) {
    case 'home':
      return 'Home';
    case 'organization':
      return 'Organization';
    case 'org-list':
      return ORG_LIST_LABELS[route.list];
    case 'project':
      return route.tab === 'overview' ? 'Project' : `Project · ${PROJECT_TAB_LABELS[route.tab]}`;
    case 'build':
      return 'Build';
    case 'job':
      return 'Job';
    case 'intent':
      return 'Intent';
    case 'entity':
      return 'Entity';
    case 'application':
      return route.tab === 'configs' ? 'Application' : `Application · ${APPLICATION_TAB_LABELS[route.tab]}`;
    case 'app-config':
      return 'App config';
    case 'compare-configs':
      return COMPARE_CONFIGS_LABEL;
    case 'bot':
      return route.tab === 'configs' ? 'Bot' : `Bot · ${BOT_TAB_LABELS[route.tab]}`;
    case 'bot-interface':
      return 'Bot interface';
    case 'platform':
      return PLATFORM_LABELS[route.list];
    case 'activity':
      return 'Activity';
  }
}
