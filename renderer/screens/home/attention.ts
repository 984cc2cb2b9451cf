/**
 * "Needs attention" on Home, from what the query cache holds (the search walk reads every project's jobs
 * and builds lists and every application's configs in the background; Home reads each organization's
 * locks): failed jobs and builds of the last 7 days that nothing has put right since, locked projects (who,
 * since when), deployments waiting for approval. Pure.
 */
import type { ExplorerRoute } from '../../../common/explorer-routes';
import type { MixAppConfig, MixBuild, MixJob, MixLock, MixProject } from '../../../common/mix-models';
import { listItems, records, textOf } from '../../../common/tolerant-reader';
import type { CachedAnswer } from '../../explorer/palette-model';
import { firstEpochMs as timeOf } from '../../format';

export type AttentionKind = 'failed-job' | 'failed-build' | 'lock' | 'pending-deployment';

export interface AttentionItem {
  id: string;
  kind: AttentionKind;
  title: string;
  detail: string;
  /** Epoch ms it happened (failure, lock, request), when Mix said. */
  at: number | undefined;
  route: ExplorerRoute;
}

/** Mix's failed build statuses (recorded answers say BST_FAILED; the docs FAILED). */
const FAILED_BUILD = new Set(['FAILED', 'BST_FAILED']);
const COMPLETED_BUILD = new Set(['COMPLETED', 'BST_COMPLETED']);

export const ATTENTION_WINDOW_MS = 7 * 24 * 60 * 60_000;
/** At most this many items are kept, newest first, whatever the cache holds. */
export const ATTENTION_LIMIT = 50;

function projectNames(answers: readonly CachedAnswer[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const { endpoint, body } of answers) {
    if (endpoint !== 'projects.list') continue;
    for (const project of records<MixProject>(listItems(body, 'projects'))) {
      const id = textOf(project.id);
      if (id && project.displayName) names.set(id, project.displayName);
    }
  }
  return names;
}

function appNames(answers: readonly CachedAnswer[]): Map<string, { name: string; orgId: string }> {
  const apps = new Map<string, { name: string; orgId: string }>();
  for (const { endpoint, params, body } of answers) {
    if (endpoint !== 'applications.list') continue;
    for (const app of records<{ id?: unknown; applicationName?: string; organizationId?: unknown }>(
      listItems(body, 'applications'),
    )) {
      const id = textOf(app.id);
      const orgId = textOf(params['orgId']) ?? textOf(app.organizationId);
      if (id && orgId) apps.set(id, { name: app.applicationName ?? id, orgId });
    }
  }
  return apps;
}

/** A failure, and what would put it right: a later success of the same kind in the same project. */
interface Failure {
  item: AttentionItem;
  /** Project and job type, or project and engine. */
  line: string;
}

