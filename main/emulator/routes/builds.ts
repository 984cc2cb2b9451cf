// §3.5: builds, latest builds and build downloads.
import { invalidArgument, isBuildAvailable, requireBuild, requireProject } from '../access';
import { zipDownload } from '../downloads';
import { GRPC_FAILED_PRECONDITION, MixApiError } from '../mix-errors';
import { enumParam } from '../mix-query';
import { listPage } from '../paging';
import type { MixHandler, MixRequest } from '../route-kit';
import type { BuildRecord, BuildType, ProjectRecord } from '../seed/types';

const BUILD_TYPES = ['ASR', 'NLU', 'DIALOG'] as const;

function availableBuilds(request: MixRequest, project: ProjectRecord): BuildRecord[] {
  return project.builds.filter((b) => isBuildAvailable(request, b));
}

/** `.latest` entries carry no createTime (mix-api.md §10), unlike the build references of app configs. */
function latestModels(request: MixRequest, project: ProjectRecord): object {
  const models: Record<string, unknown> = {};
  const projectId = project.project.id;
  const completed = availableBuilds(request, project).filter((b) => b.build.status === 'BST_COMPLETED');
  const latest = (type: BuildType) => completed.filter((b) => b.build.buildType === type).at(-1);
  for (const type of ['ASR', 'NLU'] as const) {
    const found = latest(type);
    if (!found) continue;
    const { buildVersion, buildLabel } = found.build;
    models[type.toLowerCase()] = {
      builds: found.locales.map((locale) => ({ locale, buildVersion, buildLabel })),
      projectId,
    };
  }
  const dialog = latest('DIALOG');
  if (dialog) {
    const { buildVersion, buildLabel } = dialog.build;
    models.dialog = { projectId, buildVersion, buildLabel };
  }
  return { models };
}

export const BUILD_ROUTES: Record<string, MixHandler> = {
  '/v4/projects/:projectId/builds': (request) => {
    const project = requireProject(request, request.params.projectId ?? '');
    if (!request.query.get('type'))
      throw invalidArgument(`type is required: one of ${BUILD_TYPES.join(', ')}.`);
    const type = enumParam(request.query, 'type', BUILD_TYPES, 'ASR');
    const { items, paging } = listPage(project.builds, request.query, {
      fields: {
        buildId: (b) => Number(b.build.buildId),
        buildVersion: (b) => Number(b.build.buildVersion),
        buildLabel: (b) => b.build.buildLabel,
        createTime: (b) => b.build.createTime,
        status: (b) => b.build.status,
      },
      filter: (b) => b.build.buildType === type && isBuildAvailable(request, b),
    });
    return { projectId: project.project.id, builds: items.map((b) => b.build), ...paging };
  },
  '/v4/projects/:projectId/builds/.latest': (request) =>
    latestModels(request, requireProject(request, request.params.projectId ?? '')),
  '/v4/builds/:buildLabel': (request) => requireBuild(request, request.params.buildLabel ?? '').record.build,
  '/v4/builds/:buildLabel/.download': (request) => {
    const { record } = requireBuild(request, request.params.buildLabel ?? '');
    const { build } = record;
    if (build.status !== 'BST_COMPLETED') {
      throw new MixApiError(
        400,
        GRPC_FAILED_PRECONDITION,
        `Build ${build.buildLabel} did not complete: nothing to download.`,
      );
    }
    return zipDownload(
      `${build.buildLabel}.zip`,
      [
        { name: 'build.json', data: JSON.stringify(build, null, 2) },
        ...record.locales.map((locale) => ({
          name: `${build.buildType.toLowerCase()}/${locale}.model`,
          data: `Mix sandbox ${build.buildType} model ${build.buildLabel} for ${locale}\n`,
        })),
      ],
      Date.parse(build.createTime),
      'application/octet-stream',
    );
  },
};
