/** Shown when preload did not expose the bridge: nothing else can work, so say so plainly. */
import './MissingBridge.css';
export function MissingBridge() {
  return (
    <main className="fatal" aria-labelledby="fatal-title">
      <h1 id="fatal-title">Mix Explorer could not start</h1>
      <p role="alert">
        The connection between this window and the rest of the app is missing (the preload script did not
        run).
      </p>
      <p className="muted">
        Quit Mix Explorer and open it again. If this keeps happening, reinstall the app.
      </p>
    </main>
  );
}
