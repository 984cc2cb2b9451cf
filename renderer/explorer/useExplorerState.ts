import { startTransition, useCallback, useMemo, useRef, useState } from 'react';
import type { ExplorerRoute } from '../../common/explorer-routes';
import { sameRoute } from '../../common/explorer-routes';
import type { RouteNow } from './route-now';
import { createRouteNow } from './route-now';

/** Enough Back steps for a session of browsing; older ones are dropped. */
const MAX_HISTORY = 100;

interface History {
  /** The profile the history belongs to: another profile starts afresh. */
  owner: string;
  entries: ExplorerRoute[];
  index: number;
}

const HOME: ExplorerRoute = { kind: 'home' };

/** The tabs of the bottom panel. */
export type BottomTab = 'activity' | 'downloads';

export interface ExplorerState {
  route: ExplorerRoute;
  /** The route the user just asked for, before `route` (a transition) has caught up: for the views. */
  routeNow: RouteNow;
  navigate: (route: ExplorerRoute) => void;
  /** Opens a route in another profile's explorer (a deep link for another system): its history starts there. */
  openFor: (owner: string, route: ExplorerRoute) => void;
  back: () => void;
  forward: () => void;
  canGoBack: boolean;
  canGoForward: boolean;
  /** Tree nodes the user opened, by node id. */
  expanded: ReadonlySet<string>;
  setExpanded: (nodeId: string, open: boolean) => void;
  /** The bottom panel is open (on `panelTab`). */
  activityOpen: boolean;
  toggleActivity: () => void;
  panelTab: BottomTab;
  /** Opens the bottom panel on a tab (the palette's "Show downloads"), or switches tab. */
  showPanel: (tab: BottomTab) => void;
}

export const ROOT_NODE_ID = 'system';

/**
 * Where the explorer is, kept above the screens that come and go (settings, the profile editor), so
 * coming back finds the same view, tree and history.
 */
export function useExplorerState(owner: string): ExplorerState {
  const [stored, setStored] = useState<History>({ owner, entries: [HOME], index: 0 });
  const history = useMemo<History>(
    () => (stored.owner === owner ? stored : { owner, entries: [HOME], index: 0 }),
    [stored, owner],
  );
  // The latest history, including a move whose transition has not rendered yet: moves made in quick
  // succession (Back, Back) each start from the one before.
  const latest = useRef(stored);
  const [routeNow] = useState(() => createRouteNow({ owner, route: HOME }));
  const setHistory = useCallback(
    (change: (current: History) => History) => {
      const current = latest.current.owner === owner ? latest.current : { owner, entries: [HOME], index: 0 };
      const next = change(current);
      if (next === current) return;
      latest.current = next;
      // The views show the new route now; the rest of the window follows in a transition.
      routeNow.set({ owner: next.owner, route: next.entries[next.index] ?? HOME });
      startTransition(() => setStored(next));
    },
    [owner, routeNow],
  );
  const [expanded, setExpandedSet] = useState<ReadonlySet<string>>(() => new Set([ROOT_NODE_ID]));
  const [activityOpen, setActivityOpen] = useState(false);
  const [panelTab, setPanelTab] = useState<BottomTab>('activity');

  const navigate = useCallback(
    (route: ExplorerRoute) => {
      setHistory((current) => {
        const here = current.entries[current.index];
        if (here && sameRoute(here, route)) return current;
        const entries = [...current.entries.slice(0, current.index + 1), route].slice(-MAX_HISTORY);
        return { ...current, entries, index: entries.length - 1 };
      });
    },
    [setHistory],
  );
  const openFor = useCallback(
    (target: string, route: ExplorerRoute) => {
      if (target === owner) navigate(route);
      else setHistory(() => ({ owner: target, entries: [HOME, route], index: 1 }));
    },
    [owner, navigate, setHistory],
  );
  const back = useCallback(
    () => setHistory((current) => (current.index > 0 ? { ...current, index: current.index - 1 } : current)),
    [setHistory],
  );
  const forward = useCallback(
    () =>
      setHistory((current) =>
        current.index < current.entries.length - 1 ? { ...current, index: current.index + 1 } : current,
      ),
    [setHistory],
  );
  const setExpanded = useCallback((nodeId: string, open: boolean) => {
    setExpandedSet((current) => {
      if (current.has(nodeId) === open) return current;
      const next = new Set(current);
      if (open) next.add(nodeId);
      else next.delete(nodeId);
      return next;
    });
  }, []);
  const toggleActivity = useCallback(() => setActivityOpen((open) => !open), []);
  const showPanel = useCallback((tab: BottomTab) => {
    setPanelTab(tab);
    setActivityOpen(true);
  }, []);

  const route = history.entries[history.index] ?? HOME;
  return useMemo(
    () => ({
      route,
      routeNow,
      navigate,
      openFor,
      back,
      forward,
      canGoBack: history.index > 0,
      canGoForward: history.index < history.entries.length - 1,
      expanded,
      setExpanded,
      activityOpen,
      toggleActivity,
      panelTab,
      showPanel,
    }),
    [
      route,
      routeNow,
      navigate,
      openFor,
      back,
      forward,
      history,
      expanded,
      setExpanded,
      activityOpen,
      toggleActivity,
      panelTab,
      showPanel,
    ],
  );
}
