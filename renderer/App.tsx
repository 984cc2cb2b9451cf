import { useState } from 'react';
import type { Profile, ProfileDraft } from '../common/ipc-contract';
import { systemLabel } from '../common/mix-systems';
import { newProfileDraft } from '../common/profile-defaults';
import { isBridgeAvailable } from './bridge';
import { AppBanners } from './components/AppBanners';
import type { Section } from './components/AppHeader';
import { AppHeader } from './components/AppHeader';
import { ProblemView } from './components/ProblemView';
import { StatusBar } from './components/StatusBar';
import type { Now } from './hooks/clock';
import { ClockContext } from './hooks/clock';
import { useAppInfo } from './hooks/useAppInfo';
import { useProfiles } from './hooks/useProfiles';
import { useSession } from './hooks/useSession';
import { Home } from './screens/Home';
import { MissingBridge } from './screens/MissingBridge';
import { ProfileEditor } from './screens/ProfileEditor';
import { ProfileList } from './screens/ProfileList';
import { Welcome } from './screens/Welcome';
import { draftFromProfile } from './screens/profile-form';

type View =
  | { name: Section }
  | { name: 'editor'; profile: Profile | null; draft: ProfileDraft; returnTo: Section; instance: number };

interface AppProps {
  /** The clock behind every countdown; tests pass a fixed one. */
  now?: Now;
}

export function App({ now = Date.now }: AppProps) {
  if (!isBridgeAvailable()) return <MissingBridge />;
  return (
    <ClockContext.Provider value={now}>
      <Workspace />
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
          onSave={profiles.save}
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
      return <Welcome demo={info?.demo ?? false} onAddProfile={() => openEditor(null, 'home')} />;
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
    return <Home profile={active} session={session} onOpenSettings={() => openEditor(active, 'home')} />;
  }

  return (
    <div className="app">
      <AppHeader
        profiles={state}
        section={section}
        onNavigate={(next) => setView({ name: next })}
        onSelectProfile={(profileId) => void profiles.select(profileId)}
      />
      <AppBanners
        info={info}
        infoProblem={appInfo.problem}
        notices={appInfo.notices}
        onDismiss={appInfo.dismissNotice}
      />
      <main className="app-main">{content()}</main>
      <StatusBar
        profileName={active?.name}
        system={session.session?.system ?? (active ? systemLabel(active.system, active.apiUrl) : undefined)}
        session={session.session}
        signingIn={session.pendingMode !== null}
        version={info?.version}
        demo={info?.demo}
      />
    </div>
  );
}
