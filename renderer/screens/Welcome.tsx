import { DEFAULT_REDIRECT_URL } from '../../common/mix-systems';
import './Welcome.css';

interface WelcomeProps {
  demo: boolean;
  onAddProfile: () => void;
}

/** First run: what the app is, what the user needs from Mix, and one way forward. */
export function Welcome({ demo, onAddProfile }: WelcomeProps) {
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
      <h2>What you need</h2>
      <ol className="steps">
        <li>
          <strong>A Mix client ID and secret.</strong> In the Mix dashboard, open your name → <em>Profile</em>{' '}
          → <em>Generate Client Secret</em>.
        </li>
        <li>
          <strong>A registered redirect URL.</strong> On the same page, add a redirect URL such as{' '}
          <code>{DEFAULT_REDIRECT_URL}</code> to the <em>Redirect URLs</em> field. It must match the profile
          exactly.
        </li>
        <li>
          <strong>Your Mix system</strong> (US, EU, UK or Australia), or the addresses of a custom one.
        </li>
      </ol>
      <button type="button" className="button button-primary button-large" onClick={onAddProfile}>
        Add a Mix profile
      </button>
    </section>
  );
}
