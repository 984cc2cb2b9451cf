import { createContext, useContext } from 'react';
import type { ExplorerRoute } from '../../../common/explorer-routes';

export interface TreeContextValue {
  /** The node that holds the tree's one Tab stop. */
  activeId: string | null;
  setActiveId: (id: string) => void;
  expanded: ReadonlySet<string>;
  setExpanded: (id: string, open: boolean) => void;
  /** `routePath` of the route on screen: its node is the selected one. */
  selectedPath: string;
  open: (route: ExplorerRoute) => void;
}

export const TreeContext = createContext<TreeContextValue | null>(null);

export function useTree(): TreeContextValue {
  const value = useContext(TreeContext);
  if (!value) throw new Error('useTree() outside a tree');
  return value;
}
