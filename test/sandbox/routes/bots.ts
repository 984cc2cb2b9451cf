// §3.4: bots. A bot is the same object as an application (same id), seen with its configs' bot interfaces.
import { notFound, requireApplication } from '../access';
import type { MixHandler, MixRequest } from '../route-kit';
import type { ApplicationRecord, ConfigRecord } from '../seed/types';
import { configsInView, configViewParam, credentialsInView, filterConfigs } from './app-views';

function botConfig(record: ConfigRecord): object {
  return { ...record.config, hasInterface: record.interface !== undefined };
}

/** GET /v4/organizations/{orgId}/bots: `{bots, totalSize}`, no paging (mix-api.md §5). */
export function listBots(request: MixRequest, orgId: string): object {
  const view = configViewParam(request, 'BV');
  const bots = request.ctx.world.applications
    .filter((a) => a.app.organizationId === orgId)
    .map(({ app, configs }) => ({
      id: app.id,
      applicationName: app.applicationName,
      configs: configsInView(configs, view).map(botConfig),
      createTime: app.createTime,
    }));
  return bots.length === 0 ? { bots } : { bots, totalSize: bots.length };
}

function bot(request: MixRequest): ApplicationRecord {
  return requireApplication(request, request.params.botId ?? '', 'Bot');
}

export const BOT_ROUTES: Record<string, MixHandler> = {
  '/v4/bots/:botId/configs': (request) => ({
    configs: filterConfigs(request, bot(request).configs).map(botConfig),
  }),
  '/v4/bots/:botId/credentials': (request) => credentialsInView(request, bot(request).credentials, 'BCV'),
  '/v4/bots/:botId/configs/:configId/interface': (request) => {
    const found = bot(request).configs.find((c) => c.config.id === request.params.configId);
    if (!found) throw notFound(`Bot configuration with id=${request.params.configId ?? ''} does not exist.`);
    if (!found.interface)
      throw notFound(`Bot configuration ${found.config.id} has no interface: it has no dialog build.`);
    return { interface: found.interface };
  },
};
