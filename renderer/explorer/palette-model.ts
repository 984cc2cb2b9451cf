/** What the command palette offers: resources the explorer has already loaded, and actions. Pure. */
import type { ExplorerRoute } from '../../common/explorer-routes';
import { ORG_LISTS, PLATFORM_LISTS, routePath } from '../../common/explorer-routes';
import type {
  MixAppConfig,
  MixApplication,
  MixBuild,
  MixCredential,
  MixIntent,
  MixJob,
  MixLatestBuilds,
  MixOrganizationItem,
  MixProject,
} from '../../common/mix-models';
import { entityKind } from '../../common/mix-models';
import { listItems, records, textOf, unwrap } from '../../common/tolerant-reader';
import { ORG_LIST_LABELS, PLATFORM_LABELS } from './labels';

export type PaletteAction =
  | 'refresh'
  | 'copy-link'
  | 'copy-curl'
  | 'toggle-activity'
  | 'show-downloads'
  | 'sign-out'
  | 'settings'
  | 'back'
  | 'forward';

/** What the palette groups its results by, in the order of a tie. */
export type PaletteGroup =
  | 'Actions'
  | 'Places'
  | 'Organizations'
  | 'Projects'
  | 'Applications'
  | 'Bots'
  | 'App configs'
  | 'Builds'
  | 'Jobs'
  | 'Intents'
  | 'Entities';

interface EntryBase {
  id: string;
  label: string;
  detail: string;
  group: PaletteGroup;
  /** Ids the entry is also found by: exactly or by their start, never fuzzily (no junk on ids). */
  keys?: readonly string[];
  /** false: the label is itself an id (jobs, builds), so it is matched like a key. */
  fuzzy?: boolean;
}

export type PaletteEntry = (EntryBase & { route: ExplorerRoute }) | (EntryBase & { action: PaletteAction });

export const PALETTE_ACTIONS: readonly { action: PaletteAction; label: string }[] = [
  { action: 'refresh', label: 'Refresh' },
  { action: 'copy-link', label: 'Copy link' },
  { action: 'copy-curl', label: 'Copy as curl' },
  { action: 'toggle-activity', label: 'Toggle activity' },
  { action: 'show-downloads', label: 'Show downloads' },
  { action: 'back', label: 'Go back' },
  { action: 'forward', label: 'Go forward' },
  { action: 'settings', label: 'Settings' },
  { action: 'sign-out', label: 'Sign out' },
];

/** One cached Mix.api answer: the request and its body. */
export interface CachedAnswer {
  endpoint: string;
  params: Readonly<Record<string, unknown>>;
  body: unknown;
}

interface EntryOptions {
  keys?: readonly string[];
  fuzzy?: boolean;
}

function routeEntry(
  label: string,
  detail: string,
  group: PaletteGroup,
  route: ExplorerRoute,
  options: EntryOptions = {},
): PaletteEntry {
  return { id: routePath(route), label, detail, group, route, ...options };
}

/** Names the index knows, so entries say where they belong ("Intent · Coffee Assistant"). */
interface Names {
  orgs: Map<string, string>;
  projects: Map<string, string>;
  /** Application id → its organization (app-config routes need it) and name. */
  apps: Map<string, { orgId: string; name: string }>;
  /** Application id → its runtime app ids (`ACME-PROD`) and runtime client ids, from its credentials. */
  runtime: Map<string, { appIds: string[]; clientIds: string[] }>;
}

function buildLabels(body: unknown): string[] {
  const models = (body as MixLatestBuilds | undefined)?.models;
  const labels = [
    ...(models?.asr?.builds ?? []).map((build) => textOf(build.buildLabel)),
    ...(models?.nlu?.builds ?? []).map((build) => textOf(build.buildLabel)),
    textOf(models?.dialog?.buildLabel),
  ];
  return labels.filter((label): label is string => label !== undefined);
}

