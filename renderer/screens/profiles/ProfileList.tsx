import { lazy, Suspense, useState } from 'react';
import type { Problem, Profile, ProfilesState, Result } from '../../../common/ipc-contract';
import { systemLabel } from '../../../common/mix-systems';
import { ProblemView } from '../../ui/ProblemView';
import './ProfileList.css';

/** Loaded when first asked, so it costs nothing at start-up. */
const ConfirmDialog = lazy(() => import('../../ui/ConfirmDialog'));

interface ProfileListProps {
  state: ProfilesState;
  onAdd: () => void;
  onEdit: (profile: Profile) => void;
  onDuplicate: (profileId: string) => Promise<Result<unknown>>;
  onRemove: (profileId: string) => Promise<Result<unknown>>;
  onSelect: (profileId: string) => Promise<Result<unknown>>;
}

/** Settings: every profile, which one is active, and what can be done with each. */
export function ProfileList({ state, onAdd, onEdit, onDuplicate, onRemove, onSelect }: ProfileListProps) {
  const [removing, setRemoving] = useState<Profile | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function attempt(action: Promise<Result<unknown>>) {
    setProblem(null);
    const result = await action;
    if (!result.ok) setProblem(result.problem);
  }

  async function confirmRemove() {
    if (!removing) return;
    const profileId = removing.id;
    setRemoving(null);
    await attempt(onRemove(profileId));
  }

  return (
    <section className="settings" aria-labelledby="settings-title">
      <div className="section-header">
        <h1 id="settings-title">Profiles</h1>
        <button type="button" className="button button-primary" onClick={onAdd}>
          Add profile
        </button>
      </div>
      <p className="muted">
        A profile is one Mix system and client: its addresses, your client ID and secret, and how you sign in.
      </p>
      {problem && <ProblemView problem={problem} onDismiss={() => setProblem(null)} />}
      {state.profiles.length === 0 ? (
        <p className="empty">No profiles yet. Add one to sign in to Mix.</p>
      ) : (
        <ul className="profile-list">
          {state.profiles.map((profile) => {
            const active = profile.id === state.activeProfileId;
            return (
              <li
                key={profile.id}
                className={active ? 'profile-row active' : 'profile-row'}
                aria-label={profile.name}
              >
                <div className="profile-row-text">
                  <span className="profile-name">
                    {profile.name}
                    {active && <span className="badge">Active</span>}
                  </span>
                  <span className="profile-meta">
                    {systemLabel(profile.system, profile.apiUrl)} · Client ID{' '}
                    <code>{profile.clientId || '—'}</code>
                    {!profile.hasClientSecret && (
                      <span className="warning-text"> · no client secret stored</span>
                    )}
                  </span>
                </div>
                <div className="profile-row-actions">
                  {!active && (
                    <button
                      type="button"
                      className="button"
                      onClick={() => void attempt(onSelect(profile.id))}
                    >
                      Use
                    </button>
                  )}
                  <button type="button" className="button" onClick={() => onEdit(profile)}>
                    Edit
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void attempt(onDuplicate(profile.id))}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    className="button button-danger-quiet"
                    onClick={() => setRemoving(profile)}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {removing && (
        <Suspense fallback={null}>
          <ConfirmDialog
            title={`Remove “${removing.name}”?`}
            confirmLabel="Remove"
            danger
            onConfirm={() => void confirmRemove()}
            onCancel={() => setRemoving(null)}
          >
            <p>
              Mix Explorer forgets this profile, its stored client secret and its sign-in. Your Mix account
              and client are not changed.
            </p>
          </ConfirmDialog>
        </Suspense>
      )}
    </section>
  );
}