/** Newest first; equal times by id, so the order never depends on the order answers arrived in. */
function newestFirst(a: AttentionItem, b: AttentionItem): number {
  const byTime = (b.at ?? -Infinity) - (a.at ?? -Infinity);
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The engine a build is for: its type, else the list it came in, else its label (`NLU_1922_4`). */
function engineOf(build: MixBuild, listedAs: string | undefined): string | undefined {
  return textOf(build.buildType) ?? listedAs ?? textOf(build.buildLabel)?.split('_')[0];
}

/** What needs the user's attention, newest first, bounded. */
export function attentionItems(answers: readonly CachedAnswer[], now: number): AttentionItem[] {
  const projects = projectNames(answers);
  const apps = appNames(answers);
  const since = now - ATTENTION_WINDOW_MS;
  const recent = (at: number | undefined) => at !== undefined && at >= since && at <= now + 60_000;
  const items = new Map<string, AttentionItem>();
  const add = (item: AttentionItem) => items.set(item.id, item);
  const projectLabel = (projectId: string) => projects.get(projectId) ?? `Project ${projectId}`;
  const failures = new Map<string, Failure>();
  /** The latest success per line: a failure before it has been put right. */
  const lastSuccess = new Map<string, number>();
  const succeeded = (line: string, at: number | undefined) => {
    if (at !== undefined) lastSuccess.set(line, Math.max(at, lastSuccess.get(line) ?? -Infinity));
  };

  for (const { endpoint, params, body } of answers) {
    const projectId = textOf(params['projectId']);
    switch (endpoint) {
      case 'jobs.list':
        for (const job of records<MixJob>(listItems(body, 'jobs'))) {
          const id = textOf(job.id);
          const owner = projectId ?? textOf(job.projectId);
          const at = timeOf(job.updateTime, job.createTime);
          if (!id || !owner) continue;
          const line = `job:${owner}:${textOf(job.type) ?? ''}`;
          if (job.status === 'COMPLETED') succeeded(line, at);
          if (job.status !== 'FAILED' || !recent(at)) continue;
          const item: AttentionItem = {
            id: `job:${owner}:${id}`,
            kind: 'failed-job',
            title: `${job.type ?? 'Job'} failed`,
            detail: `${projectLabel(owner)} · job ${id}`,
            at,
            route: { kind: 'job', projectId: owner, jobId: id },
          };
          failures.set(item.id, { item, line });
        }
        break;
      case 'builds.list':
        for (const build of records<MixBuild>(listItems(body, 'builds'))) {
          const label = textOf(build.buildLabel);
          const owner = projectId ?? textOf(build.projectId);
          const at = timeOf(build.createTime);
          if (!label || !owner) continue;
          const line = `build:${owner}:${engineOf(build, textOf(params['type'])) ?? ''}`;
          if (COMPLETED_BUILD.has(build.status ?? '')) succeeded(line, at);
          if (!FAILED_BUILD.has(build.status ?? '') || !recent(at)) continue;
          const item: AttentionItem = {
            id: `build:${label}`,
            kind: 'failed-build',
            title: `Build ${label} failed`,
            detail: projectLabel(owner),
            at,
            route: { kind: 'build', buildLabel: label },
          };
          failures.set(item.id, { item, line });
        }
        break;
      case 'locks.list':
        for (const lock of records<MixLock>(listItems(body, 'locks'))) {
          const locked = textOf(lock.projectId) ?? projectId;
          if (!locked) continue;
          const owner = lock.lockOwner?.name ?? lock.lockOwner?.email ?? 'someone';
          add({
            id: `lock:${locked}`,
            kind: 'lock',
            title: `${projectLabel(locked)} is locked`,
            detail: `by ${owner}${lock.notes ? ` · “${lock.notes}”` : ''}`,
            at: timeOf(lock.createTime),
            route: { kind: 'project', projectId: locked, tab: 'overview' },
          });
        }
        break;
      case 'appConfigs.list': {
        const applicationId = textOf(params['applicationId']);
        const app = applicationId ? apps.get(applicationId) : undefined;
        if (!applicationId || !app) break;
        for (const config of records<MixAppConfig>(listItems(body, 'configs'))) {
          const configId = textOf(config.id);
          const pending = (config.deployments ?? []).filter(
            (deployment) => deployment.status === 'PENDING_REQUEST',
          );
          if (!configId || pending.length === 0) continue;
          add({
            id: `deployment:${configId}`,
            kind: 'pending-deployment',
            title: `${config.tag ?? `Configuration ${configId}`} waits for approval`,
            detail: `${app.name} · ${pending.length} deployment${pending.length === 1 ? '' : 's'} pending`,
            // Mix does not say when approval was asked for; the config's age would mislead.
            at: undefined,
            route: { kind: 'app-config', orgId: app.orgId, applicationId, configId },
          });
        }
        break;
      }
      default:
        break;
    }
  }
  for (const { item, line } of failures.values()) {
    const success = lastSuccess.get(line);
    if (success === undefined || item.at === undefined || success <= item.at) add(item);
  }
  return [...items.values()].sort(newestFirst).slice(0, ATTENTION_LIMIT);
}
