/**
 * F6 and Shift+F6 move focus from pane to pane (header, sidebar, main pane, bottom panel, status bar), as in
 * VS Code and the browsers: a pane is any element marked `data-pane`, in document order.
 */

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

function visible(element: HTMLElement): boolean {
  return element.getClientRects().length > 0 && !element.closest('[hidden], [inert]');
}

/**
 * Where focus lands in a pane: its own choice (`data-pane-focus`: that element, or the first Tab stop
 * inside it, so the sidebar lands in its tree, not in the search field above it), its first Tab stop, or
 * the pane itself.
 */
export function paneFocusTarget(pane: HTMLElement): HTMLElement {
  const chosen = pane.querySelector<HTMLElement>('[data-pane-focus]');
  if (chosen && visible(chosen)) {
    if (chosen.matches(TABBABLE)) return chosen;
    return Array.from(chosen.querySelectorAll<HTMLElement>(TABBABLE)).find(visible) ?? chosen;
  }
  const first = Array.from(pane.querySelectorAll<HTMLElement>(TABBABLE)).find(visible);
  if (first) return first;
  if (!pane.hasAttribute('tabindex')) pane.tabIndex = -1;
  return pane;
}

/** The pane `step` panes away from the one holding focus (wrapping around), or undefined if none. */
export function nextPane(
  panes: readonly HTMLElement[],
  active: Element | null,
  step: 1 | -1,
): HTMLElement | undefined {
  if (panes.length === 0) return undefined;
  const current = panes.findIndex((pane) => active !== null && pane.contains(active));
  const index =
    current === -1 ? (step === 1 ? 0 : panes.length - 1) : (current + step + panes.length) % panes.length;
  return panes[index];
}

/** Handles F6 / Shift+F6 on the document; returns the undo. */
export function listenForPaneKeys(root: Document = document): () => void {
  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'F6' || event.ctrlKey || event.altKey || event.metaKey) return;
    const panes = Array.from(root.querySelectorAll<HTMLElement>('[data-pane]')).filter(visible);
    const pane = nextPane(panes, root.activeElement, event.shiftKey ? -1 : 1);
    if (!pane) return;
    event.preventDefault();
    paneFocusTarget(pane).focus();
  }
  root.addEventListener('keydown', onKeyDown);
  return () => root.removeEventListener('keydown', onKeyDown);
}