/** An application, found by its name, its Mix id and its runtime app and client ids (ids: exact or prefix). */
function applicationEntry(
  label: string,
  id: string,
  orgId: string,
  runtime: { appIds: string[]; clientIds: string[] } | undefined,
): PaletteEntry {
  const appIds = runtime?.appIds ?? [];
  return routeEntry(
    label,
    appIds.length > 0 ? `Application ${id} · ${appIds.join(', ')}` : `Application ${id}`,
    'Applications',
    { kind: 'application', orgId, applicationId: id, tab: 'configs' },
    { keys: [id, ...appIds, ...(runtime?.clientIds ?? [])] },
  );
}

/** The runtime ids in an application's credentials answer (mix-api.md §10), each once. */
function runtimeIdsOf(body: unknown): { appIds: string[]; clientIds: string[] } {
  const appIds = new Set<string>();
  const clientIds = new Set<string>();
  for (const entry of records<MixCredential>(listItems(body, 'credentials'))) {
    const credential = entry.credential;
    const appId = textOf(credential?.appId);
    if (appId) appIds.add(appId);
    for (const client of records<{ clientId?: unknown }>(
      Array.isArray(credential?.clients) ? credential.clients : [],
    )) {
      const clientId = textOf(client.clientId);
      if (clientId) clientIds.add(clientId);
    }
  }
  return { appIds: [...appIds], clientIds: [...clientIds] };
}

function entriesOf(answer: CachedAnswer, names: Names): PaletteEntry[] {
  const { endpoint, params, body } = answer;
  const orgId = textOf(params['orgId']);
  const projectId = textOf(params['projectId']);
  const projectName = projectId ? names.projects.get(projectId) : undefined;
  const inProject = projectName ? ` · ${projectName}` : projectId ? ` · project ${projectId}` : '';
  switch (endpoint) {
    case 'organizations.list':
      return records<MixOrganizationItem>(listItems(body, 'organizations')).flatMap((org) => {
        const id = textOf(org.id);
        if (!id) return [];
        const name = org.displayName ?? id;
        return [
          routeEntry(
            name,
            `Organization ${id}`,
            'Organizations',
            { kind: 'organization', orgId: id },
            { keys: [id] },
          ),
          ...ORG_LISTS.map((list) =>
            routeEntry(`${name} › ${ORG_LIST_LABELS[list]}`, 'List', 'Places', {
              kind: 'org-list',
              orgId: id,
              list,
            }),
          ),
        ];
      });
    case 'projects.list':
    case 'projects.get': {
      const projects =
        endpoint === 'projects.get' ? [unwrap(body, 'project') ?? {}] : records(listItems(body, 'projects'));
      return (projects as MixProject[]).flatMap((project) => {
        const id = textOf(project.id);
        if (!id) return [];
        const orgKey = textOf(project.orgId);
        const org = orgKey ? names.orgs.get(orgKey) : undefined;
        return [
          routeEntry(
            project.displayName ?? id,
            `Project ${id}${org ? ` · ${org}` : ''}`,
            'Projects',
            { kind: 'project', projectId: id, tab: 'overview' },
            { keys: [id] },
          ),
        ];
      });
    }
    case 'applications.list':
    case 'bots.list': {
      const isBot = endpoint === 'bots.list';
      return records<MixApplication>(listItems(body, isBot ? 'bots' : 'applications')).flatMap((app) => {
        const id = textOf(app.id);
        const owner = orgId ?? textOf(app.organizationId);
        if (!id || !owner) return [];
        const label = app.applicationName ?? id;
        return isBot
          ? [
              routeEntry(
                label,
                `Bot ${id}`,
                'Bots',
                { kind: 'bot', orgId: owner, botId: id, tab: 'configs' },
                { keys: [id] },
              ),
            ]
          : [applicationEntry(label, id, owner, names.runtime.get(id))];
      });
    }
    case 'appConfigs.list': {
      const applicationId = textOf(params['applicationId']);
      const app = applicationId ? names.apps.get(applicationId) : undefined;
      if (!applicationId || !app) return [];
      return records<MixAppConfig>(listItems(body, 'configs')).flatMap((config) => {
        const id = textOf(config.id);
        if (!id) return [];
        const tag = textOf(config.tag) ?? id;
        return [
          routeEntry(
            tag,
            `App config ${id} · ${app.name}`,
            'App configs',
            { kind: 'app-config', orgId: app.orgId, applicationId, configId: id },
            { keys: [id] },
          ),
        ];
      });
    }
    case 'builds.list':
      return records<MixBuild>(listItems(body, 'builds')).flatMap((build) => {
        const label = textOf(build.buildLabel);
        return label
          ? [
              routeEntry(
                label,
                `Build · ${build.status ?? ''}`,
                'Builds',
                { kind: 'build', buildLabel: label },
                { fuzzy: false },
              ),
            ]
          : [];
      });
    case 'builds.latest':
      return buildLabels(body).map((label) =>
        routeEntry(
          label,
          `Latest build${inProject}`,
          'Builds',
          { kind: 'build', buildLabel: label },
          { fuzzy: false },
        ),
      );
    case 'jobs.list':
      return records<MixJob>(listItems(body, 'jobs')).flatMap((job) => {
        const id = textOf(job.id);
        return id && projectId
          ? [
              routeEntry(
                id,
                `Job · ${job.type ?? ''} ${job.status ?? ''}${inProject}`,
                'Jobs',
                { kind: 'job', projectId, jobId: id },
                { fuzzy: false },
              ),
            ]
          : [];
      });
    case 'intents.list':
      return records<MixIntent>(listItems(body, 'intents')).flatMap((intent) => {
        const name = textOf(intent.name);
        return name && projectId
          ? [
              routeEntry(name, `Intent${inProject}`, 'Intents', {
                kind: 'intent',
                projectId,
                intentName: name,
              }),
            ]
          : [];
      });
    case 'entities.list':
      return records<object>(listItems(body, 'entities')).flatMap((wrapper) => {
        const found = entityKind(wrapper);
        const name = textOf(found?.entity.name);
        return name && projectId
          ? [
              routeEntry(name, `Entity · ${found?.kind ?? ''}${inProject}`, 'Entities', {
                kind: 'entity',
                projectId,
                entityName: name,
              }),
            ]
          : [];
      });
    default:
      return [];
  }
}

