import type { ReactNode } from 'react';
import type { MixOrganizationList, MixVersion, SessionState, SignInMode } from '../../../common/ipc-contract';
import { formatCountdown, plural } from '../../format';
import { useClock } from '../../hooks/clock';
import type { MixData } from '../../hooks/useMixData';
import { useTickingNow } from '../../hooks/useCountdown';
import { expiryCountdown, retryingText, statusLabel } from '../../session-summary';
import './SessionCard.css';

interface SessionCardProps {
  session: SessionState;
  signingIn: boolean;
  profileMode: SignInMode;
  organizations: MixData<MixOrganizationList>;
  version: MixData<MixVersion>;
  onRetryOrganizations: () => void;
  /** The buttons for the current state. */
  children: ReactNode;
}

const MODE_LABELS: Record<SignInMode, string> = {
  embedded: 'Embedded window',
  'system-browser': 'System browser',
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function renewalText(session: SessionState, now: number): string {
  if (session.renewal === 'renewing') return 'Renewing…';
  const retrying = retryingText(session, now);
  if (retrying) {
    const why = session.lastError?.detail;
    return `${retrying[0]?.toUpperCase()}${retrying.slice(1)}${why ? ` (${why})` : ''}`;
  }
  if (session.renewal === 'failed') return 'Renewal failed';
  return session.canRefresh ? 'Automatic (refresh token)' : 'Automatic (silent sign-in)';
}

function versionText(version: MixVersion): string | null {
  const parts = [
    version.mixVersion && `Mix ${version.mixVersion}`,
    version.apiVersion && `API ${version.apiVersion}`,
    version.mixEnvironment,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Who is signed in where, for how long, and how renewal is going. */
export function SessionCard(props: SessionCardProps) {
  const { session, signingIn, profileMode, organizations, version } = props;
  const now = useTickingNow({ now: useClock() });
  const status = signingIn ? 'signing-in' : session.status;
  // An expired session keeps showing what was known, so the user does not lose their bearings.
  const known = session.status === 'signed-in' || session.status === 'expired';
  const countdown = expiryCountdown(session, now);
  const organizationCount =
    session.organizationCount ??
    (organizations.state === 'ready' ? organizations.value.totalSize : undefined);
  const versionLabel = version.state === 'ready' ? versionText(version.value) : null;

  return (
    <section className="card session-card" aria-labelledby="session-title">
      <div className="card-header">
        <h2 id="session-title">Session</h2>
        <span className={`pill pill-${status}`}>{statusLabel(status)}</span>
      </div>
      {known && session.account && <p className="account">Signed in as {session.account}</p>}
      <dl className="facts">
        <Fact label="System">{session.system}</Fact>
        {known && (
          <Fact label="Organizations">
            {organizationCount !== undefined ? (
              plural(organizationCount, 'organization')
            ) : organizations.state === 'loading' ? (
              <span className="muted">Loading organizations…</span>
            ) : organizations.state === 'failed' ? (
              <span className="inline-error" role="alert">
                {organizations.problem.message}{' '}
                <button type="button" className="link-button" onClick={props.onRetryOrganizations}>
                  Retry
                </button>
              </span>
            ) : (
              <span className="muted">—</span>
            )}
          </Fact>
        )}
        {known && session.scope && <Fact label="Scope">{session.scope}</Fact>}
        {countdown && (
          <Fact label="Token">
            {countdown.kind === 'renews' ? 'Token renews in ' : 'Token expires in '}
            <span className="countdown">{formatCountdown(countdown.remainingMs)}</span>
          </Fact>
        )}
        {session.status === 'signed-in' && <Fact label="Renewal">{renewalText(session, now)}</Fact>}
        <Fact label="Sign-in mode">{MODE_LABELS[session.signInMode ?? profileMode]}</Fact>
        {known && versionLabel && <Fact label="Mix">{versionLabel}</Fact>}
      </dl>
      {props.children}
    </section>
  );
}
