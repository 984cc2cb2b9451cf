/**
 * Statistics for benchmarks on a shared, noisy machine: compared variants run interleaved (so a burst of
 * load hits both), results are medians (robust to one slow outlier) and the spread is always printed.
 */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** 25th and 75th percentiles. */
  q1: number;
  q3: number;
  n: number;
}

/** Linear-interpolated percentile (p in 0..1) of unsorted values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const lowValue = sorted[low] ?? NaN;
  const highValue = sorted[high] ?? NaN;
  return lowValue + (highValue - lowValue) * (at - low);
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}

export function summarize(values: readonly number[]): Summary {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    q1: percentile(values, 0.25),
    q3: percentile(values, 0.75),
    n: values.length,
  };
}

/** One sample of a variant: it times itself (in a page, or in Node) and returns milliseconds. */
export type Timed = () => Promise<number>;

export interface InterleaveOptions {
  /** Rounds run and thrown away first: JIT, connection pools, caches. */
  warmup: number;
  rounds: number;
}

/**
 * Runs each variant once per round, in turns. The order alternates round by round (A B, B A, A B, ...),
 * so neither variant always runs right after the other's garbage.
 */
export async function interleave<K extends string>(
  variants: Readonly<Record<K, Timed>>,
  options: InterleaveOptions,
): Promise<Record<K, number[]>> {
  const keys = Object.keys(variants) as K[];
  const samples = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < options.warmup + options.rounds; round += 1) {
    const order = round % 2 === 0 ? keys : [...keys].reverse();
    for (const key of order) {
      const ms = await variants[key]();
      if (round >= options.warmup) samples[key].push(ms);
    }
  }
  return samples;
}

/**
 * Ratio of two interleaved variants: the median of the per-round ratios (round i of A over round i of B, run
 * back to back, so a burst of load on the shared machine mostly cancels out), with their quartiles.
 */
export interface RatioSummary {
  /** Median of the per-round ratios. */
  ratio: number;
  numerator: Summary;
  denominator: Summary;
  perRound: Summary;
}

export function ratioOf(numerator: readonly number[], denominator: readonly number[]): RatioSummary {
  const perRound = numerator.map((value, index) => value / (denominator[index] ?? NaN));
  const top = summarize(numerator);
  const bottom = summarize(denominator);
  return {
    ratio: top.median / bottom.median,
    numerator: top,
    denominator: bottom,
    perRound: summarize(perRound),
  };
}
