import { createContext, useContext } from 'react';
import type { ExplorerState } from './useExplorerState';

/**
 * What every explorer view may use: how to move, who it reads as, and app-level actions. Everything here
 * stays the same while the user moves around, so a kept-alive view is not rendered again on every move:
 * where the explorer is (route, history, expanded nodes) comes from `useExplorerState()` instead.
 */
export interface ExplorerContextValue {
  /** Only navigation: a view that rendered from the route would render again on every move. */
  state: Pick<ExplorerState, 'navigate'>;
  profileId: string;
  profileName: string;
  /** Display name of the Mix system (`US`, `127.0.0.1:4780`). */
  systemLabel: string;
  /** The system part of deep links; undefined when the profile's API URL is not a valid host. */
  systemKey: string | undefined;
  signIn: () => void;
  signOut: () => void;
  openSettings: () => void;
  /** A short confirmation at the bottom of the window. */
  notify: (message: string) => void;
}

export const ExplorerContext = createContext<ExplorerContextValue | null>(null);

/** Where the explorer is: for the frame around the views (tree, breadcrumbs, navigation bar). */
export const ExplorerStateContext = createContext<ExplorerState | null>(null);

export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error('useExplorer() outside the explorer');
  return value;
}

export function useExplorerState(): ExplorerState {
  const value = useContext(ExplorerStateContext);
  if (!value) throw new Error('useExplorerState() outside the explorer');
  return value;
}

/** The explorer when inside it; components that also work alone (the JSON view) use this. */
export function useOptionalExplorer(): ExplorerContextValue | null {
  return useContext(ExplorerContext);
}
