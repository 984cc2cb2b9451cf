import { lazy, Suspense, useContext, useState } from 'react';
import type { Problem, ProblemAction, Profile } from '../../../common/ipc-contract';
import { isServiceAccount } from '../../../common/profile-validation';
import { Banner } from '../../ui/Banner';
import { ProblemView } from '../../ui/ProblemView';
import { SignInTimelineView } from '../../ui/SignInTimelineView';
import { SessionActions } from './SessionActions';
import { SessionCard } from './SessionCard';
import { Workspace } from './Workspace';
import { SearchIndexContext } from '../../explorer/search/useSearchIndex';
import { showToast } from '../../ui/Toast';
import { formatTimeOfDay } from '../../format';
import { useMixQuery } from '../../explorer/mix-query';
import { ORGANIZATIONS_REQUEST } from '../../explorer/route-requests';
import type { SessionApi } from '../../hooks/useSession';

/** Loaded when first asked, so it costs nothing at start-up. */
const ConfirmDialog = lazy(() => import('../../ui/ConfirmDialog'));

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

/** The active profile's session: status, facts, actions and what went wrong. */
export function Home({ profile, session: api, onOpenSettings }: HomeProps) {
  const { session, pendingMode } = api;
  const [confirmForget, setConfirmForget] = useState(false);
  const [dismissedError, setDismissedError] = useState<string | null>(null);
  // Inside the explorer while browsing: the workspace (organizations, needs attention) leads Home.
  const inExplorer = useContext(SearchIndexContext) !== null;

  // The explorer's one way to read Mix (TanStack Query over `mix:get`): the tree asks for the same
  // organizations, so Home adds no request; an expired session keeps the last answers on screen.
  const organizations = useMixQuery(ORGANIZATIONS_REQUEST.endpoint, ORGANIZATIONS_REQUEST.params, {
    enabled: session?.organizationCount === undefined,
  });
  const version = useMixQuery('system.version');

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

  async function copyToken() {
    const copied = await api.copyAccessToken();
    if (copied) showToast(`Copied — valid until ${formatTimeOfDay(copied.expiresAt)}`);
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
      <SessionCard
        session={session}
        signingIn={signingIn}
        profileMode={profile.signInMode}
        serviceAccount={isServiceAccount(profile)}
        organizations={organizations}
        version={version.data}
        onRetryOrganizations={organizations.refresh}
      >
        <SessionActions
          status={signingIn ? 'signing-in' : session.status}
          signingInMode={pendingMode ?? session.signInMode ?? profile.signInMode}
          profileMode={profile.signInMode}
          serviceAccount={isServiceAccount(profile)}
          onSignIn={(mode) => void api.signIn(mode ? { mode } : {})}
          onCancel={() => void api.cancelSignIn()}
          onSignOut={() => void api.signOut()}
          onForget={() => setConfirmForget(true)}
          onUseAnotherAccount={() => void api.signIn({ freshAccount: true })}
          onCopyToken={() => void copyToken()}
        />
      </SessionCard>
      {confirmForget && (
        <Suspense fallback={null}>
          <ConfirmDialog
            title="Forget sign-in?"
            confirmLabel="Forget sign-in"
            danger
            onCancel={() => setConfirmForget(false)}
            onConfirm={() => {
              setConfirmForget(false);
              void api.forget();
            }}
          >
            <p>
              Mix Explorer signs you out of {profile.name} and clears the remembered Mix login, so the next
              sign-in asks for your email and password again.
            </p>
          </ConfirmDialog>
        </Suspense>
      )}
    </div>
  );
}
