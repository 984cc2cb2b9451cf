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

/** One node of the explorer tree; its accessible name is its label alone. */
export function TreeItem({ id, label, level, route, children, badge, icon }: TreeItemProps) {
  const tree = useTree();
  const expandable = children !== undefined;
  const expanded = expandable && tree.expanded.has(id);
  const selected = route !== undefined && routePath(route) === tree.selectedPath;
  const labelId = `tree-label-${id}`;

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
    <li
      role="treeitem"
      className="tree-item"
      data-node-id={id}
      aria-labelledby={labelId}
      aria-level={level}
      aria-expanded={expandable ? expanded : undefined}
      aria-selected={selected}
      tabIndex={tree.activeId === id ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) tree.setActiveId(id);
      }}
    >
      <div className="tree-row" style={{ paddingLeft: `${(level - 1) * 14 + 4}px` }} onClick={onRowClick}>
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
        {badge && (
          <span className="tree-badge" aria-hidden="true">
            {badge}
          </span>
        )}
      </div>
      {expanded && (
        <ul role="group" className="tree-group">
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
