import { useQueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { routePath } from '../../common/explorer-routes';
import { Toast } from '../ui/Toast';
import { ActivityPanel } from './ActivityPanel';
import { Breadcrumbs } from './Breadcrumbs';
import type { ExplorerContextValue } from './explorer-context';
import { ExplorerContext, useExplorer } from './explorer-context';
import type { PaletteAction } from './palette-model';
import { routeRequest } from './route-requests';
import { ExplorerTree } from './tree/ExplorerTree';
import { useCopyActions } from './useCopyActions';
import { RouteView } from './routes/RouteView';

const CommandPalette = lazy(() => import('./CommandPalette'));

type ExplorerProps = Omit<ExplorerContextValue, 'notify'> & {
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

/**
 * The explorer's frame: the tree beside the main pane (breadcrumbs over the view of the route), the
 * activity dock, the command palette (Ctrl/Cmd+K) and Alt+Left/Right for Back/Forward.
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
  const [toast, setToast] = useState<string | null>(null);
  const notify = useCallback((message: string) => setToast(message), []);
  const context = useMemo<ExplorerContextValue>(
    () => ({ state, profileId, profileName, systemLabel, systemKey, signIn, signOut, openSettings, notify }),
    [state, profileId, profileName, systemLabel, systemKey, signIn, signOut, openSettings, notify],
  );
  const [paletteOpen, setPaletteOpen] = useState(false);

  useEffect(() => {
    if (!browsing) return;
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setPaletteOpen(true);
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
  }, [browsing, state]);

  const showHome = !browsing || state.route.kind === 'home';

  return (
    <ExplorerContext.Provider value={context}>
      <div className="explorer">
        {browsing ? (
          <aside className="explorer-sidebar" aria-label="Explorer">
            <ExplorerTree />
          </aside>
        ) : null}
        <div className="explorer-column">
          <main className={`app-main${browsing ? ' explorer-main' : ''}`}>
            {browsing ? (
              <div className="explorer-nav">
                <button
                  type="button"
                  className="button-icon"
                  aria-label="Back"
                  title="Back (Alt+Left)"
                  disabled={!state.canGoBack}
                  onClick={state.back}
                >
                  ←
                </button>
                <button
                  type="button"
                  className="button-icon"
                  aria-label="Forward"
                  title="Forward (Alt+Right)"
                  disabled={!state.canGoForward}
                  onClick={state.forward}
                >
                  →
                </button>
                <Breadcrumbs route={state.route} />
                <button
                  type="button"
                  className="button button-quiet palette-hint"
                  onClick={() => setPaletteOpen(true)}
                >
                  Go to… <kbd>Ctrl K</kbd>
                </button>
              </div>
            ) : null}
            {showHome ? home : <RouteView key={routePath(state.route)} route={state.route} />}
          </main>
          {browsing && state.activityOpen ? (
            <section className="activity-dock" aria-label="Activity panel">
              <ActivityPanel height={160} />
            </section>
          ) : null}
        </div>
      </div>
      {paletteOpen && (
        <Suspense fallback={null}>
          <PaletteWithActions onClose={() => setPaletteOpen(false)} />
        </Suspense>
      )}
      {toast && <Toast message={toast} onDone={() => setToast(null)} />}
    </ExplorerContext.Provider>
  );
}

/** The palette, with its actions run in the explorer's context. */
function PaletteWithActions({ onClose }: { onClose: () => void }) {
  const explorer = useExplorer();
  const client = useQueryClient();
  const { copyCommand, copyLink } = useCopyActions();
  const { state } = explorer;

  function onAction(action: PaletteAction) {
    switch (action) {
      case 'refresh':
        void client.refetchQueries({ queryKey: [explorer.profileId], type: 'active' });
        return;
      case 'copy-link':
        void copyLink(state.route);
        return;
      case 'copy-curl': {
        const request = routeRequest(state.route);
        if (request) void copyCommand(request, 'curl');
        else explorer.notify('This view has no Mix.api request to copy.');
        return;
      }
      case 'toggle-activity':
        state.toggleActivity();
        return;
      case 'back':
        state.back();
        return;
      case 'forward':
        state.forward();
        return;
      case 'settings':
        explorer.openSettings();
        return;
      case 'sign-out':
        explorer.signOut();
        return;
    }
  }

  return (
    <CommandPalette
      profileId={explorer.profileId}
      onOpen={state.navigate}
      onAction={onAction}
      onClose={onClose}
    />
  );
}
