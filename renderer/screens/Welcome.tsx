import { useState } from 'react';
import type { Problem, ProfilesState, Result } from '../../common/ipc-contract';
import { DEFAULT_REDIRECT_URL } from '../../common/mix-systems';
import { ProblemView } from '../ui/ProblemView';
import './Welcome.css';

/**
 * The Mix dashboard's Profile page (US), where client IDs and secrets are generated. Opened in the user's
 * browser through main's documentation allow-list. The exact route is UNCERTAIN (mix-api.md knows the
 * dashboard at /v3/ and the page as "your name → Profile"); an unknown route lands on the dashboard.
 */
export const MIX_PROFILE_PAGE = 'https://mix.nuance.com/v3/#/profile';

interface WelcomeProps {
  demo: boolean;
  onAddProfile: () => void;
  /** Starts the in-app Demo: the built-in Mix emulator with made-up data, signed in. */
  onStartDemo: () => Promise<Result<ProfilesState>>;
}

/** First run: what the app is, where a client ID comes from, and two ways forward: a profile, or the Demo. */
export function Welcome({ demo, onAddProfile, onStartDemo }: WelcomeProps) {
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  async function startDemo() {
    if (starting) return;
    setStarting(true);
    setProblem(null);
    const result = await onStartDemo();
    setStarting(false);
    if (!result.ok) setProblem(result.problem);
  }

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title">Welcome to Mix Explorer</h1>
      <p className="lead">
        Sign in to Nuance Mix and browse your organizations, projects, applications and deployments from one
        fast desktop window. Your client secret and tokens stay on this computer.
      </p>
      {demo && (
        <p className="callout">
          Demo mode: Mix Explorer runs against the local Mix sandbox, not a real Mix system.
        </p>
      )}
      <div className="welcome-paths">
        <section className="welcome-path" aria-labelledby="welcome-own">
          <h2 id="welcome-own">Use your Mix account</h2>
          <p>
            Mix Explorer signs in with a <strong>client ID and secret</strong> that you create yourself in the
            Mix dashboard: open your name (top right) → <em>Profile</em> → <em>Generate Client Secret</em>.
            The same page lists the client ID.
          </p>
          <ol className="steps">
            <li>
              On that page, add a redirect URL such as <code>{DEFAULT_REDIRECT_URL}</code> to{' '}
              <em>Redirect URLs</em>. It must match the profile exactly.
            </li>
            <li>
              Know your Mix system (US, EU, UK or Australia), or the addresses of a custom one. Service
              credentials (no login page, for shared or automated access) work too: choose the kind “Service
              account”.
            </li>
          </ol>
          <div className="welcome-actions">
            <button type="button" className="button button-primary button-large" onClick={onAddProfile}>
              Add a Mix profile
            </button>
            <a className="button" href={MIX_PROFILE_PAGE} target="_blank" rel="noreferrer">
              Open the Mix dashboard’s Profile page
            </a>
          </div>
        </section>
        <section className="welcome-path" aria-labelledby="welcome-demo">
          <h2 id="welcome-demo">No credentials yet?</h2>
          <p>
            Try the Demo: Mix Explorer starts its built-in Mix emulator on this computer only and signs in to
            it. Everything you see there is made up. Sign out to end the Demo.
          </p>
          <button
            type="button"
            className="button button-large"
            onClick={() => void startDemo()}
            disabled={starting}
          >
            {starting ? 'Starting the Demo…' : 'Try the Demo'}
          </button>
          {starting && (
            <p className="muted" role="status">
              Starting the Mix emulator…
            </p>
          )}
          {problem && <ProblemView problem={problem} onDismiss={() => setProblem(null)} />}
        </section>
      </div>
    </section>
  );
}
