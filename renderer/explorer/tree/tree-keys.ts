/**
 * Keyboard movement in an ARIA tree (WAI-ARIA APG "tree view"): over the tree items that are rendered,
 * in document order. Collapsed groups are not rendered, so every item found is visible.
 */

export type TreeMove =
  | { type: 'focus'; item: HTMLElement }
  | { type: 'expand'; item: HTMLElement }
  | { type: 'collapse'; item: HTMLElement }
  | { type: 'open'; item: HTMLElement };

function items(tree: HTMLElement): HTMLElement[] {
  return Array.from(tree.querySelectorAll<HTMLElement>('[role="treeitem"]'));
}

// An item is the row of its node (li); its children's group is the row's next sibling.
function parentItem(item: HTMLElement): HTMLElement | null {
  const node = item.parentElement?.parentElement?.closest<HTMLElement>('li');
  return node?.querySelector<HTMLElement>(':scope > [role="treeitem"]') ?? null;
}

function firstChild(item: HTMLElement): HTMLElement | null {
  const group = item.nextElementSibling;
  return group?.getAttribute('role') === 'group'
    ? group.querySelector<HTMLElement>('[role="treeitem"]')
    : null;
}

/** What a key does to the focused item, or undefined when the tree ignores the key. */
export function treeMove(tree: HTMLElement, item: HTMLElement, key: string): TreeMove | undefined {
  const all = items(tree);
  const index = all.indexOf(item);
  if (index === -1) return undefined;
  const expandable = item.hasAttribute('aria-expanded');
  const expanded = item.getAttribute('aria-expanded') === 'true';
  const focus = (target: HTMLElement | null | undefined): TreeMove | undefined =>
    target ? { type: 'focus', item: target } : undefined;
  switch (key) {
    case 'ArrowDown':
      return focus(all[index + 1]);
    case 'ArrowUp':
      return focus(all[index - 1]);
    case 'Home':
      return focus(all[0]);
    case 'End':
      return focus(all[all.length - 1]);
    case 'ArrowRight':
      if (expandable && !expanded) return { type: 'expand', item };
      return expanded ? focus(firstChild(item)) : undefined;
    case 'ArrowLeft':
      if (expanded) return { type: 'collapse', item };
      return focus(parentItem(item));
    case 'Enter':
    case ' ':
      return { type: 'open', item };
    default:
      return undefined;
  }
}
