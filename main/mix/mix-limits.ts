import { isRecord } from '../../common/tolerant-reader';

/**
 * How much a server may make the app wait for or hold. Defaults suit Mix; the settings file may change
 * them (`"limits": { … }`, clamped to the ranges below), e.g. smaller caps for a test.
 */
export interface MixLimits {
  /** A JSON answer larger than this (as received, after decompression) is refused before parsing. */
  maxJsonBytes: number;
  /** Time for an answer: a JSON read's whole answer; a download's headers, then its progress. */
  requestTimeoutMs: number;
  /** One session renewal attempt (refresh grant, or silent sign-in and code exchange). */
  renewalAttemptTimeoutMs: number;
}

export const DEFAULT_MIX_LIMITS: MixLimits = {
  maxJsonBytes: 32 * 1024 * 1024,
  requestTimeoutMs: 30_000,
  renewalAttemptTimeoutMs: 30_000,
};

const RANGES: Record<keyof MixLimits, [number, number]> = {
  maxJsonBytes: [64 * 1024, 1024 * 1024 * 1024],
  requestTimeoutMs: [1_000, 10 * 60_000],
  renewalAttemptTimeoutMs: [1_000, 5 * 60_000],
};

/** Key of the settings file that may hold limits. */
export const LIMITS_KEY = 'limits';

/** The limits a settings value asks for: numbers within range are taken, others clamped, junk ignored. */
export function readMixLimits(value: unknown): MixLimits {
  const limits = { ...DEFAULT_MIX_LIMITS };
  if (!isRecord(value)) return limits;
  for (const key of Object.keys(RANGES) as (keyof MixLimits)[]) {
    const given = value[key];
    if (typeof given !== 'number' || !Number.isFinite(given)) continue;
    const [low, high] = RANGES[key];
    limits[key] = Math.min(Math.max(Math.round(given), low), high);
  }
  return limits;
}
