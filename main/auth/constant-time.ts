import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares two strings without leaking, through timing, how much of a guess was right. */
export function constantTimeEqual(a: string, b: string): boolean {
  // Hashing first gives equal-length inputs, which timingSafeEqual requires, and hides the length too.
  const digestA = createHash('sha256').update(a, 'utf8').digest();
  const digestB = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(digestA, digestB);
}
