import type { SessionState } from '../../common/ipc-contract';
import { formatCountdown } from '../format';
import { useClock } from '../hooks/clock';
import { useTickingNow } from '../hooks/useCountdown';
import { expiryCountdown, retryingText, sessionHealth, statusLabel } from '../session-summary';
import './StatusBar.css';

interface StatusBarProps {
  profileName?: string;
  system?: string;
  session: SessionState | null;
  signingIn: boolean;
  version?: string;
  demo?: boolean;
  /** The active profile is the in-app Demo (the built-in Mix emulator, made-up data). */
  demoProfile?: boolean;
  /** The explorer's activity panel toggle, while the explorer is shown. */
  activity?: { open: boolean; onToggle: () => void };
}

function sessionText(session: SessionState | null, signingIn: boolean, now: number): string {
  if (signingIn) return statusLabel('signing-in');
  if (!session) return 'Loading session…';
  const label = statusLabel(session.status);
  if (session.renewal === 'renewing') return `${label} · renewing…`;
  const retrying = retryingText(session, now);
  if (retrying) return `${label} · ${retrying}`;
  const countdown = expiryCountdown(session, now);
  if (!countdown) return label;
  const verb = countdown.kind === 'renews' ? 'renews in' : 'expires in';
  return `${label} · ${verb} ${formatCountdown(countdown.remainingMs)}`;
}

/** Session health at a glance, whatever screen is open. */
export function StatusBar({
  profileName,
  system,
  session,
  signingIn,
  version,
  demo,
  demoProfile,
  activity,
}: StatusBarProps) {
  const now = useTickingNow({ now: useClock() });
  const hasProfile = profileName !== undefined;
  return (
    <footer className="status-bar" data-pane>
      {hasProfile ? (
        <>
          <span className="status-item" title="Active profile">
            {profileName}
          </span>
          {system && <span className="status-item">{system}</span>}
          <span className="status-item">
            <span className={`health-dot health-${sessionHealth(session, signingIn)}`} aria-hidden="true" />
            {sessionText(session, signingIn, now)}
          </span>
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