function namesOf(answers: readonly CachedAnswer[]): Names {
  const names: Names = { orgs: new Map(), projects: new Map(), apps: new Map(), runtime: new Map() };
  for (const { endpoint, params, body } of answers) {
    if (endpoint === 'organizations.list') {
      for (const org of records<MixOrganizationItem>(listItems(body, 'organizations'))) {
        const id = textOf(org.id);
        if (id && org.displayName) names.orgs.set(id, org.displayName);
      }
    } else if (endpoint === 'projects.list') {
      for (const project of records<MixProject>(listItems(body, 'projects'))) {
        const id = textOf(project.id);
        if (id && project.displayName) names.projects.set(id, project.displayName);
      }
    } else if (endpoint === 'applications.list') {
      for (const app of records<MixApplication>(listItems(body, 'applications'))) {
        const id = textOf(app.id);
        const owner = textOf(params['orgId']) ?? textOf(app.organizationId);
        if (id && owner) names.apps.set(id, { orgId: owner, name: app.applicationName ?? id });
      }
    } else if (endpoint === 'appCredentials.list') {
      const applicationId = textOf(params['applicationId']);
      if (applicationId) names.runtime.set(applicationId, runtimeIdsOf(body));
    }
  }
  return names;
}

/** Memory bounds of the palette's list, whatever the cache holds. */
export const PALETTE_LIMITS = { perGroup: 25_000, total: 60_000 } as const;

/** Every place the palette can jump to, from the answers in the cache, without duplicates, bounded. */
export function paletteResources(answers: readonly CachedAnswer[]): PaletteEntry[] {
  const names = namesOf(answers);
  const fixed: PaletteEntry[] = [
    routeEntry('Session', 'Home', 'Places', { kind: 'home' }),
    routeEntry('Activity', 'Requests made', 'Places', { kind: 'activity' }),
    ...PLATFORM_LISTS.map((list) =>
      routeEntry(PLATFORM_LABELS[list], 'Platform', 'Places', { kind: 'platform', list }),
    ),
  ];
  const seen = new Set<string>();
  const perGroup = new Map<PaletteGroup, number>();
  const result: PaletteEntry[] = [];
  const add = (entry: PaletteEntry) => {
    const count = perGroup.get(entry.group) ?? 0;
    if (seen.has(entry.id) || count >= PALETTE_LIMITS.perGroup) return;
    seen.add(entry.id);
    perGroup.set(entry.group, count + 1);
    result.push(entry);
  };
  fixed.forEach(add);
  for (const answer of answers) {
    if (result.length >= PALETTE_LIMITS.total) break;
    entriesOf(answer, names).forEach(add);
  }
  return result.slice(0, PALETTE_LIMITS.total);
}

