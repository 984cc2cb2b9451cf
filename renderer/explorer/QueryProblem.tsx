import type { Problem } from '../../common/ipc-contract';
import { DownloadButton } from './DownloadButton';
import type { MixRequest } from './route-requests';
import './QueryProblem.css';

/** Problems that only signing in again can solve. */
export function isSessionProblem(problem: Problem): boolean {
  return (
    problem.code === 'not-signed-in' ||
    problem.code === 'session-expired' ||
    problem.code === 'unauthorized' ||
    (problem.actions ?? []).includes('sign-in')
  );
}

interface QueryProblemProps {
  problem: Problem;
  onRetry: () => void;
  onSignIn?: () => void;
  /** The read that failed: an answer too large to show can still be saved as a file. */
  request?: MixRequest;
}

/** A failed read: Mix's message, the HTTP status, and what to do next. */
export function QueryProblem({ problem, onRetry, onSignIn, request }: QueryProblemProps) {
  const signIn = onSignIn && isSessionProblem(problem);
  const rawDownload = request && (problem.actions ?? []).includes('download-raw');
  return (
    <div className="problem" role="alert">
      <div className="problem-text">
        <p className="problem-message">{problem.message}</p>
        {problem.detail && <p className="problem-detail">{problem.detail}</p>}
        {!problem.detail && (problem.host || problem.status !== undefined) && (
          <p className="problem-meta">
            {problem.host && <span>Host: {problem.host}</span>}
            {problem.status !== undefined && <span>HTTP {problem.status}</span>}
          </p>
        )}
      </div>
      <div className="problem-actions">
        {signIn && (
          <button type="button" className="button button-primary" onClick={onSignIn}>
            Sign in
          </button>
        )}
        {rawDownload && (
          <DownloadButton label="Download raw answer" endpoint={request.endpoint} params={request.params} />
        )}
        <button type="button" className={signIn ? 'button' : 'button button-primary'} onClick={onRetry}>
          Retry
        </button>
      </div>
    </div>
  );
}

/** Grey bars where content will be, announced as busy. */
export function LoadingSkeleton({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="skeleton" aria-busy="true" role="status">
      <span className="visually-hidden">{label}</span>
      <div className="skeleton-bar" style={{ width: '60%' }} />
      <div className="skeleton-bar" style={{ width: '85%' }} />
      <div className="skeleton-bar" style={{ width: '40%' }} />
      <div className="skeleton-bar" style={{ width: '75%' }} />
    </div>
  );
}
