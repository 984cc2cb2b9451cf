import type { Problem } from '../../common/ipc-contract';
import { problem, type ProblemError } from '../problem';

export function notSignedIn(): ProblemError {
  return problem('not-signed-in', 'You are not signed in to this Mix system. Sign in first.', {
    actions: ['sign-in'],
  });
}

/**
 * @param detail why renewal failed, already phrased for a person (never a token).
 * @param cause the renewal's own failure: a silent renewal's "What happened" and diagnosis stay with it.
 */
export function sessionExpired(
  detail?: string,
  cause?: Pick<Problem, 'timeline' | 'diagnosis'>,
): ProblemError {
  return problem('session-expired', 'Your Mix session has expired. Please sign in again.', {
    actions: ['sign-in'],
    ...(detail ? { detail } : {}),
    ...(cause?.timeline && cause.timeline.length > 0 ? { timeline: cause.timeline } : {}),
    ...(cause?.diagnosis ? { diagnosis: cause.diagnosis } : {}),
  });
}

export function unknownProfile(): ProblemError {
  return problem('not-found', 'This profile no longer exists.', { actions: ['open-settings'] });
}

export function signInCancelled(): ProblemError {
  return problem('cancelled', 'Sign-in was cancelled.');
}
