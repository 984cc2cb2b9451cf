import { createContext, useContext } from 'react';
import type { ExplorerState } from './useExplorerState';

/** What every explorer view may use: where it is, who it reads as, and app-level actions. */
export interface ExplorerContextValue {
  state: ExplorerState;
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

export function useExplorer(): ExplorerContextValue {
  const value = useContext(ExplorerContext);
  if (!value) throw new Error('useExplorer() outside the explorer');
  return value;
}

/** The explorer when inside it; components that also work alone (the JSON view) use this. */
export function useOptionalExplorer(): ExplorerContextValue | null {
  return useContext(ExplorerContext);
}
