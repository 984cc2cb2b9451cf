// Shared by apps and bots: which configs a view shows, and credentials with or without their clients.
import { boolParam, enumParam } from '../mix-query';
import type { MixRequest } from '../route-kit';
import { embedded } from '../seed/deployment';
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
      (!excludeOverrides || r.config.parentId === ''),
  );
}

/**
 * Credentials, filtered by `envGeographyName`. Without the FULL view (ACV_FULL / BCV_FULL) `clients` is `[]`;
 * bot credentials name each geography's environment (`envName`), app credentials do not (mix-api.md §10).
 */
export function credentialsInView(
  request: MixRequest,
  credentials: readonly CredentialJson[],
  prefix: 'ACV' | 'BCV',
): { credentials: object[] } {
  const view = enumParam(
    request.query,
    'view',
    [`${prefix}_VIEW_UNSPECIFIED`, `${prefix}_FULL`],
    `${prefix}_VIEW_UNSPECIFIED`,
  );
  const full = view === `${prefix}_FULL`;
  const geoName = request.query.get('envGeographyName');
  return {
    credentials: credentials
      .filter((c) => !geoName || c.geographies.some((g) => g.geography.displayName === geoName))
      .map((c) => ({
        ...c,
        credential: full ? c.credential : { ...c.credential, clients: [] },
        geographies: prefix === 'BCV' ? c.geographies : c.geographies.map(embedded),
      })),
  };
}
