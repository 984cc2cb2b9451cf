import { QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { parseRoutePath, systemKeyOf } from '../common/explorer-routes';
import type { Notice, Profile, ProfileDraft } from '../common/ipc-contract';
import { systemLabel } from '../common/mix-systems';
import { newProfileDraft } from '../common/profile-defaults';
import { bridge, isBridgeAvailable } from './bridge';
import { handleDeepLinks } from './deep-links';
import { AppBanners } from './shell/AppBanners';
import type { Section } from './shell/AppHeader';
import { AppHeader } from './shell/AppHeader';
import { ProblemView } from './ui/ProblemView';
import { listenForPaneKeys } from './shell/panes';
import { StatusBar } from './shell/StatusBar';
import { AccountMenu } from './shell/AccountMenu';
import { Toasts } from './ui/Toast';
import type { Now } from './hooks/clock';
import { ClockContext } from './hooks/clock';
import { useAppInfo } from './hooks/useAppInfo';
import { useProfiles } from './hooks/useProfiles';
import { useSession } from './hooks/useSession';
import { Home } from './screens/home/Home';
import { MissingBridge } from './screens/MissingBridge';
import { ProfileEditor } from './screens/profiles/ProfileEditor';
import { ProfileList } from './screens/profiles/ProfileList';
import { Welcome } from './screens/Welcome';
import { draftFromProfile } from './screens/profiles/profile-form';
import { Explorer } from './explorer/Explorer';
import { MixScopeContext, createMixQueryClient, useClearCacheOnAccountChange } from './explorer/mix-query';
import { useExplorerState } from './explorer/useExplorerState';
import { ORGANIZATIONS_REQUEST, routeRequest } from './explorer/route-requests';
import './App.css';

type View =
  | { name: Section }
  | { name: 'editor'; profile: Profile | null; draft: ProfileDraft; returnTo: Section; instance: number };

interface AppProps {
  /** The clock behind every countdown; tests pass a fixed one. */
  now?: Now;
}

export function App({ now = Date.now }: AppProps) {
  // One cache per window: views visited before come back instantly.
  const [queryClient] = useState(createMixQueryClient);
  if (!isBridgeAvailable()) return <MissingBridge />;
  return (
    <ClockContext.Provider value={now}>
      <QueryClientProvider client={queryClient}>
        <Workspace />
      </QueryClientProvider>
    </ClockContext.Provider>
  );
}

function Workspace() {
  const appInfo = useAppInfo();
  const profiles = useProfiles();
  const [view, setView] = useState<View>({ name: 'home' });
  const [editorCount, setEditorCount] = useState(0);

  const state = profiles.state;
  const active = state?.profiles.find((profile) => profile.id === state.activeProfileId) ?? null;
  const session = useSession(active?.id ?? null, active?.signInMode ?? 'embedded');
  const info = appInfo.info;
  const section: Section = view.name === 'editor' ? 'settings' : view.name;

  // The explorer's place survives settings and the profile editor; another profile starts afresh.
  const explorerState = useExplorerState(active?.id ?? '');
  const status = session.session?.status;
  // An expired session keeps showing what was loaded, like the session card does.
  const browsing = status === 'signed-in' || status === 'expired';
  useClearCacheOnAccountChange(active?.id ?? null, session.session?.account);
  const scope = useMemo(
    () => (active ? { profileId: active.id, enabled: status === 'signed-in' } : null),
    [active, status],
  );
  const { signIn, signOut } = session;
  const explorerSignIn = useCallback(() => void signIn(), [signIn]);
  const explorerSignOut = useCallback(() => void signOut(), [signOut]);
  const openProfiles = useCallback(() => setView({ name: 'settings' }), []);

  // F6 / Shift+F6 cycle the panes.
  useEffect(() => listenForPaneKeys(), []);

  // The application menu's Settings… item.
  useEffect(() => bridge.on('app:open-settings', () => setView({ name: 'settings' })), []);

  // A mix-explorer:// link opens its view in the profile of its system; a system no profile uses is said
  // so, rather than the link being opened in whichever profile happens to be active.
  const [linkNotices, setLinkNotices] = useState<Notice[]>([]);
  const profileList = state?.profiles;
  const activeId = active?.id;
  const { select } = profiles;
  const { openFor } = explorerState;
  useEffect(
    () =>
      handleDeepLinks((link) => {
        const route = parseRoutePath(link.path);
        if (!route || !profileList) return;
        const target = profileList.find(
          (profile) => systemKeyOf(profile.system, profile.apiUrl) === link.system,
        );
        if (!target) {
          setLinkNotices([unknownSystemNotice(link.system)]);
          return;
        }
        setLinkNotices([]);
        openFor(target.id, route);
        if (target.id !== activeId) void select(target.id);
        setView({ name: 'home' });
      }),
    [profileList, activeId, select, openFor],
  );

  function openEditor(profile: Profile | null, returnTo: Section) {
    // Each opening is a fresh form, even for the same profile.
    setEditorCount((count) => count + 1);
    const draft = profile ? draftFromProfile(profile) : newProfileDraft();
    setView({ name: 'editor', profile, draft, returnTo, instance: editorCount + 1 });
  }

  function content() {
    if (!state) {
      return profiles.problem ? (
        <ProblemView problem={profiles.problem} />
      ) : (
        <p className="muted loading">Loading profiles…</p>
      );
    }
    if (view.name === 'editor') {
      return (
        <ProfileEditor
          key={view.instance}
          profile={view.profile}
          initialDraft={view.draft}
          secretsInMemoryOnly={info?.secretStorage.mode === 'memory-only'}
          otherProfiles={state.profiles}
          onSave={profiles.save}
          onTest={profiles.testSettings}
          onSaved={() => setView({ name: view.returnTo })}
          onCancel={() => setView({ name: view.returnTo })}
        />
      );
    }
    if (view.name === 'settings') {
      return (
        <ProfileList
          state={state}
          onAdd={() => openEditor(null, 'settings')}
          onEdit={(profile) => openEditor(profile, 'settings')}
          onDuplicate={profiles.duplicate}
          onRemove={profiles.remove}
          onSelect={profiles.select}
        />
      );
    }
    if (state.profiles.length === 0) {
      return (
        <Welcome
          demo={info?.demo ?? false}
          onAddProfile={() => openEditor(null, 'home')}
          onStartDemo={profiles.startDemo}
        />
      );
    }
    if (!active) {
      return (
        <section className="empty-state">
          <h1>No active profile</h1>
          <p className="muted">Choose which Mix profile to use.</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setView({ name: 'settings' })}
          >
            Choose a profile
          </button>
        </section>
      );
    }
    return (
      <Explorer
        browsing={browsing}
        state={explorerState}
        profileId={active.id}
        profileName={active.name}
        systemLabel={session.session?.system ?? systemLabel(active.system, active.apiUrl)}
        systemKey={systemKeyOf(active.system, active.apiUrl)}
        signIn={explorerSignIn}
        signOut={explorerSignOut}
        openSettings={openProfiles}
        home={<Home profile={active} session={session} onOpenSettings={() => openEditor(active, 'home')} />}
      />
    );
  }

  // One menu, opened from the header or the status bar: who is signed in and what can be done about it.
  const accountMenu = (variant: 'header' | 'status') =>
    active && (
      <AccountMenu
        variant={variant}
        profile={active}
        api={session}
        onSwitchProfile={openProfiles}
        onEditProfile={() => openEditor(active, section)}
        curlRequest={() =>
          (view.name === 'home' ? routeRequest(explorerState.route) : undefined) ?? ORGANIZATIONS_REQUEST
        }
      />
    );

  // The explorer brings its own <main> beside the tree; other screens sit in the plain one.
  const explorerShown =
    view.name === 'home' && state !== null && state.profiles.length > 0 && active !== null;

  // The scope covers the header too: the account menu reads Mix's version when it opens.
  return (
    <MixScopeContext.Provider value={scope}>
      <div className="app">
        <a
          className="skip-link"
          href="#main-content"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('main-content')?.focus();
          }}
        >
          Skip to content
        </a>
        <AppHeader
          profiles={state}
          section={section}
          onNavigate={(next) => {
            // Back from Settings finds the view the user left; Home pressed while exploring goes to Home.
            if (next === 'home' && section === 'home') explorerState.navigate({ kind: 'home' });
            setView({ name: next });
          }}
          onSelectProfile={(profileId) => void profiles.select(profileId)}
          account={accountMenu('header')}
        />
        <AppBanners
          info={info}
          infoProblem={appInfo.problem}
          notices={[...appInfo.notices, ...linkNotices]}
          onDismiss={(id) => {
            appInfo.dismissNotice(id);
            setLinkNotices((current) => current.filter((notice) => notice.id !== id));
          }}
        />
        {explorerShown ? (
          content()
        ) : (
          <main id="main-content" tabIndex={-1} className="app-main" data-pane>
            {content()}
          </main>
        )}
        <StatusBar
          profileName={active?.name}
          system={session.session?.system ?? (active ? systemLabel(active.system, active.apiUrl) : undefined)}
          session={accountMenu('status')}
          version={info?.version}
          demo={info?.demo}
          demoProfile={active?.demo === true}
          activity={
            explorerShown && browsing
              ? {
                  open: explorerState.activityOpen && explorerState.panelTab === 'activity',
                  // The panel open on Downloads switches to Activity; open on Activity, it closes.
                  onToggle: () =>
                    explorerState.activityOpen && explorerState.panelTab === 'activity'
                      ? explorerState.toggleActivity()
                      : explorerState.showPanel('activity'),
                }
              : undefined
          }
        />
        <Toasts />
      </div>
    </MixScopeContext.Provider>
  );
}

/** What a link for a Mix system none of the profiles uses gets instead of being opened elsewhere. */
function unknownSystemNotice(system: string): Notice {
  return {
    id: `deep-link-unknown-system:${system}`,
    level: 'warning',
    message: `This link is for the Mix system “${system}”, which none of your profiles uses, so it was not opened. Add a profile for that system to open it.`,
  };
}
