// The child process of start-up.test.ts: main/index.ts under Node, with the stand-in `electron`.
import { standIn } from './stand-in-electron';

function send(message: unknown): Promise<void> {
  return new Promise((resolve) => {
    if (process.send) process.send(message, () => resolve());
    else resolve();
  });
}

async function run(): Promise<void> {
  // Main reads process.platform for Windows-only calls, menus and deep links; Node's own modules are loaded.
  const platform = process.env.STAND_IN_PLATFORM;
  if (platform) Object.defineProperty(process, 'platform', { value: platform });
  await import('../../../../main/index');
  // main/index.ts has run its module body: what must happen before `ready` has happened by now.
  standIn.becomeReady();
  const scenario = process.env.STAND_IN_SCENARIO ?? 'start';
  if (scenario === 'second-instance') {
    // A second instance quits before `ready` and never starts; let any stray work show itself.
    await new Promise((resolve) => setImmediate(resolve));
  } else {
    await standIn.windowLoaded();
    // Let the start-up's remaining turns (menus are installed before the window; sessions after) settle.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await send({ kind: 'report', report: standIn.report() });
}

run().then(
  () => process.exit(0),
  async (error: unknown) => {
    await send({
      kind: 'error',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    process.exit(1);
  },
);
