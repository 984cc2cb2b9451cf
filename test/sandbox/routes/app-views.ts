// Shared by apps and bots: which configs a view shows, and credentials with or without their clients.
import { boolParam, enumParam } from '../mix-query';
import type { MixRequest } from '../route-kit';
import type { ConfigJson, ConfigRecord, CredentialJson } from '../seed/types';

export type ConfigView = 'NONE' | 'FULL' | 'AVAILABLE' | 'LIVE';

/** Live: deployed somewhere. Available: not taken down everywhere (deployed or on its way). */
export function isLive(config: ConfigJson): boolean {
  return config.deployments.some((d) => d.status === 'DEPLOYED');
}

export function isAvailable(config: ConfigJson): boolean {
  return config.deployments.some((d) => d.status !== 'UNDEPLOYED');
}

export function configsInView(records: readonly ConfigRecord[], view: ConfigView): ConfigRecord[] {
  switch (view) {
    case 'NONE':
      return [];
    case 'FULL':
      return [...records];
    case 'AVAILABLE':
      return records.filter((r) => isAvailable(r.config));
    case 'LIVE':
      return records.filter((r) => isLive(r.config));
  }
}

/** Reads `view` with its prefixed enum names (AV_FULL, BV_FULL_LIVE_CONFIGS, ...). */
export function configViewParam(request: MixRequest, prefix: 'AV' | 'BV'): ConfigView {
  const names = [
    `${prefix}_VIEW_UNSPECIFIED`,
    `${prefix}_FULL`,
    `${prefix}_FULL_AVAILABLE_CONFIGS`,
    `${prefix}_FULL_LIVE_CONFIGS`,
  ] as const;
  const view = enumParam(request.query, 'view', names, names[0]);
  return (['NONE', 'FULL', 'AVAILABLE', 'LIVE'] as const)[names.indexOf(view)] ?? 'NONE';
}

/** app-configs and bot configs: the `appId`, `tag`, `liveOnly` and `excludeOverrides` filters. */
export function filterConfigs(request: MixRequest, records: readonly ConfigRecord[]): ConfigRecord[] {
  const { query } = request;
  const appId = query.get('appId');
  const tag = query.get('tag');
  const liveOnly = boolParam(query, 'liveOnly');
  const excludeOverrides = boolParam(query, 'excludeOverrides');
  return records.filter(
    (r) =>
      (!appId || r.runtimeAppId === appId) &&
      (!tag || r.config.tag === tag) &&
      (!liveOnly || isLive(r.config)) &&
      (!excludeOverrides || r.config.parentId === undefined),
  );
}

/** Credentials, filtered by `envGeographyName`; `clients` only with the FULL view (ACV_FULL / BCV_FULL). */
export function credentialsInView(
  request: MixRequest,
  credentials: readonly CredentialJson[],
  prefix: 'ACV' | 'BCV',
): { credentials: CredentialJson[] | object[] } {
  const view = enumParam(
    request.query,
    'view',
    [`${prefix}_VIEW_UNSPECIFIED`, `${prefix}_FULL`],
    `${prefix}_VIEW_UNSPECIFIED`,
  );
  const geoName = request.query.get('envGeographyName');
  const matching = credentials.filter(
    (c) => !geoName || c.geographies.some((g) => g.geography.displayName === geoName),
  );
  if (view === `${prefix}_FULL`) return { credentials: matching };
  return {
    credentials: matching.map(({ credential, ...rest }) => ({
      ...rest,
      credential: { id: credential.id, appId: credential.appId },
    })),
  };
}
