import { memo, useDeferredValue, useLayoutEffect, useRef, useState } from 'react';
import type { ExplorerRoute } from '../../../common/explorer-routes';
import { routePath } from '../../../common/explorer-routes';
import { ViewShownContext } from '../view-shown';
import { takeTabPick } from '../../ui/Tabs';
import { RouteView } from './RouteView';
import './RouteViews.css';

/** Views kept alive after they are left, most recent first; older ones are dropped (their data stays cached). */
export const KEEP_ALIVE = 8;

interface Visited {
  path: string;
  route: ExplorerRoute;
  /** When the view was first opened: views stay in this order in the page, whichever is in sight. */
  opened: number;
}

/** The recently visited list after `route` is shown: it first, then the others, at most KEEP_ALIVE. */
export function visitedAfter(visited: readonly Visited[], route: ExplorerRoute): Visited[] {
  if (route.kind === 'home') return [...visited];
  const path = routePath(route);
  if (visited[0]?.path === path) return [...visited];
  const known = visited.find((entry) => entry.path === path);
  const opened = known?.opened ?? Math.max(0, ...visited.map((entry) => entry.opened + 1));
  return [known ?? { path, route, opened }, ...visited.filter((entry) => entry.path !== path)].slice(
    0,
    KEEP_ALIVE,
  );
}

/** The kept views in the order they sit in the page: moving a node in the DOM would throw its layout away. */
export function pageOrder(visited: readonly Visited[]): Visited[] {
  return [...visited].sort((a, b) => a.opened - b.opened);
}

/**
 * The view of the route on screen, with the last few views visited kept alive but hidden: going back to one
 * shows it as it was — its scroll, tab and rows — without rendering it again.
 *
 * Not React's `<Activity>`: it hides with `display: none`, which throws the view's layout away, so every
 * return paid a full style and layout of the view (and re-ran its layout effects) before the first frame.
 * A kept view here stays laid out under `content-visibility: hidden` (not painted, not focusable, out of the
 * accessibility tree; `aria-hidden` says so to tests without CSS), and showing it again only changes one
 * attribute (not `inert`: it is inherited through style, so toggling it restyles the whole view). Its reads
 * are told it is hidden after that frame (a deferred value), so a hidden view stops listening to Mix and asks
 * nothing until shown again.
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
      {pageOrder(next).map((entry) => (
        <KeptView key={entry.path} route={entry.route} shown={entry.path === current} />
      ))}
    </>
  );
}

const KeptView = memo(function KeptView({ route, shown }: { route: ExplorerRoute; shown: boolean }) {
  // The view's components hear that they were shown or hidden in a later, interruptible render, so
  // showing a kept view costs only the attribute change below before it is on screen.
  const shownToReads = useDeferredValue(shown);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Hidden here, after the view's own layout effects, not in the JSX: a tab row just used with the keys
    // in a view being left renders again, and React Aria's tab panel then looks for something focusable
    // in it; over a hidden subtree that walk visits every node and forces a layout of it.
    if (shown) {
      element.removeAttribute('aria-hidden');
      keepTabFocus(element);
    } else {
      element.setAttribute('aria-hidden', 'true');
    }
  }, [shown]);
  return (
    <div ref={ref} className="kept-view">
      <ViewShownContext.Provider value={shownToReads}>
        <RouteView route={route} />
      </ViewShownContext.Provider>
    </div>
  );
});

/**
 * A project's (or application's) tabs are routes, each its own kept view with its own tab row. When the
 * user picks a tab, the row they used goes out of sight with its view: the focus goes to the same row in the
 * view now shown, on its selected tab, as it would in one tab row, so the arrow keys go on along the row.
 * After the view's first frame is painted, since moving the focus makes both rows render again; not if the
 * user has meanwhile started typing somewhere else.
 */
function keepTabFocus(shown: HTMLElement): void {
  if (!takeTabPick()) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      const focused = document.activeElement;
      const typing =
        focused instanceof HTMLElement &&
        focused.matches('input, textarea, [contenteditable="true"]') &&
        !focused.closest('.kept-view[aria-hidden="true"]');
      if (!typing)
        shown
          .querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')
          ?.focus({ preventScroll: true });
    }),
  );
}
