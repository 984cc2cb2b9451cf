import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ExplorerRoute } from '../../../common/explorer-routes';
import { ORG_LISTS, PLATFORM_LISTS, routePath } from '../../../common/explorer-routes';
import type { MixApplication, MixOrganizationItem, MixProject } from '../../../common/mix-models';
import { pagingOf } from '../../../common/mix-models';
import { listItems } from '../../../common/tolerant-reader';
import { useExplorer, useExplorerState } from '../explorer-context';
import { ORG_LIST_LABELS, PLATFORM_LABELS } from '../labels';
import { useMixQuery } from '../mix-query';
import type { MixRequest } from '../route-requests';
import { ORGANIZATIONS_REQUEST, botsRequest } from '../route-requests';
import { firstPageParams } from '../usePagedList';
import { ROOT_NODE_ID } from '../useExplorerState';
import { TreeContext } from './tree-context';
import type { TreeContextValue } from './tree-context';
import { treeMove } from './tree-keys';
import { TreeItem, TreeNote } from './TreeItem';
import { TreeLoadProblem } from './TreeLoadProblem';
import './ExplorerTree.css';

interface ChildNode {
  id: string;
  label: string;
  route: ExplorerRoute;
}

/** Lists the tree expands into items; the others open their list view. */
type ExpandableList = 'projects' | 'applications' | 'bots';

interface ExpandableListSpec {
  /** The list's first page, as its list view asks for it. */
  request: (orgId: string) => MixRequest;
  /** The tree node of one item; undefined skips an item without an id. */
  node: (orgId: string, item: Record<string, unknown>) => ChildNode | undefined;
}

const ORG_LIST_CHILDREN: Record<ExpandableList, ExpandableListSpec> = {
  projects: {
    request: (orgId) => ({ endpoint: 'projects.list', params: firstPageParams({ orgId }) }),
    node: (_orgId, item) => {
      const project = item as unknown as MixProject;
      if (typeof project.id !== 'string') return undefined;
      return {
        id: `project:${project.id}`,
        label: project.displayName ?? project.id,
        route: { kind: 'project', projectId: project.id, tab: 'overview' },
      };
    },
  },
  applications: {
    request: (orgId) => ({
      endpoint: 'applications.list',
      params: firstPageParams({ orgId, view: 'AV_FULL' }),
    }),
    node: (orgId, item) => {
      const app = item as unknown as MixApplication;
      if (typeof app.id !== 'string') return undefined;
      return {
        id: `app:${orgId}:${app.id}`,
        label: app.applicationName ?? app.id,
        route: { kind: 'application', orgId, applicationId: app.id, tab: 'configs' },
      };
    },
  },
  bots: {
    request: botsRequest,
    node: (orgId, item) => {
      const bot = item as unknown as MixApplication;
      if (typeof bot.id !== 'string') return undefined;
      return {
        id: `bot:${orgId}:${bot.id}`,
        label: bot.applicationName ?? bot.id,
        route: { kind: 'bot', orgId, botId: bot.id, tab: 'configs' },
      };
    },
  },
};

function isExpandable(list: string): list is ExpandableList {
  return list in ORG_LIST_CHILDREN;
}

function ListChildren({
  request,
  field,
  what,
  level,
  node,
}: {
  request: MixRequest;
  field: string;
  /** "projects": for the Retry button's name. */
  what: string;
  level: number;
  node: (item: Record<string, unknown>) => ChildNode | undefined;
}) {
  const query = useMixQuery(request.endpoint, request.params);
  if (query.loading) return <TreeNote level={level}>Loading…</TreeNote>;
  if (query.problem && !query.data) {
    return (
      <TreeLoadProblem level={level} message={query.problem.message} what={what} onRetry={query.refresh} />
    );
  }
  const items = listItems(query.data, field) as Record<string, unknown>[];
  if (items.length === 0) return <TreeNote level={level}>None</TreeNote>;
  const total = pagingOf(query.data).totalSize;
  return (
    <>
      {items.map((item) => {
        const child = node(item);
        return child ? (
          <TreeItem key={child.id} id={child.id} label={child.label} level={level} route={child.route} />
        ) : null;
      })}
      {total !== undefined && total > items.length && (
        <TreeNote level={level}>
          <span className="muted">
            {items.length} of {total} shown
          </span>
        </TreeNote>
      )}
    </>
  );
}

