// §3.4: bots. A bot is the same object as an application (same id), seen with its configs' bot interfaces.
import { notFound, requireApplication } from '../access';
import type { MixHandler, MixRequest } from '../route-kit';
import type { ApplicationRecord, ConfigRecord } from '../seed/types';
import { configsInView, configViewParam, credentialsInView, filterConfigs } from './app-views';

/**
 * A bot config: the app config plus `hasInterface`, its deployments' entries naming the environment
 * (`envGeography.envName`), the step's approval rule (`approvalRequired`) and the data hosts the config's dialog
 * build has there (mix-api.md §10; which data hosts appear is the sandbox's reading).
 */
function botConfig(request: MixRequest, application: ApplicationRecord, record: ConfigRecord): object {
  const { config, flow } = record;
  const dialogLabel = (config.builds as { dialog?: { buildLabel?: string } }).dialog?.buildLabel;
  const place = (envGeoId: string) => {
    for (const step of flow.steps) {
      for (const env of step.environments) {
        const geo = env.geographies.find((g) => g.id === envGeoId);
        if (geo) return { geo, approvalRequired: step.requiresApproval };
      }
    }
    return undefined;
  };
  return {
    ...config,
    deployments: config.deployments.map((deployment) => ({
      ...deployment,
      envGeographyDeployments: deployment.envGeographyDeployments.map((entry) => {
        const found = place(entry.envGeography.id);
        return {
          ...entry,
          envGeography: found?.geo ?? entry.envGeography,
          dataHosts: request.ctx.world.dataHosts
            .filter(
              (h) =>
                h.applicationId === application.app.id &&
                h.buildLabel === dialogLabel &&
                h.deploymentFlowId === flow.id &&
                h.host.environmentGeographyId === entry.envGeography.id,
            )
            .map((h) => h.host),
          approvalRequired: found?.approvalRequired ?? false,
        };
      }),
    })),
    hasInterface: record.interface !== undefined,
  };
}

/** GET /v4/organizations/{orgId}/bots: `{bots, totalSize}`, no paging (mix-api.md §5). */
export function listBots(request: MixRequest, orgId: string): object {
  const view = configViewParam(request, 'BV');
  const bots = request.ctx.world.applications
    .filter((a) => a.app.organizationId === orgId)
    .map((application) => ({
      id: application.app.id,
      applicationName: application.app.applicationName,
      configs: configsInView(application.configs, view).map((c) => botConfig(request, application, c)),
      createTime: application.app.createTime,
    }));
  return bots.length === 0 ? { bots } : { bots, totalSize: bots.length };
}

function bot(request: MixRequest): ApplicationRecord {
  return requireApplication(request, request.params.botId ?? '', 'Bot');
}

export const BOT_ROUTES: Record<string, MixHandler> = {
  '/v4/bots/:botId/configs': (request) => {
    const application = bot(request);
    return {
      configs: filterConfigs(request, application.configs).map((c) => botConfig(request, application, c)),
    };
  },
  '/v4/bots/:botId/credentials': (request) => credentialsInView(request, bot(request).credentials, 'BCV'),
  '/v4/bots/:botId/configs/:configId/interface': (request) => {
    const found = bot(request).configs.find((c) => c.config.id === request.params.configId);
    if (!found) throw notFound(`Bot configuration with id=${request.params.configId ?? ''} does not exist.`);
    if (!found.interface)
      throw notFound(`Bot configuration ${found.config.id} has no interface: it has no dialog build.`);
    return { interface: found.interface };
  },
};
