import { timingSafeEqual } from 'node:crypto';

/** Constant-time comparison, so the sandbox does not teach clients to rely on timing-leaky servers. */
export function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
