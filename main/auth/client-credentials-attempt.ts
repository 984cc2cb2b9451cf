import type { Profile } from '../../common/ipc-contract';
import type { Clock } from '../ports/clock';
import { problem, ProblemError, toProblem } from '../problem';
import type { AuthorizationAttempt } from '../session/session-deps';
import { tokenEndpoint } from './endpoints';
import { createSignInTimeline, type FinishedSignIn } from './sign-in-timeline';
import type { TokenClient } from './token-client';
import type { TokenSet } from './token-set';

export interface ClientCredentialsContext {
  profile: Profile;
  clientSecret: string | undefined;
  tokens: TokenClient;
  clock: Clock;
  /** A renewal rather than the user's click: said in "Copy diagnostics". */
  silent: boolean;
  onFinished?: (finished: FinishedSignIn) => void;
}

const cancelled = () => problem('cancelled', 'Sign-in was cancelled.');

/** Without its secret a service account cannot ask for a token: said before anything is sent. */
function missingSecret(): ProblemError {
  return problem(
    'invalid-input',
    'This service account has no client secret. Add the secret of its service credentials in the profile settings.',
    { actions: ['open-settings'] },
  );
}

/**
 * A service account's sign-in (and each of its renewals): one client-credentials token request, no browser.
 * It settles once; cancelling abandons the request. A failure carries "What happened" like a browser sign-in.
 */
export function startClientCredentialsAttempt(context: ClientCredentialsContext): AuthorizationAttempt {
  const { profile, clientSecret, clock } = context;
  const timeline = createSignInTimeline(clock);
  const controller = new AbortController();
  const endpoint = tokenEndpoint(profile);
  let finished: FinishedSignIn | undefined;

  const report = (outcome: string) => {
    if (!context.onFinished) return;
    try {
      finished = { profileName: profile.name, silent: context.silent, outcome, steps: timeline.steps() };
      context.onFinished(finished);
    } catch {
      // Keeping diagnostics must never change how a sign-in ends.
    }
  };

  const run = async (): Promise<TokenSet> => {
    if (clientSecret === undefined || clientSecret === '') throw missingSecret();
    timeline.add('token request', endpoint, { outcome: 'client credentials sent' });
    let tokens: TokenSet;
    try {
      tokens = await context.tokens.clientCredentials(profile, clientSecret, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) throw cancelled();
      const { status, code } = toProblem(error);
      timeline.add('token request', endpoint, {
        ...(status === undefined ? {} : { status }),
        outcome: `refused (${code})`,
      });
      throw error;
    }
    if (controller.signal.aborted) throw cancelled();
    timeline.add('token request', endpoint, { outcome: 'token received' });
    return tokens;
  };

  const result = run().then(
    (tokens) => {
      timeline.add('signed in');
      report('signed in');
      return tokens;
    },
    (error: unknown) => {
      const failure = error instanceof ProblemError ? error : new ProblemError(toProblem(error));
      if (failure.problem.code === 'cancelled') {
        report('cancelled');
        throw failure;
      }
      // The code, not the message: a message may quote what a server said.
      timeline.add('failed', undefined, { outcome: failure.problem.code });
      report(failure.problem.code);
      throw new ProblemError({ ...failure.problem, timeline: timeline.steps() });
    },
  );

  return {
    result,
    // No window to bring forward.
    focus: () => undefined,
    cancel: () => controller.abort(),
    note(event, url, details) {
      timeline.add(event, url, details);
      if (finished) finished.steps = timeline.steps();
    },
  };
}
