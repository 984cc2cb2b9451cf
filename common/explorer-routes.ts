/**
 * Every place the explorer can show, as data: the route union, its path (`/projects/1922/builds`) and
 * its deep link (`mix-explorer://us/projects/1922/builds`). Pure and strict: main parses OS deep links
 * with `parseDeepLink`, so anything that is not exactly a path this module writes is refused.
 */
import type { SystemPreset } from './ipc-contract';

export const ORG_LISTS = [
  'projects',
  'applications',
  'deployments',
  'locks',
  'failures',
  'bots',
  'deployment-flows',
  'environments',
  'engine-packs',
  'language-topics',
  'voices',
] as const;
export type OrgList = (typeof ORG_LISTS)[number];

export const PROJECT_TABS = [
  'overview',
  'builds',
  'intents',
  'entities',
  'jobs',
  'locks',
  'env-configs',
  'exports',
] as const;
export type ProjectTab = (typeof PROJECT_TABS)[number];

export const APPLICATION_TABS = ['configs', 'deployments', 'credentials', 'data-hosts'] as const;
export type ApplicationTab = (typeof APPLICATION_TABS)[number];

export const BOT_TABS = ['configs', 'credentials'] as const;
export type BotTab = (typeof BOT_TABS)[number];

export const PLATFORM_LISTS = ['geographies', 'data-types', 'entity-types', 'version'] as const;
export type PlatformList = (typeof PLATFORM_LISTS)[number];

export type ExplorerRoute =
  | { kind: 'home' }
  | { kind: 'organization'; orgId: string }
  | { kind: 'org-list'; orgId: string; list: OrgList }
  | { kind: 'project'; projectId: string; tab: ProjectTab }
  | { kind: 'build'; buildLabel: string }
  | { kind: 'job'; projectId: string; jobId: string }
  | { kind: 'intent'; projectId: string; intentName: string }
  | { kind: 'entity'; projectId: string; entityName: string }
  | { kind: 'application'; orgId: string; applicationId: string; tab: ApplicationTab }
  | { kind: 'app-config'; orgId: string; applicationId: string; configId: string }
  | {
      kind: 'compare-configs';
      orgId: string;
      /** Each side is a config of any application of the organization. */
      left: ConfigRef;
      right: ConfigRef;
    }
  | { kind: 'bot'; orgId: string; botId: string; tab: BotTab }
  | { kind: 'bot-interface'; orgId: string; botId: string; configId: string }
  | { kind: 'platform'; list: PlatformList }
  | { kind: 'activity' };

export type ExplorerRouteKind = ExplorerRoute['kind'];

/** One app config, named by its application and its own id. */
export interface ConfigRef {
  applicationId: string;
  configId: string;
}

export const DEEP_LINK_SCHEME = 'mix-explorer:';
/** Longer paths are refused outright: no real route comes close, and OS links are untrusted input. */
export const MAX_ROUTE_PATH_LENGTH = 2048;
const MAX_ID_LENGTH = 128;
const MAX_NAME_LENGTH = 200;

/** IDs, build labels and job UUIDs: starts with a letter or digit, so never `.` or `..`. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

/** Intent and entity names: any printable text that can be one Mix.api path segment. */
function isName(value: string): boolean {
  return (
    value.length > 0 &&
    value.length <= MAX_NAME_LENGTH &&
    value !== '.' &&
    value !== '..' &&
    !CONTROL_CHARACTERS.test(value)
  );
}

const segment = encodeURIComponent;

