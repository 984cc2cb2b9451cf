import type { ReactNode } from 'react';
import type { SessionState, SignInMode } from '../../../common/ipc-contract';
import { pagingOf, type MixVersionBody } from '../../../common/mix-models';
import { listItems, objectOf, textOf } from '../../../common/tolerant-reader';
import type { MixQueryResult } from '../../explorer/mix-query';
import { formatCountdown, plural } from '../../format';
import { useClock } from '../../hooks/clock';
import { useTickingNow } from '../../hooks/useCountdown';
import { expiryCountdown, retryingText, statusLabel } from '../../session-summary';
import './SessionCard.css';

interface SessionCardProps {
  session: SessionState;
  signingIn: boolean;
  profileMode: SignInMode;
  /** Signs in with client credentials: no browser, so no sign-in mode. */
  serviceAccount?: boolean;
  /** The first page of `organizations.list`, as the tree reads it. */
  organizations: Pick<MixQueryResult<unknown>, 'data' | 'loading' | 'problem'>;
  /** The `system.version` body, once there is one. */
  version: unknown;
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

function renewalText(session: SessionState, now: number, serviceAccount: boolean): string {
  if (session.renewal === 'renewing') return 'Renewing…';
  const retrying = retryingText(session, now);
  if (retrying) {
    const why = session.lastError?.detail;
    return `${retrying[0]?.toUpperCase()}${retrying.slice(1)}${why ? ` (${why})` : ''}`;
  }
  if (session.renewal === 'failed') return 'Renewal failed';
  if (serviceAccount) return 'Automatic (client credentials)';
  return session.canRefresh ? 'Automatic (refresh token)' : 'Automatic (silent sign-in)';
}

function versionText(body: unknown): string | null {
  const version = objectOf<MixVersionBody>(body) ?? {};
  const mix = textOf(version.mixVersion);
  const api = textOf(version.apiVersion);
  const parts = [mix && `Mix ${mix}`, api && `API ${api}`, textOf(version.mixEnvironment)].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** How many organizations the first page of `organizations.list` says there are. */
function countOfOrganizations(body: unknown): number | undefined {
  if (body === undefined) return undefined;
  // grpc-gateway drops a zero totalSize: without one, the page's own items are the count.
  return pagingOf(body).totalSize ?? listItems(body, 'organizations').length;
}

/** Who is signed in where, for how long, and how renewal is going. */
export function SessionCard(props: SessionCardProps) {
  const { session, signingIn, profileMode, organizations, version } = props;
  const now = useTickingNow({ now: useClock() });
  const status = signingIn ? 'signing-in' : session.status;
  // An expired session keeps showing what was known, so the user does not lose their bearings.
  const known = session.status === 'signed-in' || session.status === 'expired';
  const countdown = expiryCountdown(session, now);
  const organizationCount = session.organizationCount ?? countOfOrganizations(organizations.data);
  const versionLabel = versionText(version);

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
            ) : organizations.problem ? (
              <span className="inline-error" role="alert">
                {organizations.problem.message}{' '}
                <button type="button" className="link-button" onClick={props.onRetryOrganizations}>
                  Retry
                </button>
              </span>
            ) : organizations.loading ? (
              <span className="muted">Loading organizations…</span>
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
        {session.status === 'signed-in' && (
          <Fact label="Renewal">{renewalText(session, now, props.serviceAccount === true)}</Fact>
        )}
        <Fact label="Sign-in mode">
          {props.serviceAccount
            ? 'Service account (client credentials)'
            : MODE_LABELS[session.signInMode ?? profileMode]}
        </Fact>
        {known && versionLabel && <Fact label="Mix">{versionLabel}</Fact>}
      </dl>
      {props.children}
    </section>
  );
}
