import { problem, type ProblemError } from '../problem';

export function notSignedIn(): ProblemError {
  return problem('not-signed-in', 'You are not signed in to this Mix system. Sign in first.', {
    actions: ['sign-in'],
  });
}

/** @param detail why renewal failed, already phrased for a person (never a token). */
export function sessionExpired(detail?: string): ProblemError {
  return problem('session-expired', 'Your Mix session has expired. Please sign in again.', {
    actions: ['sign-in'],
    ...(detail ? { detail } : {}),
  });
}

export function unknownProfile(): ProblemError {
  return problem('not-found', 'This profile no longer exists.', { actions: ['open-settings'] });
}

export function signInCancelled(): ProblemError {
  return problem('cancelled', 'Sign-in was cancelled.');
}
