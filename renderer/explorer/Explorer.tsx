import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { ExplorerRoute } from '../../common/explorer-routes';
import { BottomPanel } from '../ui/BottomPanel';
import { IconButton } from '../ui/IconButton';
import { Splitter } from '../ui/Splitter';
import { showToast } from '../ui/Toast';
import { isBoolean, isNumber, useRememberedState } from '../ui/useRememberedState';
import { ActivityPanel } from './ActivityPanel';
import { DownloadsPanel } from './DownloadsPanel';
import { Breadcrumbs } from './Breadcrumbs';
import CommandPalette from './CommandPalette';
import type { ExplorerContextValue } from './explorer-context';
import { ExplorerContext, ExplorerStateContext, useExplorer, useExplorerState } from './explorer-context';
import type { ExplorerState } from './useExplorerState';
import type { PaletteAction } from './palette-model';
import { routeRequest } from './route-requests';
import type { RouteNow } from './route-now';
import { useRouteNow } from './route-now';
import { RouteViews } from './routes/RouteViews';
import { TreeSearchField } from './search/TreeSearchField';
import type { SearchIndex } from './search/useSearchIndex';
import { SearchIndexContext, useSearchIndex } from './search/useSearchIndex';
import { ExplorerTree } from './tree/ExplorerTree';
import { useCopyActions } from './useCopyActions';
import './Explorer.css';

/** Sidebar and bottom panel sizes: defaults, and the bounds a drag or the keyboard keeps them in. */
export const SIDEBAR = { initial: 280, min: 180, max: 520 } as const;
export const ACTIVITY_PANEL = { initial: 220, min: 96, max: 640 } as const;
const PANEL_TABS = [
  { id: 'activity', label: 'Activity' },
  { id: 'downloads', label: 'Downloads' },
] as const;

type ExplorerProps = Omit<ExplorerContextValue, 'notify' | 'state'> & {
  /** Where the explorer is and how it moves (useExplorerState). */
  state: ExplorerState;
  /** Signed in (or expired with answers to show): the tree and the resource views are on. */
  browsing: boolean;
  /** The session screen: the home route, and everything while signed out. */
  home: ReactNode;
};

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** At most half the window for a side pane, and never less than its minimum. */
function withinWindow(size: number, min: number, max: number, share: number): number {
  return Math.max(min, Math.min(size, max, Math.round(share)));
}

/**
 * The explorer's frame: the tree in a sidebar that resizes and hides (both remembered), the main pane
 * (navigation bar, breadcrumbs, the view of the route; visited views are kept alive), the Activity panel
 * docked under it, the command palette (Ctrl/Cmd+K), Alt+Left/Right for Back/Forward, Ctrl/Cmd+B for the
 * sidebar.
 */
