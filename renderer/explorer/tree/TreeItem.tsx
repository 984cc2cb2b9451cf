import type { MouseEvent, ReactNode } from 'react';
import type { ExplorerRoute } from '../../../common/explorer-routes';
import { routePath } from '../../../common/explorer-routes';
import { useTree } from './tree-context';

interface TreeItemProps {
  id: string;
  label: string;
  level: number;
  route?: ExplorerRoute;
  /** Rendered only while the node is expanded, so children load lazily. Absent: a leaf. */
  children?: () => ReactNode;
  /** A small hint after the label (e.g. "Personal"), not part of the item's name. */
  badge?: string;
  icon?: string;
}

/**
 * One node of the explorer tree. The tree item is the row itself and its children's group sits beside it
 * (owned through aria-owns), so the text inside the item is exactly its name: a group nested inside the
 * item made its children's labels part of its visible text (WCAG 2.5.3, axe's label-content-name-mismatch).
 * The name is the label (aria-labelledby: content would take in the owned group too); the badge is
 * beside the row, shown over its end, and is the item's description.
 */
export function TreeItem({ id, label, level, route, children, badge, icon }: TreeItemProps) {
  const tree = useTree();
  const expandable = children !== undefined;
  const expanded = expandable && tree.expanded.has(id);
  const selected = route !== undefined && routePath(route) === tree.selectedPath;
  const labelId = `tree-label-${id}`;
  const groupId = `tree-group-${id}`;
  const badgeId = `tree-badge-${id}`;

  function onRowClick(event: MouseEvent) {
    event.stopPropagation();
    tree.setActiveId(id);
    if (route) tree.open(route);
    else if (expandable) tree.setExpanded(id, !expanded);
  }

  function onToggle(event: MouseEvent) {
    event.stopPropagation();
    tree.setActiveId(id);
    tree.setExpanded(id, !expanded);
  }

  return (
    <li role="none" className={`tree-node${badge ? ' has-badge' : ''}`}>
      <div
        role="treeitem"
        className="tree-item tree-row"
        aria-labelledby={labelId}
        data-node-id={id}
        aria-level={level}
        aria-expanded={expandable ? expanded : undefined}
        aria-selected={selected}
        aria-owns={expanded ? groupId : undefined}
        aria-describedby={badge ? badgeId : undefined}
        tabIndex={tree.activeId === id ? 0 : -1}
        style={{ paddingLeft: `${(level - 1) * 14 + 4}px` }}
        onFocus={(event) => {
          if (event.target === event.currentTarget) tree.setActiveId(id);
        }}
        onClick={onRowClick}
      >
        {expandable ? (
          <span className={`tree-twisty${expanded ? ' open' : ''}`} aria-hidden="true" onClick={onToggle} />
        ) : (
          <span className="tree-twisty-space" aria-hidden="true" />
        )}
        {icon && (
          <span className="tree-icon" aria-hidden="true">
            {icon}
          </span>
        )}
        <span id={labelId} className="tree-label">
          {label}
        </span>
      </div>
      {badge && (
        <span id={badgeId} className="tree-badge" aria-hidden="true">
          {badge}
        </span>
      )}
      {expanded && (
        <ul role="group" id={groupId} className="tree-group">
          {children()}
        </ul>
      )}
    </li>
  );
}

/** A loading, empty or error line inside an expanded node: not a tree item, so arrows skip it. */
export function TreeNote({ level, children }: { level: number; children: ReactNode }) {
  return (
    <li role="none" className="tree-note" style={{ paddingLeft: `${level * 14 + 8}px` }}>
      {children}
    </li>
  );
}
