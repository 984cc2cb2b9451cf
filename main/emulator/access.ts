// Who may read what: a caller sees only the content of organizations they belong to. What they may not see
// answers exactly like what does not exist, so ids of other organizations' content do not leak.
import { GRPC_INVALID_ARGUMENT, GRPC_NOT_FOUND, MixApiError } from './mix-errors';
import type { MixRequest } from './route-kit';
import type { ApplicationRecord, BuildRecord, ConfigRecord, ProjectRecord } from './seed/types';

export function notFound(message: string): MixApiError {
  return new MixApiError(404, GRPC_NOT_FOUND, message);
}

export function invalidArgument(message: string): MixApiError {
  return new MixApiError(400, GRPC_INVALID_ARGUMENT, message);
}

/** Mix's answer for an organization the caller is not in (mix-api.md §5). */
export function requireOrganization(request: MixRequest, orgId: string): void {
  if (!request.visibleOrgIds.has(orgId)) throw invalidArgument(`Organization ${orgId} is not available.`);
}

export function requireProject(request: MixRequest, projectId: string): ProjectRecord {
  const found = request.ctx.world.projectById.get(projectId);
  if (!found || !request.visibleOrgIds.has(found.project.orgId)) {
    throw notFound(`Project with id=${projectId} does not exist.`);
  }
  return found;
}

/** Bots are applications under another name, hence `noun`. */
export function requireApplication(
  request: MixRequest,
  applicationId: string,
  noun: 'Application' | 'Bot' = 'Application',
): ApplicationRecord {
  const found = request.ctx.world.applicationById.get(applicationId);
  if (!found || !request.visibleOrgIds.has(found.app.organizationId)) {
    throw notFound(`${noun} with id=${applicationId} does not exist.`);
  }
  return found;
}

export function requireConfig(
  request: MixRequest,
  configId: string,
): { application: ApplicationRecord; record: ConfigRecord } {
  const found = request.ctx.world.configById.get(configId);
  if (!found || !request.visibleOrgIds.has(found.application.app.organizationId)) {
    throw notFound(`Application configuration with id=${configId} does not exist.`);
  }
  return found;
}

/** A build is visible when its project is, and (for builds the running job makes) once that job has finished. */
export function isBuildAvailable(request: MixRequest, record: BuildRecord): boolean {
  return record.availableAt === undefined || record.availableAt <= request.ctx.jobNow();
}

export function requireBuild(
  request: MixRequest,
  buildLabel: string,
): { project: ProjectRecord; record: BuildRecord } {
  const found = request.ctx.world.buildByLabel.get(buildLabel);
  if (
    !found ||
    !request.visibleOrgIds.has(found.project.project.orgId) ||
    !isBuildAvailable(request, found.record)
  ) {
    throw notFound(`Build with label=${buildLabel} does not exist.`);
  }
  return found;
}

/** A repeated `locales` parameter that must be there and name locales of the project. */
export function requireLocales(request: MixRequest, project: ProjectRecord): string[] {
  const locales = request.query.getAll('locales').filter((l) => l !== '');
  if (locales.length === 0)
    throw invalidArgument('locales is required: give at least one, e.g. locales=en-US.');
  for (const locale of locales) {
    if (!project.locales.includes(locale)) {
      throw invalidArgument(`Locale ${locale} is not available in project ${project.project.id}.`);
    }
  }
  return locales;
}
