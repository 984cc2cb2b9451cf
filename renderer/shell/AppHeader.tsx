import type { ReactNode } from 'react';
import type { ProfilesState } from '../../common/ipc-contract';
import './AppHeader.css';

export type Section = 'home' | 'settings';

interface AppHeaderProps {
  profiles: ProfilesState | null;
  section: Section;
  onNavigate: (section: Section) => void;
  onSelectProfile: (profileId: string) => void;
  /** The account menu (`AccountMenu variant="header"`), while a profile is active. */
  account?: ReactNode;
}

/** App title, the active-profile switcher, the main navigation and the account menu. */
export function AppHeader({ profiles, section, onNavigate, onSelectProfile, account }: AppHeaderProps) {
  const hasProfiles = (profiles?.profiles.length ?? 0) > 0;
  const isDemo = profiles?.profiles.find((profile) => profile.id === profiles.activeProfileId)?.demo === true;
  return (
    <header className="app-header" data-pane>
      <span className="app-title">
        <span className="app-logo" aria-hidden="true" />
        Mix Explorer
        {isDemo && (
          <span
            className="demo-badge"
            title="The Demo: made-up data from Mix Explorer’s built-in Mix emulator"
          >
            Demo
          </span>
        )}
      </span>
      {profiles && hasProfiles && (
        <div className="profile-switcher">
          <label htmlFor="profile-switcher">Profile</label>
          <select
            id="profile-switcher"
            value={profiles.activeProfileId ?? ''}
            onChange={(event) => onSelectProfile(event.target.value)}
          >
            {profiles.activeProfileId === null && (
              <option value="" disabled>
                Choose a profile
              </option>
            )}
            {profiles.profiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <nav className="app-nav" aria-label="Main">
        <button
          type="button"
          className="nav-button"
          aria-current={section === 'home' ? 'page' : undefined}
          onClick={() => onNavigate('home')}
        >
          Home
        </button>
        <button
          type="button"
          className="nav-button"
          aria-current={section === 'settings' ? 'page' : undefined}
          onClick={() => onNavigate('settings')}
        >
          Settings
        </button>
      </nav>
      {account}
    </header>
  );
}
