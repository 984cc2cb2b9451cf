// §3.5: projects, locks, env-configs and the project-level exports.
import { notFound, requireOrganization, requireLocales, requireProject } from '../access';
import { exportStamp, fileNamePart, jsonDownload, zipDownload } from '../downloads';
import { boolParam } from '../mix-query';
import { listPage } from '../paging';
import type { MixHandler, MixRequest } from '../route-kit';
import type { ProjectRecord } from '../seed/types';
import { trsx } from '../trsx';

const PROJECT_SORT = {
  id: (p: ProjectRecord) => Number(p.project.id),
  displayName: (p: ProjectRecord) => p.project.displayName,
  createTime: (p: ProjectRecord) => p.project.createTime,
  updateTime: (p: ProjectRecord) => p.project.updateTime,
};

/**
 * A project list item (no enginePackId, isChildDataCompliant or projectDescription, mix-api.md §10):
 * `excludeChannels` drops the channels, `includeFeatures` adds `enginePackFeatures`.
 */
function projectItem(record: ProjectRecord, excludeChannels: boolean, includeFeatures: boolean): object {
  const { channels, ...rest } = record.project;
  return {
    ...rest,
    ...(excludeChannels ? {} : { channels }),
    ...(includeFeatures ? { enginePackFeatures: record.details.enginePackFeatures } : {}),
  };
}

function project(request: MixRequest): ProjectRecord {
  return requireProject(request, request.params.projectId ?? '');
}

/** `<projectid>-<projectname>-<suffix>yyyy-mm-dd-hh-mm-ss.<ext>`, GMT (mix-api.md §3.5 #40, #41). */
export function exportName(request: MixRequest, record: ProjectRecord, suffix: string, ext: string): string {
  const { id, displayName } = record.project;
  return `${id}-${fileNamePart(displayName)}-${suffix}${exportStamp(request.ctx.now())}.${ext}`;
}

export const PROJECT_ROUTES: Record<string, MixHandler> = {
  '/v4/projects': (request) => {
    const { query, visibleOrgIds } = request;
    const orgId = query.get('orgId');
    if (orgId) requireOrganization(request, orgId);
    const filter = query.get('filter');
    const excludeChannels = boolParam(query, 'excludeChannels');
    const includeFeatures = boolParam(query, 'includeFeatures');
    const { items, paging } = listPage(request.ctx.world.projects, query, {
      fields: PROJECT_SORT,
      filter: ({ project: p }) =>
        (orgId ? p.orgId === orgId : visibleOrgIds.has(p.orgId)) &&
        (!filter || p.displayName.includes(filter)),
    });
    return {
      projects: items.map((p) => projectItem(p, excludeChannels, includeFeatures)),
      ...paging,
    };
  },
  // GUESS beyond the list item: mix-cli's projects:get prints an EnginePackId column, so the answer carries it.
  '/v4/projects/:projectId': (request) => {
    const record = project(request);
    return { project: { ...record.project, enginePackId: record.details.enginePackId } };
  },
  '/v4/projects/.locks': (request) => {
    const { query, visibleOrgIds, ctx } = request;
    const orgId = query.get('orgId');
    if (orgId) requireOrganization(request, orgId);
    const projectId = query.get('projectId');
    const userId = query.get('userId');
    const { items, paging } = listPage(ctx.world.locks, query, {
      fields: {
        lockId: (l) => Number(l.lockId),
        projectId: (l) => Number(l.projectId),
        createTime: (l) => l.createTime,
      },
      filter: (lock) => {
        const lockOrg = ctx.world.projectById.get(lock.projectId)?.project.orgId ?? '';
        return (
          visibleOrgIds.has(lockOrg) &&
          (!orgId || lockOrg === orgId) &&
          (!projectId || lock.projectId === projectId) &&
          (!userId || lock.lockOwner.id === userId)
        );
      },
    });
    return { locks: items, ...paging };
  },
  '/v4/projects/:projectId/.lock': (request) => {
    const record = project(request);
    if (!record.lock) throw notFound(`Project ${record.project.id} is not locked.`);
    return { lock: record.lock };
  },
  '/v4/projects/:projectId/env-configs': (request) => {
    const record = project(request);
    const { id } = record.project;
    const environments = request.ctx.world.environmentsByOrg.get(record.project.orgId) ?? [];
    return {
      projectDefaults: [
        { label: 'GRAMMAR_BASE_PATH', value: `https://grammars.example.com/projects/${id}/` },
        { label: 'TTS_VOICE', value: 'Evan' },
      ],
      environments: environments.map((env) => ({
        id: env.id,
        name: env.displayName,
        environmentGeographies: env.geographies.map((geo) => ({
          id: geo.id,
          name: geo.geography.displayName,
          environmentGeographyDefaults: [
            {
              label: 'GRAMMAR_BASE_PATH',
              value: `https://${env.displayName.toLowerCase()}.grammars.example.com/projects/${id}/`,
            },
          ],
        })),
      })),
    };
  },
  '/v4/projects/:projectId/.export': (request) => {
    const record = project(request);
    const entries = [
      { name: 'project.json', data: JSON.stringify(record.project, null, 2) },
      ...record.locales.map((locale) => ({
        name: `${locale}.trsx`,
        data: trsx(record, locale, { ontology: true, dictionaries: true, samplesOf: record.intents }),
      })),
      { name: 'dialog.json', data: JSON.stringify({ projectId: record.project.id, nodes: [] }, null, 2) },
    ];
    return zipDownload(exportName(request, record, '', 'zip'), entries, request.ctx.now());
  },
  '/v4/projects/:projectId/metadata/.export': (request) => {
    const record = project(request);
    return jsonDownload(exportName(request, record, 'metadata-', 'json'), {
      project: record.project,
      locales: record.locales,
      intents: record.intents.map((i) => i.intent.name),
      entities: record.entities.map((e) => ({ name: e.name, type: e.kind })),
    });
  },
  '/v4/projects/:projectId/ontology/.export': (request) => {
    const record = project(request);
    const locales = requireLocales(request, record);
    return zipDownload(
      exportName(request, record, 'ontology-', 'zip'),
      locales.map((locale) => ({
        name: `ontology-${locale}.trsx`,
        data: trsx(record, locale, { ontology: true }),
      })),
      request.ctx.now(),
    );
  },
};
