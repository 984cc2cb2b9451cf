import { useEffect, useRef } from 'react';
import type { SettingsCheck, SettingsTestResult } from '../../../common/ipc-contract';
import './SettingsTestView.css';

const OUTCOME_WORDS: Record<SettingsCheck['outcome'], string> = {
  pass: 'Passed',
  fail: 'Failed',
  skipped: 'Skipped',
};

interface SettingsTestViewProps {
  result: SettingsTestResult;
}

/** The lines of "Test these settings", one per check, as main phrased them. */
export function SettingsTestView({ result }: SettingsTestViewProps) {
  const failed = result.checks.filter((check) => check.outcome === 'fail').length;
  const section = useRef<HTMLElement>(null);
  // The results arrive under the form's buttons, often below the fold: bring them into view.
  useEffect(() => {
    section.current?.scrollIntoView?.({ block: 'nearest' });
  }, [result]);
  return (
    <section ref={section} className="settings-test" aria-label="Test results">
      <p className="settings-test-summary" role="status">
        {failed === 0 ? 'No check failed.' : `${failed} check${failed === 1 ? '' : 's'} failed.`}
      </p>
      <ul className="settings-test-checks">
        {result.checks.map((check) => (
          <li
            key={check.id}
            className={`settings-check settings-check-${check.outcome}`}
            data-check={check.id}
          >
            <span className="settings-check-outcome">{OUTCOME_WORDS[check.outcome]}</span>
            <span className="settings-check-text">
              <strong>{check.label}</strong>
              <span className="settings-check-detail">{check.detail}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
