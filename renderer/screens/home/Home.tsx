import { useContext, useState } from 'react';
import type { Problem, ProblemAction, Profile } from '../../../common/ipc-contract';
import { isServiceAccount } from '../../../common/profile-validation';
import { Banner } from '../../ui/Banner';
import { ProblemView } from '../../ui/ProblemView';
import { SignInTimelineView } from '../../ui/SignInTimelineView';
import { SessionActions } from './SessionActions';
import { SessionCard } from './SessionCard';
import { Workspace } from './Workspace';
import { SearchIndexContext } from '../../explorer/search/useSearchIndex';
import type { SessionApi } from '../../hooks/useSession';
import { useForgetSignIn } from '../../shell/ForgetSignInDialog';

interface HomeProps {
  profile: Profile;
  session: SessionApi;
  onOpenSettings: () => void;
}

/** Problems the session view does not show as errors: a cancel is the user's choice; expiry has its banner. */
function isQuiet(problem: Problem): boolean {
  return problem.code === 'cancelled' || problem.code === 'session-expired';
}

function problemKey(problem: Problem | undefined): string | null {
  return problem ? JSON.stringify(problem) : null;
}

/**
 * Home: signed in, the workspace (organizations, needs attention, pinned, recent); the session itself lives
 * in the account menu (header and status bar). Not signed in, the way to sign in and what went wrong.
 */
export function Home({ profile, session: api, onOpenSettings }: HomeProps) {
  const { session, pendingMode } = api;
  const forgetSignIn = useForgetSignIn(profile.name, () => void api.forget());
  const [dismissedError, setDismissedError] = useState<string | null>(null);
  // Inside the explorer while browsing: the workspace (organizations, needs attention) leads Home.
  const inExplorer = useContext(SearchIndexContext) !== null;

  if (!session) {
    return <p className="muted loading">Loading session…</p>;
  }

  const signingIn = pendingMode !== null || session.status === 'signing-in';
  const lastError = session.lastError;
  const shownProblem =
    api.problem ??
    (lastError && !isQuiet(lastError) && problemKey(lastError) !== dismissedError && !signingIn
      ? lastError
      : null);

  function onProblemAction(action: ProblemAction) {
    if (action === 'retry') void api.retrySignIn();
    else if (action === 'use-system-browser') void api.signIn({ mode: 'system-browser' });
    else if (action === 'sign-in') void api.signIn();
    else onOpenSettings();
  }

  // A failed sign-in is usually both the action's answer and the session's lastError: dismiss both.
  function dismissProblem() {
    api.dismissProblem();
    setDismissedError(problemKey(lastError));
  }

  return (
    <div className="home">
      {session.status === 'expired' && !signingIn && (
        <Banner
          tone="warning"
          title="Your session expired. Sign in again to continue."
          actions={
            <button type="button" className="button button-primary" onClick={() => void api.signIn()}>
              Sign in
            </button>
          }
        >
          {/* A failed silent renewal keeps its sign-in timeline: the user can see why the session ended. */}
          {session.lastError?.timeline && <SignInTimelineView steps={session.lastError.timeline} />}
        </Banner>
      )}
      {shownProblem && (
        <ProblemView problem={shownProblem} onAction={onProblemAction} onDismiss={dismissProblem} />
      )}
      {session.status === 'signed-in' && inExplorer && <Workspace />}
      {(session.status !== 'signed-in' || signingIn) && (
        <SessionCard
          session={session}
          signingIn={signingIn}
          profileMode={profile.signInMode}
          serviceAccount={isServiceAccount(profile)}
        >
          <SessionActions
            status={signingIn ? 'signing-in' : session.status}
            signingInMode={pendingMode ?? session.signInMode ?? profile.signInMode}
            profileMode={profile.signInMode}
            serviceAccount={isServiceAccount(profile)}
            onSignIn={(mode) => void api.signIn(mode ? { mode } : {})}
            onCancel={() => void api.cancelSignIn()}
            onSignOut={() => void api.signOut()}
            onForget={forgetSignIn.ask}
            onUseAnotherAccount={() => void api.signIn({ freshAccount: true })}
          />
        </SessionCard>
      )}
      {forgetSignIn.dialog}
    </div>
  );
}
