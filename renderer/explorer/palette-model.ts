/** What the command palette offers: resources the explorer has already loaded, and actions. Pure. */
import type { ExplorerRoute } from '../../common/explorer-routes';
import { ORG_LISTS, PLATFORM_LISTS, routePath } from '../../common/explorer-routes';
import type {
  MixApplication,
  MixBuild,
  MixIntent,
  MixJob,
  MixOrganizationItem,
  MixProject,
} from '../../common/mix-models';
import { entityKind } from '../../common/mix-models';
import { listItems, textOf, unwrap } from '../../common/tolerant-reader';
import { ORG_LIST_LABELS, PLATFORM_LABELS } from './labels';

export type PaletteAction =
  'refresh' | 'copy-link' | 'copy-curl' | 'toggle-activity' | 'sign-out' | 'settings' | 'back' | 'forward';

export type PaletteEntry =
  | { id: string; label: string; detail: string; route: ExplorerRoute }
  | { id: string; label: string; detail: string; action: PaletteAction };

export const PALETTE_ACTIONS: readonly { action: PaletteAction; label: string }[] = [
  { action: 'refresh', label: 'Refresh' },
  { action: 'copy-link', label: 'Copy link' },
  { action: 'copy-curl', label: 'Copy as curl' },
  { action: 'toggle-activity', label: 'Toggle activity' },
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

function routeEntry(label: string, detail: string, route: ExplorerRoute): PaletteEntry {
  return { id: routePath(route), label, detail, route };
}

function entriesOf(answer: CachedAnswer, orgNames: Map<string, string>): PaletteEntry[] {
  const { endpoint, params, body } = answer;
  const orgId = textOf(params['orgId']);
  const projectId = textOf(params['projectId']);
  switch (endpoint) {
    case 'organizations.list':
      return (listItems(body, 'organizations') as MixOrganizationItem[]).flatMap((org) => {
        const id = textOf(org.id);
        if (!id) return [];
        const name = org.displayName ?? id;
        return [
          routeEntry(name, 'Organization', { kind: 'organization', orgId: id }),
          ...ORG_LISTS.map((list) =>
            routeEntry(`${name} › ${ORG_LIST_LABELS[list]}`, 'List', { kind: 'org-list', orgId: id, list }),
          ),
        ];
      });
    case 'projects.list':
    case 'projects.get': {
      const projects =
        endpoint === 'projects.get' ? [unwrap(body, 'project') ?? {}] : listItems(body, 'projects');
      return (projects as MixProject[]).flatMap((project) => {
        const id = textOf(project.id);
        if (!id) return [];
        const orgKey = textOf(project.orgId);
        const org = orgKey ? orgNames.get(orgKey) : undefined;
        return [
          routeEntry(project.displayName ?? id, `Project ${id}${org ? ` · ${org}` : ''}`, {
            kind: 'project',
            projectId: id,
            tab: 'overview',
          }),
        ];
      });
    }
    case 'applications.list':
    case 'bots.list': {
      const isBot = endpoint === 'bots.list';
      return (listItems(body, isBot ? 'bots' : 'applications') as MixApplication[]).flatMap((app) => {
        const id = textOf(app.id);
        const owner = orgId ?? textOf(app.organizationId);
        if (!id || !owner) return [];
        const label = app.applicationName ?? id;
        return isBot
          ? [routeEntry(label, `Bot ${id}`, { kind: 'bot', orgId: owner, botId: id, tab: 'configs' })]
          : [
              routeEntry(label, `Application ${id}`, {
                kind: 'application',
                orgId: owner,
                applicationId: id,
                tab: 'configs',
              }),
            ];
      });
    }
    case 'builds.list':
      return (listItems(body, 'builds') as MixBuild[]).flatMap((build) => {
        const label = textOf(build.buildLabel);
        return label
          ? [routeEntry(label, `Build · ${build.status ?? ''}`, { kind: 'build', buildLabel: label })]
          : [];
      });
    case 'jobs.list':
      return (listItems(body, 'jobs') as MixJob[]).flatMap((job) => {
        const id = textOf(job.id);
        return id && projectId
          ? [
              routeEntry(id, `Job · ${job.type ?? ''} ${job.status ?? ''}`, {
                kind: 'job',
                projectId,
                jobId: id,
              }),
            ]
          : [];
      });
    case 'intents.list':
      return (listItems(body, 'intents') as MixIntent[]).flatMap((intent) => {
        const name = textOf(intent.name);
        return name && projectId
          ? [routeEntry(name, 'Intent', { kind: 'intent', projectId, intentName: name })]
          : [];
      });
    case 'entities.list':
      return listItems(body, 'entities').flatMap((wrapper) => {
        const found = entityKind(wrapper);
        const name = textOf(found?.entity.name);
        return name && projectId
          ? [
              routeEntry(name, `Entity · ${found?.kind ?? ''}`, {
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

/** Every place the palette can jump to, from the answers in the cache, without duplicates. */
export function paletteResources(answers: readonly CachedAnswer[]): PaletteEntry[] {
  const orgNames = new Map<string, string>();
  for (const answer of answers) {
    if (answer.endpoint !== 'organizations.list') continue;
    for (const org of listItems(answer.body, 'organizations') as MixOrganizationItem[]) {
      const id = textOf(org.id);
      if (id && org.displayName) orgNames.set(id, org.displayName);
    }
  }
  const fixed: PaletteEntry[] = [
    routeEntry('Session', 'Home', { kind: 'home' }),
    routeEntry('Activity', 'Requests made', { kind: 'activity' }),
    ...PLATFORM_LISTS.map((list) =>
      routeEntry(PLATFORM_LABELS[list], 'Platform', { kind: 'platform', list }),
    ),
  ];
  const seen = new Set<string>();
  const result: PaletteEntry[] = [];
  for (const entry of [...fixed, ...answers.flatMap((answer) => entriesOf(answer, orgNames))]) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    result.push(entry);
  }
  return result;
}

/**
 * How well `query` matches `text`: every query character in order (a subsequence), scored higher for
 * a substring, for runs of consecutive characters and for word starts. undefined: no match.
 */
export function fuzzyScore(query: string, text: string): number | undefined {
  const needle = query.trim().toLowerCase();
  if (!needle) return 0;
  const haystack = text.toLowerCase();
  const substring = haystack.indexOf(needle);
  if (substring !== -1) return 1000 - substring - haystack.length / 100 + (substring === 0 ? 200 : 0);
  let score = 0;
  let position = -1;
  let run = 0;
  for (const character of needle) {
    if (character === ' ') continue;
    const found = haystack.indexOf(character, position + 1);
    if (found === -1) return undefined;
    run = found === position + 1 ? run + 1 : 0;
    const wordStart = found === 0 || /[\s_\-./›·]/.test(haystack[found - 1] ?? '');
    score += 10 + run * 5 + (wordStart ? 15 : 0) - Math.min(found - position, 20) / 2;
    position = found;
  }
  return score - haystack.length / 100;
}

/** The best matches first; actions and resources compete on score alone. */
export function rankEntries(entries: readonly PaletteEntry[], query: string, limit = 50): PaletteEntry[] {
  if (!query.trim()) return entries.slice(0, limit);
  const scored: { entry: PaletteEntry; score: number }[] = [];
  for (const entry of entries) {
    const score = fuzzyScore(query, `${entry.label} ${entry.detail}`);
    const labelScore = fuzzyScore(query, entry.label);
    const best = Math.max(score ?? -Infinity, (labelScore ?? -Infinity) + 50);
    if (best > -Infinity) scored.push({ entry, score: best });
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, limit).map((item) => item.entry);
}
