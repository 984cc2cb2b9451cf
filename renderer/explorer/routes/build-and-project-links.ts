import type { ExplorerRoute } from '../../../common/explorer-routes';

/** Where a view's build and project links lead: a build's page, a project's overview. */
export function buildAndProjectLinks(navigate: (route: ExplorerRoute) => void) {
  return {
    onOpenBuild: (buildLabel: string) => navigate({ kind: 'build', buildLabel }),
    onOpenProject: (projectId: string) => navigate({ kind: 'project', projectId, tab: 'overview' }),
  };
}
