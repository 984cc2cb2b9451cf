import type { SessionStatus, SignInMode } from '../../../common/ipc-contract';

interface SessionActionsProps {
  status: SessionStatus;
  /** The mode of the sign-in in progress. */
  signingInMode: SignInMode;
  profileMode: SignInMode;
  /** A service account signs in without a browser: no window to wait for, no other mode or account. */
  serviceAccount?: boolean;
  onSignIn: (mode?: SignInMode) => void;
  onCancel: () => void;
  onSignOut: () => void;
  onForget: () => void;
  onUseAnotherAccount: () => void;
}

/**
 * What the user can do on Home while not signed in (signed in, the account menu has the session's actions). Exactly one "Sign in" button exists at a time:
 * when the session expired it lives in the expiry banner instead of here.
 */
export function SessionActions(props: SessionActionsProps) {
  const { status, signingInMode, profileMode } = props;

  if (status === 'signing-in') {
    return (
      <div className="session-actions">
        <p className="waiting" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          {props.serviceAccount
            ? 'Asking Mix for a service-account token…'
            : signingInMode === 'embedded'
              ? 'Waiting for you to sign in in the Mix window…'
              : 'Waiting for you to sign in in your browser…'}
        </p>
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    );
  }

  const otherMode: SignInMode = profileMode === 'embedded' ? 'system-browser' : 'embedded';
  const otherModeLabel =
    otherMode === 'system-browser' ? 'Sign in with system browser' : 'Sign in with embedded window';
  const accountActions = (
    <>
      {!props.serviceAccount && (
        <button type="button" className="button" onClick={props.onUseAnotherAccount}>
          Use another account
        </button>
      )}
      <button type="button" className="button button-quiet" onClick={props.onForget}>
        Forget sign-in
      </button>
    </>
  );

  return (
    <div className="session-actions">
      {status === 'signed-out' && (
        <button type="button" className="button button-primary" onClick={() => props.onSignIn()}>
          Sign in
        </button>
      )}
      {!props.serviceAccount && (
        <button type="button" className="button" onClick={() => props.onSignIn(otherMode)}>
          {otherModeLabel}
        </button>
      )}
      {status === 'expired' && (
        <button type="button" className="button" onClick={props.onSignOut}>
          Sign out
        </button>
      )}
      {accountActions}
    </div>
  );
}
