import type { Problem, ProblemCode } from '../common/ipc-contract';

/** An error that carries a Problem already phrased for the user. Services throw it; IPC returns its problem. */
export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.message);
    this.name = 'ProblemError';
    this.problem = problem;
  }
}

export function problem(
  code: ProblemCode,
  message: string,
  extra: Omit<Problem, 'code' | 'message'> = {},
): ProblemError {
  return new ProblemError({ code, message, ...extra });
}

/** Turns anything thrown into a Problem without leaking internals (stack traces stay out of the UI). */
export function toProblem(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  return { code: 'internal', message: 'Something went wrong inside Mix Explorer. Please try again.' };
}
