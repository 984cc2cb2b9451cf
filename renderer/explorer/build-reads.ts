/**
 * How a project's builds are read: the first page of one engine's builds, newest first. The Builds tab
 * asks exactly this before the user sorts or pages, and the background walk asks the same, so the two
 * share one cached answer instead of asking Mix twice.
 */
import type { MixParams } from '../../common/mix-endpoints';
import type { BuildType } from '../resource-views/build-types';
import { firstPageParams } from './usePagedList';

/** Build columns Mix can sort by (column id → Mix's `sortBy` field). */
export const BUILD_SORT_FIELDS = {
  label: 'buildLabel',
  version: 'buildVersion',
  status: 'status',
  created: 'createTime',
} as const;

/** `builds.list` for one engine, newest first (the Builds tab's first page). */
export function newestBuildsParams(projectId: string, type: BuildType): MixParams {
  return { ...firstPageParams({ projectId, type }), sortBy: `-${BUILD_SORT_FIELDS.created}` };
}
