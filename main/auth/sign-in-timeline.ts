import type { SignInStep } from '../../common/ipc-contract';
import type { Clock } from '../ports/clock';
import { toPlainText } from './plain-text';

/** A sign-in's steps are few; a page that reloads itself forever must not grow the list without end. */
export const MAX_TIMELINE_STEPS = 60;

/** Host, path and the names of the query parameters: all of a URL a timeline may show. */
export function describeUrl(url: string): Pick<SignInStep, 'host' | 'path' | 'query'> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { host: '(not a URL)' };
  }
  const names = [...new Set(parsed.searchParams.keys())].map((name) => toPlainText(name, 40));
  return {
    host: parsed.host,
    path: toPlainText(parsed.pathname, 120),
    ...(names.length > 0 ? { query: names.slice(0, 20) } : {}),
  };
}

export interface StepDetails {
  status?: number;
  outcome?: string;
  /** When it happened, if not now (a request that went out before its answer was known). */
  at?: number;
}

export interface SignInTimeline {
  /** Records a step; `url` is reduced to host, path and parameter names. */
  add(event: string, url?: string, details?: StepDetails): void;
  steps(): SignInStep[];
}

/** The steps of one sign-in attempt, kept in memory with the attempt. */
export function createSignInTimeline(clock: Clock): SignInTimeline {
  const steps: SignInStep[] = [];
  return {
    add(event, url, details = {}) {
      const step: SignInStep = {
        at: details.at ?? clock.now(),
        event,
        ...(url === undefined ? {} : describeUrl(url)),
        ...(details.status === undefined ? {} : { status: details.status }),
        ...(details.outcome === undefined ? {} : { outcome: toPlainText(details.outcome, 200) }),
      };
      // Keep the first step (where the sign-in began) and the newest ones.
      if (steps.length >= MAX_TIMELINE_STEPS) steps.splice(1, 1);
      // In time order: a step recorded late (a request answered later) goes after those no newer than it.
      let index = steps.length;
      while (index > 0 && (steps[index - 1]?.at ?? 0) > step.at) index -= 1;
      steps.splice(index, 0, step);
    },
    steps: () => steps.map((step) => ({ ...step, ...(step.query ? { query: [...step.query] } : {}) })),
  };
}

/** How many finished attempts "Copy diagnostics" keeps (each at most MAX_TIMELINE_STEPS steps). */
export const RECENT_SIGN_INS = 5;

/** One finished sign-in attempt (interactive or silent) and its steps, for "Copy diagnostics". */
export interface FinishedSignIn {
  profileName: string;
  silent: boolean;
  /** `signed in`, or the problem code that ended it (`token-error`, `cancelled`…): never a server's words. */
  outcome: string;
  steps: SignInStep[];
}

/** The newest finished attempts, oldest first; bounded, in memory only. */
export function createRecentSignIns(max = RECENT_SIGN_INS) {
  const kept: FinishedSignIn[] = [];
  return {
    add(finished: FinishedSignIn): void {
      kept.push(finished);
      if (kept.length > max) kept.splice(0, kept.length - max);
    },
    list: (): FinishedSignIn[] => kept.map((finished) => ({ ...finished, steps: [...finished.steps] })),
  };
}