const WORD_SEPARATORS = new Set([' ', '\t', '_', '-', '.', '/', '›', '·']);

function isWordStart(text: string, index: number): boolean {
  return index === 0 || WORD_SEPARATORS.has(text[index - 1] ?? '');
}

/** The subsequence score of `needle` in `haystack` with its first character at `from`. */
function subsequenceScore(needle: string, haystack: string, from: number): number | undefined {
  let score = 0;
  let position = from - 1;
  let run = 0;
  for (const character of needle) {
    if (character === ' ') continue;
    const found = haystack.indexOf(character, position + 1);
    if (found === -1) return undefined;
    run = found === position + 1 ? run + 1 : 0;
    score += 10 + run * 5 + (isWordStart(haystack, found) ? 15 : 0) - Math.min(found - position, 20) / 2;
    position = found;
  }
  return score - haystack.length / 100;
}

/**
 * How well `query` matches `text`: every query character in order (a subsequence), scored higher for
 * a substring, for runs of consecutive characters and for word starts. The first character is tried at
 * its first place and at every word start ("trvl" in "scale project travel" starts at "travel", not at
 * the t of "project"). undefined: no match.
 */
export function fuzzyScore(query: string, text: string): number | undefined {
  const needle = query.trim().toLowerCase();
  if (!needle) return 0;
  return fuzzyLower(needle, text.toLowerCase());
}

/** fuzzyScore of a trimmed, lower-cased needle in a lower-cased text. */
function fuzzyLower(needle: string, haystack: string): number | undefined {
  const substring = haystack.indexOf(needle);
  if (substring !== -1) return 1000 - substring - haystack.length / 100 + (substring === 0 ? 200 : 0);
  const first = needle.replace(/\s/g, '')[0] ?? '';
  let best: number | undefined;
  for (let at = haystack.indexOf(first); at !== -1; at = haystack.indexOf(first, at + 1)) {
    if (best !== undefined && !isWordStart(haystack, at)) continue;
    const score = subsequenceScore(needle, haystack, at);
    if (score === undefined) break;
    best = Math.max(best ?? -Infinity, score);
  }
  return best;
}

/** Score bands: an exact match beats any prefix, a prefix beats any substring, which beats any fuzzy. */
const EXACT = 4000;
const PREFIX = 3000;
const WORD_PREFIX = 2500;
const SUBSTRING = 2000;
/** A fuzzy match must average this much per character (runs and word starts), or it is noise. */
const FUZZY_PER_CHARACTER = 12;

/**
 * How well `query` (already trimmed and lower-cased) matches an entry; undefined: not at all. Labels
 * that are names match exactly, by their start, a word's start, a substring, then fuzzily; ids (keys,
 * and labels that are ids) only exactly or by their start, so "1923" never finds a job whose id merely
 * contains a 1, a 9, a 2 and a 3.
 */
/** What a needle allows, worked out once per keystroke rather than once per entry. */
interface NeedleFacts {
  text: string;
  fuzzy: boolean;
  minimum: number;
  words: string[];
  /** `acme-prod` of a typed runtime client id `appid:acme-prod:geo:dev:clientname:ivr` (lower-cased). */
  runtimeAppId: string | undefined;
}

let lastNeedle: NeedleFacts = { text: '', fuzzy: false, minimum: 0, words: [], runtimeAppId: undefined };

/** A runtime client id names its runtime app id after `appID:` (mix-api.md §10). */
const RUNTIME_CLIENT_ID = /^appid:([^:\s]+):/;