function OrgNode({ org, level }: { org: MixOrganizationItem; level: number }) {
  const orgId = String(org.id);
  return (
    <TreeItem
      id={`org:${orgId}`}
      label={org.displayName ?? orgId}
      badge={org.type === 'PERSONAL' ? 'Personal' : undefined}
      level={level}
      route={{ kind: 'organization', orgId }}
    >
      {() =>
        ORG_LISTS.map((list) => {
          const id = `org:${orgId}:${list}`;
          const route = { kind: 'org-list', orgId, list } as const;
          const label = ORG_LIST_LABELS[list];
          if (!isExpandable(list)) {
            return <TreeItem key={list} id={id} label={label} level={level + 1} route={route} />;
          }
          return (
            <TreeItem key={list} id={id} label={label} level={level + 1} route={route}>
              {() => <OrgListChildren orgId={orgId} list={list} level={level + 2} />}
            </TreeItem>
          );
        })
      }
    </TreeItem>
  );
}

function OrgListChildren({ orgId, list, level }: { orgId: string; list: ExpandableList; level: number }) {
  const { request, node } = ORG_LIST_CHILDREN[list];
  return (
    <ListChildren
      request={request(orgId)}
      field={list}
      what={list}
      level={level}
      node={(item) => node(orgId, item)}
    />
  );
}

function Organizations({ level }: { level: number }) {
  const query = useMixQuery(ORGANIZATIONS_REQUEST.endpoint, ORGANIZATIONS_REQUEST.params);
  if (query.loading) return <TreeNote level={level}>Loading organizations…</TreeNote>;
  if (query.problem && !query.data) {
    return (
      <TreeLoadProblem
        level={level}
        message={query.problem.message}
        what="organizations"
        onRetry={query.refresh}
      />
    );
  }
  const orgs = (listItems(query.data, 'organizations') as MixOrganizationItem[]).filter(
    (org) => typeof org.id === 'string',
  );
  // The personal organization first, as Mix's own dashboard lists it.
  const sorted = [...orgs].sort((a, b) => Number(b.type === 'PERSONAL') - Number(a.type === 'PERSONAL'));
  return (
    <>
      {sorted.map((org) => (
        <OrgNode key={org.id} org={org} level={level} />
      ))}
    </>
  );
}

/**
 * The sidebar: profile/system → organizations → their lists, plus the platform lists. An ARIA tree with
 * one Tab stop (roving tabindex) and the arrow keys of the APG tree pattern; Enter opens.
 */
export function ExplorerTree() {
  const explorer = useExplorer();
  const state = useExplorerState();
  const treeRef = useRef<HTMLUListElement>(null);
  const [activeId, setActiveId] = useState<string | null>(ROOT_NODE_ID);

  const context = useMemo<TreeContextValue>(
    () => ({
      activeId,
      setActiveId,
      expanded: state.expanded,
      setExpanded: state.setExpanded,
      selectedPath: routePath(state.route),
      open: state.navigate,
    }),
    [activeId, state.expanded, state.setExpanded, state.route, state.navigate],
  );

  // The Tab stop must always be on a rendered item, e.g. after its parent collapsed.
  useLayoutEffect(() => {
    const tree = treeRef.current;
    if (!tree || tree.querySelector('[role="treeitem"][tabindex="0"]')) return;
    const first = tree.querySelector<HTMLElement>('[role="treeitem"]');
    const id = first?.dataset['nodeId'];
    if (id) setActiveId(id);
  }, [state.expanded, activeId]);

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const tree = treeRef.current;
    const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    if (!tree || !item || event.target !== item || event.altKey || event.ctrlKey || event.metaKey) return;
    const move = treeMove(tree, item, event.key);
    if (!move) return;
    event.preventDefault();
    const id = move.item.dataset['nodeId'];
    if (!id) return;
    if (move.type === 'focus') {
      setActiveId(id);
      move.item.focus();
    } else if (move.type === 'expand') {
      state.setExpanded(id, true);
    } else if (move.type === 'collapse') {
      state.setExpanded(id, false);
    } else {
      // Enter opens the node's view; a node without one toggles.
      move.item.click();
    }
  }

  return (
    <TreeContext.Provider value={context}>
      <ul ref={treeRef} role="tree" aria-label="Mix resources" className="tree" onKeyDown={onKeyDown}>
        <TreeItem
          id={ROOT_NODE_ID}
          label={`${explorer.profileName} · ${explorer.systemLabel}`}
          level={1}
          route={{ kind: 'home' }}
        >
          {() => (
            <>
              <Organizations level={2} />
              <TreeItem id="platform" label="Platform" level={2}>
                {() =>
                  PLATFORM_LISTS.map((list) => (
                    <TreeItem
                      key={list}
                      id={`platform:${list}`}
                      label={PLATFORM_LABELS[list]}
                      level={3}
                      route={{ kind: 'platform', list }}
                    />
                  ))
                }
              </TreeItem>
              <TreeItem id="activity" label="Activity" level={2} route={{ kind: 'activity' }} />
            </>
          )}
        </TreeItem>
      </ul>
    </TreeContext.Provider>
  );
}
