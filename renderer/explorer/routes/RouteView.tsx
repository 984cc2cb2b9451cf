import type { ExplorerRoute } from '../../../common/explorer-routes';
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

/** The view of a route (home is the session screen, shown by the explorer itself). */
export function RouteView({ route }: { route: ExplorerRoute }) {
  switch (route.kind) {
    case 'home':
      return null;
    case 'activity':
      return <ActivityView />;
    case 'organization':
      return <OrganizationView orgId={route.orgId} />;
    case 'org-list':
      return <OrgListView orgId={route.orgId} list={route.list} />;
    case 'project':
      return <ProjectView projectId={route.projectId} tab={route.tab} />;
    case 'build':
      return <BuildDetailView buildLabel={route.buildLabel} />;
    case 'job':
      return <JobDetailView projectId={route.projectId} jobId={route.jobId} />;
    case 'intent':
      return <IntentDetailView projectId={route.projectId} intentName={route.intentName} />;
    case 'entity':
      return <EntityDetailView projectId={route.projectId} entityName={route.entityName} />;
    case 'application':
      return <ApplicationView orgId={route.orgId} applicationId={route.applicationId} tab={route.tab} />;
    case 'app-config':
      return (
        <AppConfigDetailView
          orgId={route.orgId}
          applicationId={route.applicationId}
          configId={route.configId}
        />
      );
    case 'bot':
      return <BotView orgId={route.orgId} botId={route.botId} tab={route.tab} />;
    case 'bot-interface':
      return <BotInterfaceDetailView orgId={route.orgId} botId={route.botId} configId={route.configId} />;
    case 'platform':
      return <PlatformView list={route.list} />;
  }
}
