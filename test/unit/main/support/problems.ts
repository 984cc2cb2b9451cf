import type { Problem } from '../../../../common/ipc-contract';
import { ProblemError } from '../../../../main/problem';

// The Problem a failure carries, for tests asserting what the user is told. Anything else fails the test:
// a success, or an error that is not a ProblemError (rethrown, so its own message shows).

/** The Problem the promise rejects with. */
export async function problemOf(promise: Promise<unknown>): Promise<Problem> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason,
  );
  if (error instanceof ProblemError) return error.problem;
  throw error;
}

/** The Problem the call throws. */
export function problemThrownBy(run: () => unknown): Problem {
  try {
    run();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected a ProblemError');
}
