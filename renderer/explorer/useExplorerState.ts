import { useCallback, useMemo, useState } from 'react';
import type { ExplorerRoute } from '../../common/explorer-routes';
import { sameRoute } from '../../common/explorer-routes';

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
  const setHistory = useCallback(
    (change: (current: History) => History) =>
      setStored((current) =>
        change(current.owner === owner ? current : { owner, entries: [HOME], index: 0 }),
      ),
    [owner],
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
      else setStored({ owner: target, entries: [HOME, route], index: 1 });
    },
    [owner, navigate],
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