function needleFacts(needle: string): NeedleFacts {
  if (lastNeedle.text !== needle) {
    // Fuzzy only for two characters or more with a letter: digits alone are ids, matched by their start.
    const fuzzy = needle.length >= 2 && /\p{L}/u.test(needle);
    const words = needle.split(/\s+/).filter(Boolean);
    lastNeedle = {
      text: needle,
      fuzzy,
      minimum: needle.replace(/\s/g, '').length * FUZZY_PER_CHARACTER,
      words,
      runtimeAppId: RUNTIME_CLIENT_ID.exec(needle)?.[1],
    };
  }
  return lastNeedle;
}

/** Lower-cased labels, computed once per entry (a keystroke ranks 20,000 entries of a large org). */
const LOWER_LABELS = new WeakMap<PaletteEntry, string>();

function lowerLabel(entry: PaletteEntry): string {
  let label = LOWER_LABELS.get(entry);
  if (label === undefined) {
    label = entry.label.toLowerCase();
    LOWER_LABELS.set(entry, label);
  }
  return label;
}

export function matchScore(needle: string, entry: PaletteEntry): number | undefined {
  if (!needle) return 0;
  const label = lowerLabel(entry);
  const shortness = -label.length / 100;
  if (label === needle) return EXACT;
  let best: number | undefined;
  const facts = needleFacts(needle);
  const idScore = (id: string) => {
    // A typed runtime client id finds its application whatever the client's name or geography.
    if (id === needle || id === facts.runtimeAppId) return EXACT - 1;
    return id.startsWith(needle) ? PREFIX - 1 - id.length / 100 : undefined;
  };
  if (entry.fuzzy === false) best = idScore(label);
  for (const key of entry.keys ?? []) {
    const score = idScore(key.toLowerCase());
    if (score !== undefined) best = Math.max(best ?? -Infinity, score);
  }
  if (best === EXACT - 1 || entry.fuzzy === false) return best;
  if (label.startsWith(needle)) return PREFIX + shortness;
  const at = label.indexOf(needle);
  if (at !== -1) {
    let wordAt = at;
    while (wordAt !== -1 && !isWordStart(label, wordAt)) wordAt = label.indexOf(needle, wordAt + 1);
    return Math.max(best ?? -Infinity, (wordAt !== -1 ? WORD_PREFIX : SUBSTRING) + shortness - at / 100);
  }
  if (best !== undefined) return best;
  const { fuzzy: tryFuzzy, minimum, words } = facts;
  // Several words: each must be in the label (any order), the way people narrow a name down.
  if (words.length > 1) {
    let found = 0;
    for (const word of words) {
      const wordAt = label.indexOf(word);
      if (wordAt === -1) return undefined;
      found += isWordStart(label, wordAt) ? 2 : 1;
    }
    return SUBSTRING - 1 - (2 * words.length - found) * 10 + shortness;
  }
  if (!tryFuzzy) return undefined;
  const fuzzy = fuzzyLower(needle, label);
  if (fuzzy === undefined || fuzzy < minimum) return undefined;
  return Math.min(fuzzy, SUBSTRING - 1);
}

/** The best matches first; actions and resources compete on score alone. */
export function rankEntries(entries: readonly PaletteEntry[], query: string, limit = 50): PaletteEntry[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return entries.slice(0, limit);
  const scored: { entry: PaletteEntry; score: number }[] = [];
  for (const entry of entries) {
    const score = matchScore(needle, entry);
    if (score !== undefined) scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, limit).map((item) => item.entry);
}

export interface PaletteSection {
  group: PaletteGroup;
  entries: PaletteEntry[];
}

/**
 * Ranked results grouped by kind: a group's place is its best entry's, a group shows at most
 * `perGroup` entries, and `limit` in all.
 */
export function rankSections(
  entries: readonly PaletteEntry[],
  query: string,
  { perGroup = 8, limit = 60 }: { perGroup?: number; limit?: number } = {},
): PaletteSection[] {
  const ranked = rankEntries(entries, query, Number.POSITIVE_INFINITY);
  const sections = new Map<PaletteGroup, PaletteEntry[]>();
  let shown = 0;
  for (const entry of ranked) {
    if (shown >= limit) break;
    const section = sections.get(entry.group) ?? [];
    if (section.length >= perGroup) continue;
    section.push(entry);
    sections.set(entry.group, section);
    shown += 1;
  }
  return [...sections].map(([group, list]) => ({ group, entries: list }));
}
