import { Activity, useState } from 'react';
import type { ExplorerRoute } from '../../../common/explorer-routes';
import { routePath } from '../../../common/explorer-routes';
import { RouteView } from './RouteView';

/** Views kept alive after they are left, most recent first; older ones are dropped (their data stays cached). */
export const KEEP_ALIVE = 8;

interface Visited {
  path: string;
  route: ExplorerRoute;
}

/** The recently visited list after `route` is shown: it first, then the others, at most KEEP_ALIVE. */
export function visitedAfter(visited: readonly Visited[], route: ExplorerRoute): Visited[] {
  if (route.kind === 'home') return [...visited];
  const path = routePath(route);
  if (visited[0]?.path === path) return [...visited];
  return [{ path, route }, ...visited.filter((entry) => entry.path !== path)].slice(0, KEEP_ALIVE);
}

/**
 * The view of the route on screen, with the last few views visited kept alive but hidden (React's
 * Activity): going back to one shows it as it was — its scroll, tab and rows — without rendering it again.
 * Hidden views pause their effects, so they ask Mix nothing while hidden.
 */
export function RouteViews({ route }: { route: ExplorerRoute }) {
  const [visited, setVisited] = useState<Visited[]>(() => visitedAfter([], route));
  const next = visitedAfter(visited, route);
  if (next.length !== visited.length || next.some((entry, index) => entry.path !== visited[index]?.path)) {
    // Updating state while rendering is how React derives state from props without an extra pass.
    setVisited(next);
  }
  const current = route.kind === 'home' ? null : routePath(route);
  return (
    <>
      {next.map((entry) => (
        <Activity key={entry.path} mode={entry.path === current ? 'visible' : 'hidden'}>
          <RouteView route={entry.route} />
        </Activity>
      ))}
    </>
  );
}