/** The in-app path of a route; each value is one percent-encoded segment. */
export function routePath(route: ExplorerRoute): string {
  switch (route.kind) {
    case 'home':
      return '/';
    case 'organization':
      return `/orgs/${segment(route.orgId)}`;
    case 'org-list':
      return `/orgs/${segment(route.orgId)}/${route.list}`;
    case 'project':
      return route.tab === 'overview'
        ? `/projects/${segment(route.projectId)}`
        : `/projects/${segment(route.projectId)}/${route.tab}`;
    case 'build':
      return `/builds/${segment(route.buildLabel)}`;
    case 'job':
      return `/projects/${segment(route.projectId)}/jobs/${segment(route.jobId)}`;
    case 'intent':
      return `/projects/${segment(route.projectId)}/intents/${segment(route.intentName)}`;
    case 'entity':
      return `/projects/${segment(route.projectId)}/entities/${segment(route.entityName)}`;
    case 'application': {
      const base = `/orgs/${segment(route.orgId)}/applications/${segment(route.applicationId)}`;
      return route.tab === 'configs' ? base : `${base}/${route.tab}`;
    }
    case 'app-config':
      return `/orgs/${segment(route.orgId)}/applications/${segment(route.applicationId)}/configs/${segment(route.configId)}`;
    case 'compare-configs': {
      const side = ({ applicationId, configId }: ConfigRef) =>
        `${segment(applicationId)}/${segment(configId)}`;
      return `/orgs/${segment(route.orgId)}/compare/${side(route.left)}/${side(route.right)}`;
    }
    case 'bot': {
      const base = `/orgs/${segment(route.orgId)}/bots/${segment(route.botId)}`;
      return route.tab === 'configs' ? base : `${base}/${route.tab}`;
    }
    case 'bot-interface':
      return `/orgs/${segment(route.orgId)}/bots/${segment(route.botId)}/configs/${segment(route.configId)}/interface`;
    case 'platform':
      return `/platform/${route.list}`;
    case 'activity':
      return '/activity';
  }
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((candidate) => candidate === value);
}

/**
 * Splits a path into decoded segments, or undefined unless every segment is written exactly as
 * `encodeURIComponent` writes it (so `%2e%2e`, `%2F` spelled `%2f`, or raw spaces are refused).
 */
function decodeSegments(path: string): string[] | undefined {
  if (path.length > MAX_ROUTE_PATH_LENGTH || !path.startsWith('/')) return undefined;
  if (path === '/') return [];
  const raw = path.slice(1).split('/');
  const decoded: string[] = [];
  for (const part of raw) {
    if (part === '') return undefined;
    let value: string;
    try {
      value = decodeURIComponent(part);
    } catch {
      return undefined;
    }
    if (encodeURIComponent(value) !== part || !isName(value)) return undefined;
    decoded.push(value);
  }
  return decoded;
}

/** The segment after an organization that compares two of its configs: `/orgs/1/compare/49/190/51/200`. */
const COMPARE_SEGMENT = 'compare';

function parseCompare(orgId: string, ids: string[]): ExplorerRoute | undefined {
  const [leftApp, leftConfig, rightApp, rightConfig, ...extra] = ids;
  if (extra.length > 0 || ![leftApp, leftConfig, rightApp, rightConfig].every((id) => id && isId(id))) {
    return undefined;
  }
  return {
    kind: 'compare-configs',
    orgId,
    left: { applicationId: leftApp ?? '', configId: leftConfig ?? '' },
    right: { applicationId: rightApp ?? '', configId: rightConfig ?? '' },
  };
}

function parseOrg(orgId: string, rest: string[]): ExplorerRoute | undefined {
  const [list, id, tab, configId, last] = rest;
  if (list === undefined) return { kind: 'organization', orgId };
  if (list === COMPARE_SEGMENT) return parseCompare(orgId, rest.slice(1));
  const orgList = oneOf(ORG_LISTS, list);
  if (!orgList) return undefined;
  if (id === undefined) return { kind: 'org-list', orgId, list: orgList };
  if (!isId(id)) return undefined;
  if (orgList === 'applications') {
    if (tab === undefined) return { kind: 'application', orgId, applicationId: id, tab: 'configs' };
    if (tab === 'configs' && configId !== undefined && isId(configId) && last === undefined) {
      return { kind: 'app-config', orgId, applicationId: id, configId };
    }
    // `configs` is the default tab and is written without a segment: refuse the long form.
    const appTab = oneOf(APPLICATION_TABS, tab);
    if (appTab && appTab !== 'configs' && configId === undefined) {
      return { kind: 'application', orgId, applicationId: id, tab: appTab };
    }
    return undefined;
  }
  if (orgList === 'bots') {
    if (tab === undefined) return { kind: 'bot', orgId, botId: id, tab: 'configs' };
    if (tab === 'configs' && configId !== undefined && isId(configId) && last === 'interface') {
      return rest.length === 5 ? { kind: 'bot-interface', orgId, botId: id, configId } : undefined;
    }
    const botTab = oneOf(BOT_TABS, tab);
    if (botTab && botTab !== 'configs' && configId === undefined) {
      return { kind: 'bot', orgId, botId: id, tab: botTab };
    }
  }
  return undefined;
}

