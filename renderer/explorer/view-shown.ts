import { createContext, useContext } from 'react';

/**
 * Whether the view around a component is on screen. The explorer keeps the last views visited alive but
 * hidden (routes/RouteViews.tsx); a hidden view's reads stop listening, so it asks Mix nothing (no polling,
 * no refetch) until it is shown again. Everything outside a kept view is always shown.
 */
export const ViewShownContext = createContext(true);

export function useViewShown(): boolean {
  return useContext(ViewShownContext);
}