export function Explorer(props: ExplorerProps) {
  const {
    browsing,
    home,
    state,
    profileId,
    profileName,
    systemLabel,
    systemKey,
    signIn,
    signOut,
    openSettings,
  } = props;
  const notify = useCallback((message: string) => showToast(message), []);
  const { navigate } = state;
  const context = useMemo<ExplorerContextValue>(
    () => ({
      state: { navigate },
      profileId,
      profileName,
      systemLabel,
      systemKey,
      signIn,
      signOut,
      openSettings,
      notify,
    }),
    [navigate, profileId, profileName, systemLabel, systemKey, signIn, signOut, openSettings, notify],
  );
  // The palette's first text while it is open (the tree's search field hands over what it got); null: closed.
  const [palette, setPalette] = useState<string | null>(null);
  const search = useSearchIndex(profileId, browsing);
  const { start: startSearch } = search;
  const openPalette = useCallback(
    (text = '') => {
      startSearch();
      setPalette(text);
    },
    [startSearch],
  );
  const [sidebarOpen, setSidebarOpen] = useRememberedState('sidebar-open', true, isBoolean);
  const [sidebarWidth, setSidebarWidth] = useRememberedState('sidebar-width', SIDEBAR.initial, isNumber);
  const [panelHeight, setPanelHeight] = useRememberedState(
    'activity-height',
    ACTIVITY_PANEL.initial,
    isNumber,
  );
  const toggleSidebar = useCallback(() => setSidebarOpen((open) => !open), [setSidebarOpen]);

  useEffect(() => {
    if (!browsing) return;
    function onKeyDown(event: KeyboardEvent) {
      const command = (event.ctrlKey || event.metaKey) && !event.altKey;
      if (command && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        openPalette();
      } else if (command && event.key.toLowerCase() === 'b' && !isEditable(event.target)) {
        event.preventDefault();
        toggleSidebar();
      } else if (event.altKey && !event.ctrlKey && !event.metaKey && !isEditable(event.target)) {
        if (event.key === 'ArrowLeft') {
          event.preventDefault();
          state.back();
        } else if (event.key === 'ArrowRight') {
          event.preventDefault();
          state.forward();
        }
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [browsing, state, toggleSidebar, openPalette]);

  const width = withinWindow(sidebarWidth, SIDEBAR.min, SIDEBAR.max, window.innerWidth / 2);
  const height = withinWindow(panelHeight, ACTIVITY_PANEL.min, ACTIVITY_PANEL.max, window.innerHeight / 2);

  return (
    <ExplorerContext.Provider value={context}>
      <ExplorerStateContext.Provider value={state}>
        <div className="explorer">
          {browsing && sidebarOpen && (
            <>
              <aside
                id="explorer-sidebar"
                className="explorer-sidebar"
                aria-label="Mix resources"
                style={{ width }}
                data-pane
              >
                <TreeSearchField onSearch={openPalette} />
                <div className="explorer-tree-slot" data-pane-focus>
                  <ExplorerTree />
                </div>
              </aside>
              <Splitter
                orientation="vertical"
                label="Resize the sidebar"
                value={width}
                min={SIDEBAR.min}
                max={SIDEBAR.max}
                onChange={setSidebarWidth}
                controls="explorer-sidebar"
              />
            </>
          )}
          <div className="explorer-column">
            <main id="main-content" tabIndex={-1} className="app-main explorer-main" data-pane>
              {browsing && (
                <nav className="explorer-nav" aria-label="Explorer">
                  <IconButton
                    label={sidebarOpen ? 'Hide the sidebar' : 'Show the sidebar'}
                    shortcut="Ctrl+B"
                    pressed={sidebarOpen}
                    onPress={toggleSidebar}
                  >
                    ☰
                  </IconButton>
                  <IconButton
                    label="Back"
                    shortcut="Alt+Left"
                    isDisabled={!state.canGoBack}
                    onPress={state.back}
                  >
                    ←
                  </IconButton>
                  <IconButton
                    label="Forward"
                    shortcut="Alt+Right"
                    isDisabled={!state.canGoForward}
                    onPress={state.forward}
                  >
                    →
                  </IconButton>
                  <Breadcrumbs route={state.route} />
                  <button
                    type="button"
                    className="button button-quiet palette-hint"
                    onClick={() => openPalette()}
                  >
                    Go to… <kbd>Ctrl K</kbd>
                  </button>
                </nav>
              )}
              {/* Home and the views (Recent failures, Locks) start and show the same background walk. */}
              <SearchIndexContext.Provider value={browsing ? search : null}>
                {browsing ? (
                  <ViewsNow now={state.routeNow} owner={profileId} settled={state.route} home={home} />
                ) : (
                  home
                )}
              </SearchIndexContext.Provider>
            </main>
            {browsing && state.activityOpen && (
              <BottomPanel
                tabs={PANEL_TABS}
                active={state.panelTab}
                onSelect={state.showPanel}
                height={height}
                minHeight={ACTIVITY_PANEL.min}
                maxHeight={ACTIVITY_PANEL.max}
                onResize={setPanelHeight}
                onClose={state.toggleActivity}
              >
                {state.panelTab === 'downloads' ? <DownloadsPanel /> : <ActivityPanel />}
              </BottomPanel>
            )}
          </div>
        </div>
        {palette !== null && (
          <PaletteWithActions initialText={palette} search={search} onClose={() => setPalette(null)} />
        )}
      </ExplorerStateContext.Provider>
    </ExplorerContext.Provider>
  );
}

/** The palette, with its actions run in the explorer's context. */
function PaletteWithActions({
  initialText,
  search,
  onClose,
}: {
  initialText: string;
  search: SearchIndex;
  onClose: () => void;
}) {
  const explorer = useExplorer();
  const client = useQueryClient();
  const { copyCommand, copyLink } = useCopyActions();
  const state = useExplorerState();

  const actions: Record<PaletteAction, () => void> = {
    refresh: () => void client.refetchQueries({ queryKey: [explorer.profileId], type: 'active' }),
    'copy-link': () => void copyLink(state.route),
    'copy-curl': () => {
      const request = routeRequest(state.route);
      if (request) void copyCommand(request, 'curl');
      else explorer.notify('This view has no Mix.api request to copy.');
    },
    'toggle-activity': state.toggleActivity,
    'show-downloads': () => state.showPanel('downloads'),
    back: state.back,
    forward: state.forward,
    settings: explorer.openSettings,
    'sign-out': explorer.signOut,
  };

  return (
    <CommandPalette
      profileId={explorer.profileId}
      initialText={initialText}
      search={search}
      onOpen={state.navigate}
      onAction={(action) => actions[action]()}
      onClose={onClose}
    />
  );
}

/**
 * Home or the views, for the route the user just asked for: the one part of the explorer that renders inside
 * the click (route-now.ts), so going back to a kept view is on screen in the next frame.
 */
function ViewsNow({
  now,
  owner,
  settled,
  home,
}: {
  now: RouteNow;
  owner: string;
  settled: ExplorerRoute;
  home: ReactNode;
}) {
  const route = useRouteNow(now, owner, settled);
  return (
    <>
      {route.kind === 'home' && home}
      <RouteViews key={owner} route={route} />
    </>
  );
}
