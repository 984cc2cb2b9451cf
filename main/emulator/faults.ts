/** Failures the sandbox can inject into /v4 answers, all decided by request counters so runs repeat exactly. */
export interface SandboxFaults {
  /** Delay before every /v4 answer. */
  latencyMs?: number;
  /** Share (0..1) of /v4 requests answered with an error: alternately 503 (code 14) and 500 (code 13). */
  errorRate?: number;
  /** Every Nth /v4 request gets 429 with `Retry-After: 1`. */
  rateLimitEvery?: number;
  /** Every Nth /v4 request has its socket destroyed without an answer. */
  dropEvery?: number;
  /** Every Nth /v4 JSON answer is cut in half (status 200, a Content-Length that matches the cut body). */
  truncateEvery?: number;
  /** Downloads (`.export`, `.download`) are sent at this pace. */
  slowDownloadBytesPerSecond?: number;
}

export type Fault =
  { kind: 'drop' } | { kind: 'rate-limit' } | { kind: 'error'; status: 500 | 503 } | { kind: 'truncate' };

/**
 * Counts /v4 requests (1, 2, 3, ...) and picks at most one fault per request, in this order:
 * drop, rate limit, error, truncate. Errors follow `errorRate` exactly: request n fails when
 * floor(n * rate) grows, so 0.1 fails requests 10, 20, 30...
 */
export class FaultInjector {
  private requests = 0;
  private errors = 0;

  constructor(readonly faults: SandboxFaults) {}

  next(): Fault | undefined {
    const n = ++this.requests;
    const every = (period: number | undefined) => period !== undefined && period > 0 && n % period === 0;
    if (every(this.faults.dropEvery)) return { kind: 'drop' };
    if (every(this.faults.rateLimitEvery)) return { kind: 'rate-limit' };
    const rate = this.faults.errorRate ?? 0;
    if (rate > 0 && Math.floor(n * rate + 1e-9) > Math.floor((n - 1) * rate + 1e-9)) {
      this.errors += 1;
      return { kind: 'error', status: this.errors % 2 === 1 ? 503 : 500 };
    }
    if (every(this.faults.truncateEvery)) return { kind: 'truncate' };
    return undefined;
  }
}

/** Rejects fault settings that would do nothing or crash, with the option's name in the message. */
export function validateFaults(faults: SandboxFaults): void {
  const { errorRate, latencyMs, slowDownloadBytesPerSecond } = faults;
  if (errorRate !== undefined && !(errorRate >= 0 && errorRate <= 1)) {
    throw new Error('faults.errorRate must be a number from 0 to 1');
  }
  if (latencyMs !== undefined && !(Number.isInteger(latencyMs) && latencyMs >= 0)) {
    throw new Error('faults.latencyMs must be a whole number of milliseconds, 0 or more');
  }
  for (const key of ['rateLimitEvery', 'dropEvery', 'truncateEvery'] as const) {
    const value = faults[key];
    if (value !== undefined && !(Number.isInteger(value) && value >= 1)) {
      throw new Error(`faults.${key} must be a whole number, 1 or more`);
    }
  }
  if (
    slowDownloadBytesPerSecond !== undefined &&
    !(Number.isInteger(slowDownloadBytesPerSecond) && slowDownloadBytesPerSecond >= 1)
  ) {
    throw new Error('faults.slowDownloadBytesPerSecond must be a whole number, 1 or more');
  }
}
