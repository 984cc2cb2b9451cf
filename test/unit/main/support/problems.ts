import type { Problem } from '../../../../common/ipc-contract';
import { ProblemError } from '../../../../main/problem';

// The Problem a failure carries, for tests asserting what the user is told. Anything else fails the test:
// a success, or an error that is not a ProblemError.

/** The ProblemError the promise rejects with. */
export async function rejection(promise: Promise<unknown>): Promise<ProblemError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ProblemError)) throw new Error(`Expected a ProblemError, got ${String(error)}`);
  return error;
}

/** The Problem the promise rejects with. */
export async function problemOf(promise: Promise<unknown>): Promise<Problem> {
  return (await rejection(promise)).problem;
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
