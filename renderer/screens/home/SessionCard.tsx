import type { ReactNode } from 'react';
import type { SessionState, SignInMode } from '../../../common/ipc-contract';
import { statusLabel } from '../../session-summary';
import './SessionCard.css';

interface SessionCardProps {
  session: SessionState;
  signingIn: boolean;
  profileMode: SignInMode;
  /** Signs in with client credentials: no browser, so no sign-in mode. */
  serviceAccount?: boolean;
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

/**
 * Home while not signed in: where the profile signs in, how, and the way to do it. Signed in, the
 * session's details and actions are in the account menu instead.
 */
export function SessionCard(props: SessionCardProps) {
  const { session, signingIn, profileMode } = props;
  const status = signingIn ? 'signing-in' : session.status;

  return (
    <section className="card session-card" aria-labelledby="session-title">
      <div className="card-header">
        <h2 id="session-title">Session</h2>
        <span className={`pill pill-${status}`}>{statusLabel(status)}</span>
      </div>
      {/* An expired session still says whose it was, so the user does not lose their bearings. */}
      {session.status === 'expired' && session.account && (
        <p className="account">Signed in as {session.account}</p>
      )}
      <dl className="facts">
        <Fact label="System">{session.system}</Fact>
        <Fact label="Sign-in mode">
          {props.serviceAccount
            ? 'Service account (client credentials)'
            : MODE_LABELS[session.signInMode ?? profileMode]}
        </Fact>
      </dl>
      {props.children}
    </section>
  );
}
