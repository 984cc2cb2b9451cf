import { describe, expect, it } from 'vitest';
import { DEFAULT_MIX_LIMITS, readMixLimits } from '../../../../main/mix/mix-limits';

describe('limits from the settings file', () => {
  it('defaults to a 32 MB JSON cap and 30 s timeouts', () => {
    expect(readMixLimits(undefined)).toEqual({
      maxJsonBytes: 32 * 1024 * 1024,
      requestTimeoutMs: 30_000,
      renewalAttemptTimeoutMs: 30_000,
    });
    expect(readMixLimits('big')).toEqual(DEFAULT_MIX_LIMITS);
  });

  it('takes numbers, clamps them to sane ranges and ignores anything else', () => {
    expect(readMixLimits({ maxJsonBytes: 1_000_000, requestTimeoutMs: 5_000.4 })).toMatchObject({
      maxJsonBytes: 1_000_000,
      requestTimeoutMs: 5_000,
    });
    expect(readMixLimits({ maxJsonBytes: 1, requestTimeoutMs: 1e12, renewalAttemptTimeoutMs: -3 })).toEqual({
      maxJsonBytes: 64 * 1024,
      requestTimeoutMs: 10 * 60_000,
      renewalAttemptTimeoutMs: 1_000,
    });
    expect(readMixLimits({ maxJsonBytes: '5', requestTimeoutMs: Number.NaN })).toEqual(DEFAULT_MIX_LIMITS);
  });
});
