import axios from 'axios';
import { createAuthRateLimiter } from '../../main/auth/auth-rate-limiter';
import { createAuthorizer } from '../../main/auth/authorizer';
import { demoProfileDraft } from '../../main/demo/demo-mode';
import { startBuiltInEmulator } from '../../main/demo/start-emulator';
import { systemClock } from '../../main/ports/clock';
import type { SignInSurface } from '../../main/ports/sign-in-surface';
import { iqr, judged, ms, type BenchReport, type Goal } from './bench-result';
import { summarize } from './stats';

export const DEMO_START_NAME = 'demo: emulator first start (lazy import + listen)';
export const DEMO_START_GOAL: Goal = { limit: 1500, unit: 'ms' };
export const SERVICE_SIGN_IN_NAME = 'service account: sign-in (client credentials)';
export const SERVICE_SIGN_IN_GOAL: Goal = { limit: 100, unit: 'ms' };

const ROUNDS = 30;

/** A sign-in window that must never open: a service account signs in without a browser. */
const noWindow: SignInSurface = {
  open() {
    throw new Error('a service-account sign-in opened a window');
  },
} as unknown as SignInSurface;

/**
 * What "Try the Demo" costs before the profile signs in (the emulator's code is imported on first use, then
 * it listens on 127.0.0.1), and one service-account sign-in through main's real authorizer and token
 * client: one token request, no browser.
 */
export async function benchDemoAndServiceAccount(): Promise<BenchReport> {
  const started = performance.now();
  const emulator = await startBuiltInEmulator();
  const firstStart = performance.now() - started;
  try {
    const { clientSecret, ...settings } = demoProfileDraft(emulator.url);
    const profile = { ...settings, id: 'bench-demo', hasClientSecret: true };
    const authorizer = createAuthorizer({
      surface: noWindow,
      browser: { open: async () => undefined },
      http: (
        (instance) => () =>
          instance
      )(axios.create()),
      clock: systemClock,
      // Measured without the app's 8-a-minute care for the authorization host (it would hold rounds back).
      limiter: createAuthRateLimiter({ clock: systemClock, perMinute: 1_000_000 }),
    });
    const signIn = async () => {
      const at = performance.now();
      await authorizer.begin(profile, clientSecret ?? undefined, {
        mode: 'embedded',
        partition: 'bench',
        silent: false,
      }).result;
      return performance.now() - at;
    };
    for (let warm = 0; warm < 3; warm += 1) await signIn();
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) times.push(await signIn());
    const summary = summarize(times);
    return {
      rows: [
        {
          name: DEMO_START_NAME,
          measured: `${ms(firstStart)} ms`,
          spread: 'n=1 (first start in this process)',
          goal: DEMO_START_GOAL,
          outcome: judged(firstStart, DEMO_START_GOAL),
        },
        {
          name: SERVICE_SIGN_IN_NAME,
          measured: `${ms(summary.median)} ms`,
          spread: `${iqr(summary, ms)}, n=${summary.n}`,
          goal: SERVICE_SIGN_IN_GOAL,
          outcome: judged(summary.median, SERVICE_SIGN_IN_GOAL),
        },
      ],
      notes: [
        `demo: startBuiltInEmulator() the first time in this process (imports main/emulator, seeds, listens on ${new URL(emulator.url).host}).`,
        `service account: authorizer.begin() for the Demo profile (kind service-account) against the emulator, ${ROUNDS} rounds after 3 warm-up, no rate limiter.`,
      ],
    };
  } finally {
    await emulator.close();
  }
}
