import type { ReactNode } from 'react';
import './StatusBar.css';

interface StatusBarProps {
  profileName?: string;
  system?: string;
  /** The session line, a button opening the account menu (`AccountMenu variant="status"`). */
  session?: ReactNode;
  version?: string;
  demo?: boolean;
  /** The active profile is the in-app Demo (the built-in Mix emulator, made-up data). */
  demoProfile?: boolean;
  /** The explorer's activity panel toggle, while the explorer is shown. */
  activity?: { open: boolean; onToggle: () => void };
}

/** Session health at a glance, whatever screen is open. */
export function StatusBar({
  profileName,
  system,
  session,
  version,
  demo,
  demoProfile,
  activity,
}: StatusBarProps) {
  const hasProfile = profileName !== undefined;
  return (
    <footer className="status-bar" data-pane>
      {hasProfile ? (
        <>
          <span className="status-item" title="Active profile">
            {profileName}
          </span>
          {system && <span className="status-item">{system}</span>}
          {session}
        </>
      ) : (
        <span className="status-item">No profile</span>
      )}
      <span className="status-spacer" />
      {activity && (
        <button
          type="button"
          className="status-button"
          aria-pressed={activity.open}
          title="Show every Mix.api request"
          onClick={activity.onToggle}
        >
          Activity
        </button>
      )}
      {demoProfile ? (
        <span className="status-item status-demo">Demo · made-up data on this computer</span>
      ) : (
        demo && <span className="status-item status-demo">Demo · local Mix sandbox</span>
      )}
      {version && <span className="status-item status-version">Mix Explorer {version}</span>}
    </footer>
  );
}
