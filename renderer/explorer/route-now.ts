import { useSyncExternalStore } from 'react';
import type { ExplorerRoute } from '../../common/explorer-routes';

/**
 * The route the user just asked for, published the moment they ask, before the rest of the window hears of
 * it. Moving around updates the explorer's state in a transition (the tree's selection, breadcrumbs, the
 * header and status bar render after the next frame); only the views (kept alive or new) and Home read this,
 * so showing a view the user has seen costs one small render inside the click instead of the whole window.
 */
export interface RouteNow {
  get(): RouteNowValue;
  set(value: RouteNowValue): void;
  subscribe(listener: () => void): () => void;
}

export interface RouteNowValue {
  /** The profile whose history the route belongs to. */
  owner: string;
  route: ExplorerRoute;
}

export function createRouteNow(initial: RouteNowValue): RouteNow {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (next === value) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The route on screen for `owner`: what was just asked for, or `settled` (the explorer's state) when the
 * last request was for another profile's history.
 */
export function useRouteNow(now: RouteNow, owner: string, settled: ExplorerRoute): ExplorerRoute {
  const value = useSyncExternalStore(now.subscribe, now.get);
  return value.owner === owner ? value.route : settled;
}