function parseProject(projectId: string, rest: string[]): ExplorerRoute | undefined {
  const [tab, name, extra] = rest;
  if (extra !== undefined) return undefined;
  if (tab === undefined) return { kind: 'project', projectId, tab: 'overview' };
  if (name === undefined) {
    const projectTab = oneOf(PROJECT_TABS, tab);
    return projectTab && projectTab !== 'overview'
      ? { kind: 'project', projectId, tab: projectTab }
      : undefined;
  }
  if (tab === 'jobs') return isId(name) ? { kind: 'job', projectId, jobId: name } : undefined;
  if (tab === 'intents') return { kind: 'intent', projectId, intentName: name };
  if (tab === 'entities') return { kind: 'entity', projectId, entityName: name };
  return undefined;
}

/** The route a path names, or undefined for anything `routePath` would not have written. */
export function parseRoutePath(path: string): ExplorerRoute | undefined {
  const segments = decodeSegments(path);
  if (!segments) return undefined;
  const [head, id, ...rest] = segments;
  if (head === undefined) return { kind: 'home' };
  if (head === 'activity') return id === undefined ? { kind: 'activity' } : undefined;
  if (head === 'platform') {
    const list = oneOf(PLATFORM_LISTS, id);
    return list && rest.length === 0 ? { kind: 'platform', list } : undefined;
  }
  if (id === undefined || !isId(id)) return undefined;
  if (head === 'orgs') return parseOrg(id, rest);
  if (head === 'projects') return parseProject(id, rest);
  if (head === 'builds') return rest.length === 0 ? { kind: 'build', buildLabel: id } : undefined;
  return undefined;
}

const PRESETS: readonly Exclude<SystemPreset, 'custom'>[] = ['us', 'eu', 'uk', 'au'];
const HOST_LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST_PATTERN = new RegExp(
  `^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9a-f:.]{2,45}\\])(?::[0-9]{1,5})?$`,
);

/** Whether a text can name a Mix system in a deep link: a preset, or a lower-case API host[:port]. */
export function isSystemKey(value: string): boolean {
  return (PRESETS as readonly string[]).includes(value) || (value.length <= 260 && HOST_PATTERN.test(value));
}

/** The system part of a deep link for a profile: its preset, or its API host for a custom system. */
export function systemKeyOf(system: SystemPreset, apiUrl: string): string | undefined {
  if (system !== 'custom') return system;
  try {
    const host = new URL(apiUrl).host.toLowerCase();
    return isSystemKey(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/** `mix-explorer://us/projects/1922/builds`. */
export function deepLink(systemKey: string, route: ExplorerRoute): string {
  return `${DEEP_LINK_SCHEME}//${systemKey}${routePath(route)}`;
}

/**
 * The system and route of a deep link, or undefined. Tolerates only what OS shells add: a missing `/`
 * after the system, and one trailing slash. No query, fragment, credentials or other scheme.
 */
export function parseDeepLink(url: string): { system: string; route: ExplorerRoute } | undefined {
  const prefix = `${DEEP_LINK_SCHEME}//`;
  if (typeof url !== 'string' || url.length > MAX_ROUTE_PATH_LENGTH + 300 || !url.startsWith(prefix)) {
    return undefined;
  }
  const rest = url.slice(prefix.length);
  const slash = rest.indexOf('/');
  const system = slash === -1 ? rest : rest.slice(0, slash);
  let path = slash === -1 ? '/' : rest.slice(slash);
  if (!isSystemKey(system)) return undefined;
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  const route = parseRoutePath(path);
  return route ? { system, route } : undefined;
}

/** Whether two routes name the same place. */
export function sameRoute(a: ExplorerRoute, b: ExplorerRoute): boolean {
  return routePath(a) === routePath(b);
}

/**
 * The path of the resource a route shows, whatever its tab: a project's Builds and Intents tabs are one
 * project (Home lists it once). Undefined for a path that names no route.
 */
export function resourcePath(path: string): string | undefined {
  const route = parseRoutePath(path);
  if (!route) return undefined;
  switch (route.kind) {
    case 'project':
      return routePath({ ...route, tab: 'overview' });
    case 'application':
    case 'bot':
      return routePath({ ...route, tab: 'configs' });
    case 'home':
    case 'organization':
    case 'org-list':
    case 'build':
    case 'job':
    case 'intent':
    case 'entity':
    case 'app-config':
    case 'compare-configs':
    case 'bot-interface':
    case 'platform':
    case 'activity':
      return routePath(route);
  }
}
