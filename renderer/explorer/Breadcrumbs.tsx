import type { ExplorerRoute } from '../../common/explorer-routes';
import { routePath } from '../../common/explorer-routes';
import type {
  MixApplication,
  MixAppConfig,
  MixBuild,
  MixOrganizationItem,
  MixProject,
} from '../../common/mix-models';
import { listItems, textOf, unwrap } from '../../common/tolerant-reader';
import { ActionMenu } from '../ui/Menu';
import { breadcrumbTrail } from './breadcrumbs';
import { useExplorer } from './explorer-context';
import { useMixQuery } from './mix-query';
import { ORGANIZATIONS_REQUEST, applicationRequest, botsRequest } from './route-requests';
import './Breadcrumbs.css';

function routeProjectId(route: ExplorerRoute): string | undefined {
  return 'projectId' in route ? route.projectId : undefined;
}

/** Where the view sits, named from answers the views already asked for (the cache). */
export function Breadcrumbs({ route }: { route: ExplorerRoute }) {
  const { systemLabel, profileName, state } = useExplorer();
  const orgs = useMixQuery(ORGANIZATIONS_REQUEST.endpoint, ORGANIZATIONS_REQUEST.params);
  const build = useMixQuery<MixBuild>(
    'builds.get',
    { buildLabel: route.kind === 'build' ? route.buildLabel : '' },
    { enabled: route.kind === 'build' },
  );
  const projectId = routeProjectId(route) ?? textOf(build.data?.projectId);
  const project = useMixQuery(
    'projects.get',
    { projectId: projectId ?? '' },
    { enabled: projectId !== undefined },
  );
  const appRoute = route.kind === 'application' || route.kind === 'app-config' ? route : undefined;
  const app = useMixQuery(
    'applications.list',
    appRoute ? applicationRequest(appRoute.orgId, appRoute.applicationId).params : {},
    { enabled: appRoute !== undefined },
  );
  const config = useMixQuery(
    'appConfigs.get',
    { configId: route.kind === 'app-config' ? route.configId : '' },
    { enabled: route.kind === 'app-config' },
  );
  const botRoute = route.kind === 'bot' || route.kind === 'bot-interface' ? route : undefined;
  const bots = useMixQuery('bots.list', botsRequest(botRoute?.orgId ?? '').params, {
    enabled: botRoute !== undefined,
  });

  const orgList = listItems(orgs.data, 'organizations') as MixOrganizationItem[];
  const projectBody = unwrap(project.data, 'project') as MixProject | undefined;
  const application = (listItems(app.data, 'applications') as MixApplication[]).find(
    (candidate) => appRoute && textOf(candidate.id) === appRoute.applicationId,
  );
  const bot = (listItems(bots.data, 'bots') as MixApplication[]).find(
    (candidate) => botRoute && textOf(candidate.id) === botRoute.botId,
  );
  const configBody = unwrap(config.data, 'config') as MixAppConfig | undefined;

  const trail = breadcrumbTrail(route, {
    system: `${profileName} · ${systemLabel}`,
    orgName: (orgId) => orgList.find((org) => textOf(org.id) === orgId)?.displayName,
    project: projectBody ? { name: projectBody.displayName, orgId: textOf(projectBody.orgId) } : undefined,
    buildProjectId: textOf(build.data?.projectId),
    applicationName: application?.applicationName,
    botName: bot?.applicationName,
    configTag: configBody?.tag,
  });

  // In a narrow pane the steps before the last two fold into a "…" menu (CSS container query), so the
  // view's own place stays readable instead of every step shrinking to a letter.
  const folded = trail
    .slice(0, Math.max(0, trail.length - 2))
    .flatMap((crumb, index) =>
      crumb.route ? [{ id: String(index), label: crumb.label, route: crumb.route }] : [],
    );
  const foldable = folded.length > 0 ? trail.length - 2 : 0;

  return (
    <nav aria-label="Breadcrumbs" className="breadcrumbs">
      <ol>
        {folded.length > 0 && (
          <li className="crumb-fold">
            <ActionMenu
              label="Earlier steps of the path"
              trigger="…"
              buttonClassName="button button-quiet crumb-fold-button"
              actions={folded.map((crumb) => ({
                id: crumb.id,
                label: crumb.label,
                onAction: () => state.navigate(crumb.route),
              }))}
            />
          </li>
        )}
        {trail.map((crumb, index) => {
          const last = index === trail.length - 1;
          const target = crumb.route;
          return (
            <li
              key={`${index}-${target ? routePath(target) : crumb.label}`}
              className={index < foldable ? 'crumb-foldable' : undefined}
            >
              {last || !target ? (
                <span aria-current={last ? 'page' : undefined}>{crumb.label}</span>
              ) : (
                <a
                  href={`#${routePath(target)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    state.navigate(target);
                  }}
                >
                  {crumb.label}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
