import { useState } from 'react';
import type { SignInStep } from '../../common/ipc-contract';
import { stepOffset, stepTarget, timelineText } from '../../common/sign-in-timeline-text';
import { copyText } from '../explorer/clipboard';
import { formatTimeOfDay } from '../format';
import './SignInTimelineView.css';

interface SignInTimelineViewProps {
  steps: SignInStep[];
}

/**
 * "What happened" under a failed sign-in: each page and request of the attempt as main recorded it (hosts,
 * paths and parameter names only), and a button that copies it as text for a bug report.
 */
export function SignInTimelineView({ steps }: SignInTimelineViewProps) {
  const [copied, setCopied] = useState(false);
  const first = steps[0];
  if (first === undefined) return null;
  return (
    <details className="sign-in-timeline">
      <summary>What happened (from {formatTimeOfDay(first.at, { seconds: true })})</summary>
      <ol aria-label="Sign-in steps">
        {steps.map((step, index) => (
          <li key={index}>
            <span className="sign-in-timeline-offset">{stepOffset(step, first)}</span>
            <span className="sign-in-timeline-event">{step.event}</span>
            {(step.host || step.path) && <code>{stepTarget(step)}</code>}
            {step.status !== undefined && <span>HTTP {step.status}</span>}
            {step.outcome && <span className="sign-in-timeline-outcome">{step.outcome}</span>}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => void copyText(timelineText(steps)).then((ok) => setCopied(ok))}
      >
        {copied ? 'Copied' : 'Copy what happened'}
      </button>
    </details>
  );
}
