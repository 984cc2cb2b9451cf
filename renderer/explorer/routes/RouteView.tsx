import { memo, type ReactNode } from 'react';
import { routePath, type ExplorerRoute } from '../../../common/explorer-routes';
import { ActivityPanel } from '../ActivityPanel';
import { ApplicationView, BotView } from './ApplicationViews';
import {
  AppConfigDetailView,
  BotInterfaceDetailView,
  BuildDetailView,
  EntityDetailView,
  IntentDetailView,
  JobDetailView,
} from './DetailViews';
import { CompareConfigsView } from './CompareConfigsView';
import { OrganizationView } from './OrganizationView';
import { OrgListView } from './OrgListView';
import { PlatformView } from './PlatformView';
import { ProjectView } from './ProjectView';

function ActivityView() {
  return (
    <section className="resource" aria-labelledby="activity-title">
      <header className="resource-header">
        <div className="resource-title">
          <h1 id="activity-title">Activity</h1>
          <p className="muted resource-subtitle">
            Every Mix.api request, newest first. Tokens and secrets are redacted.
          </p>
        </div>
      </header>
      <ActivityPanel />
    </section>
  );
}

type RouteOf<K extends ExplorerRoute['kind']> = Extract<ExplorerRoute, { kind: K }>;

/** Every kind of route and its view: a new kind does not compile until it has one. */
const ROUTE_VIEWS: { [K in ExplorerRoute['kind']]: (route: RouteOf<K>) => ReactNode } = {
  // The session screen, shown by the explorer itself.
  home: () => null,
  activity: () => <ActivityView />,
  organization: (route) => <OrganizationView orgId={route.orgId} />,
  'org-list': (route) => <OrgListView orgId={route.orgId} list={route.list} />,
  project: (route) => <ProjectView projectId={route.projectId} tab={route.tab} />,
  build: (route) => <BuildDetailView buildLabel={route.buildLabel} />,
  job: (route) => <JobDetailView projectId={route.projectId} jobId={route.jobId} />,
  intent: (route) => <IntentDetailView projectId={route.projectId} intentName={route.intentName} />,
  entity: (route) => <EntityDetailView projectId={route.projectId} entityName={route.entityName} />,
  application: (route) => (
    <ApplicationView orgId={route.orgId} applicationId={route.applicationId} tab={route.tab} />
  ),
  'app-config': (route) => (
    <AppConfigDetailView orgId={route.orgId} applicationId={route.applicationId} configId={route.configId} />
  ),
  'compare-configs': (route) => <CompareConfigsView route={route} />,
  bot: (route) => <BotView orgId={route.orgId} botId={route.botId} tab={route.tab} />,
  'bot-interface': (route) => (
    <BotInterfaceDetailView orgId={route.orgId} botId={route.botId} configId={route.configId} />
  ),
  platform: (route) => <PlatformView list={route.list} />,
};

/**
 * The view of a route. Memoised on the route's path: a kept-alive view is not rendered again when the
 * explorer around it changes (another route, a tree toggle), and coming back to it only shows it.
 */
export const RouteView = memo(
  function RouteView({ route }: { route: ExplorerRoute }) {
    const view = ROUTE_VIEWS[route.kind] as (route: ExplorerRoute) => ReactNode;
    return view(route);
  },
  (before, after) => routePath(before.route) === routePath(after.route),
);
