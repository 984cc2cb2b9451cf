import type { Problem, ProblemAction } from '../../common/ipc-contract';
import { DiagnosisView } from './DiagnosisView';
import { SignInTimelineView } from './SignInTimelineView';
import './ProblemView.css';

const ACTION_LABELS: Record<ProblemAction, string> = {
  retry: 'Try again',
  'use-system-browser': 'Use system browser',
  'sign-in': 'Sign in again',
  'open-settings': 'Open settings',
  'download-raw': 'Download raw answer',
};

interface ProblemViewProps {
  problem: Problem;
  onAction?: (action: ProblemAction) => void;
  onDismiss?: () => void;
}

/** A problem from main, as main phrased it, with the next steps it offers. */
export function ProblemView({ problem, onAction, onDismiss }: ProblemViewProps) {
  const actions = onAction ? (problem.actions ?? []) : [];
  return (
    <div className="problem" role="alert">
      <div className="problem-text">
        <p className="problem-message">{problem.message}</p>
        {problem.detail && <p className="problem-detail">{problem.detail}</p>}
        {(problem.host || problem.status !== undefined) && (
          <p className="problem-meta">
            {problem.host && <span>Host: {problem.host}</span>}
            {problem.status !== undefined && <span>HTTP {problem.status}</span>}
          </p>
        )}
        {problem.diagnosis && <DiagnosisView diagnosis={problem.diagnosis} />}
        {problem.timeline && <SignInTimelineView steps={problem.timeline} />}
      </div>
      {(actions.length > 0 || onDismiss) && (
        <div className="problem-actions">
          {actions.map((action, index) => (
            <button
              key={action}
              type="button"
              className={index === 0 ? 'button button-primary' : 'button'}
              onClick={() => onAction?.(action)}
            >
              {ACTION_LABELS[action]}
            </button>
          ))}
          {onDismiss && (
            <button type="button" className="button button-quiet" onClick={onDismiss}>
              Dismiss
            </button>
          )}
        </div>
      )}
    </div>
  );
}
