// §3.3: applications, app configs, credentials and data hosts.
import {
  invalidArgument,
  isBuildAvailable,
  notFound,
  requireApplication,
  requireBuild,
  requireConfig,
  requireOrganization,
  requireProject,
} from '../access';
import { exportStamp, fileNamePart, zipDownload } from '../downloads';
import { listPage } from '../paging';
import type { MixHandler, MixRequest } from '../route-kit';
import type { ApplicationRecord, DataHostRecord } from '../seed/types';
import { configsInView, configViewParam, credentialsInView, filterConfigs, isLive } from './app-views';

/**
 * GET /v4/apps and GET /v4/organizations/{orgId}/apps. Without `orgId` the list spans every organization the
 * caller may see (mix-cli's `applications:list` and `applications:get -M <id>` send none, mix-api.md §10).
 * `filter` matches part of the name (case-sensitive), the id or a runtime app ID; `appId` a runtime app ID.
 * There is no `sortBy`: grpc-gateway ignores it, so the order stays by id.
 */
export function listApplications(request: MixRequest, orgId: string | undefined): object {
  const view = configViewParam(request, 'AV');
  const filter = request.query.get('filter');
  const appId = request.query.get('appId');
  const { items, paging } = listPage(request.ctx.world.applications, request.query, {
    filter: (a) =>
      (orgId === undefined
        ? request.visibleOrgIds.has(a.app.organizationId)
        : a.app.organizationId === orgId) &&
      (!filter ||
        a.app.applicationName.includes(filter) ||
        a.app.id === filter ||
        a.runtimeAppIds.includes(filter)) &&
      (!appId || a.runtimeAppIds.includes(appId)),
  });
  return {
    applications: items.map((a) => ({
      ...a.app,
      configs: configsInView(a.configs, view).map((c) => c.config),
    })),
    ...paging,
  };
}

function applicationId(request: MixRequest): ApplicationRecord {
  return requireApplication(request, request.params.applicationId ?? '');
}

function hostsOf(request: MixRequest, hosts: readonly DataHostRecord[]): object {
  const flowId = request.query.get('deploymentFlowId');
  return { dataHosts: hosts.filter((h) => !flowId || h.deploymentFlowId === flowId).map((h) => h.host) };
}

export const APPLICATION_ROUTES: Record<string, MixHandler> = {
  '/v4/apps': (request) => {
    const orgId = request.query.get('orgId') || undefined;
    if (orgId !== undefined) requireOrganization(request, orgId);
    return listApplications(request, orgId);
  },
  '/v4/apps/:applicationId/app-configs': (request) => ({
    configs: filterConfigs(request, applicationId(request).configs).map((r) => r.config),
  }),
  '/v4/app-configs/:configId': (request) => ({
    config: requireConfig(request, request.params.configId ?? '').record.config,
  }),
  '/v4/app-configs/:configId/.download': (request) => {
    const { record } = requireConfig(request, request.params.configId ?? '');
    const appId = request.query.get('appId');
    if (!appId) throw invalidArgument('appId is required.');
    if (appId !== record.runtimeAppId || !isLive(record.config)) {
      throw notFound(`Application configuration ${record.config.id} is not deployed for app ID ${appId}.`);
    }
    const now = request.ctx.now();
    return zipDownload(
      `${fileNamePart(appId)}-${fileNamePart(record.config.tag)}-${exportStamp(now)}.zip`,
      [
        { name: 'config.json', data: JSON.stringify(record.config, null, 2) },
        {
          name: 'README.txt',
          data: `Mix sandbox: content of application configuration ${record.config.id}.\n`,
        },
      ],
      now,
      'application/octet-stream',
    );
  },
  '/v4/apps/:applicationId/credentials': (request) =>
    credentialsInView(request, applicationId(request).credentials, 'ACV'),
  '/v4/builds/:buildLabel/data-hosts': (request) => {
    const { record } = requireBuild(request, request.params.buildLabel ?? '');
    const applicationIdParam = request.query.get('applicationId');
    if (!applicationIdParam) throw invalidArgument('applicationId is required.');
    const application = requireApplication(request, applicationIdParam);
    if (record.build.buildType !== 'DIALOG') {
      throw invalidArgument(`Build ${record.build.buildLabel} is not a dialog build.`);
    }
    return hostsOf(
      request,
      request.ctx.world.dataHosts.filter(
        (h) => h.applicationId === application.app.id && h.buildLabel === record.build.buildLabel,
      ),
    );
  },
  '/v4/apps/:applicationId/projects/:projectId/data-hosts/.latest': (request) => {
    const application = applicationId(request);
    const project = requireProject(request, request.params.projectId ?? '');
    const latest = project.builds
      .filter(
        (b) =>
          b.build.buildType === 'DIALOG' &&
          b.build.status === 'BST_COMPLETED' &&
          isBuildAvailable(request, b),
      )
      .at(-1);
    if (!latest) return { dataHosts: [] };
    return hostsOf(
      request,
      request.ctx.world.dataHosts.filter(
        (h) => h.applicationId === application.app.id && h.buildLabel === latest.build.buildLabel,
      ),
    );
  },
};
