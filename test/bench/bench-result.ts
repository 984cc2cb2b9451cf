import type { Browser } from '@playwright/test';
import type { RatioSummary, Summary } from './stats';

/** `failed`: the benchmark could not run (the exit code says so); `not measured`: a known precondition is missing. */
export type Outcome = 'met' | 'missed' | 'not measured' | 'failed';

/** Every goal here is an upper bound. */
export interface Goal {
  limit: number;
  unit?: 'ms' | 'KB' | 'rows';
}

export interface BenchRow {
  name: string;
  measured: string;
  spread: string;
  goal: Goal;
  outcome: Outcome;
  /** Why a row was not measured or failed. */
  reason?: string;
}

export interface BenchReport {
  rows: BenchRow[];
  /** What was measured and how (bytes, sizes, rounds), printed under the table. */
  notes: string[];
}

export interface BenchContext {
  /** One Chromium for every benchmark that needs a page; launched on first use. */
  browser(): Promise<Browser>;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** Why the built renderer cannot be trusted to match the sources, if it cannot. */
  rendererStale?: string;
}

export function goalText(goal: Goal): string {
  return `≤ ${goal.limit}${goal.unit ? ` ${goal.unit}` : ''}`;
}

export function judged(value: number, goal: Goal): Outcome {
  return value <= goal.limit ? 'met' : 'missed';
}

export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** "IQR a–b" of a summary, with the given formatter. */
export function iqr(summary: Summary, format: (value: number) => string): string {
  return `IQR ${format(summary.q1)}–${format(summary.q3)}`;
}

/** A ratio row: measured is "ratio (median A/median B ms)", spread the quartiles of the per-round ratios. */
export function ratioRow(name: string, summary: RatioSummary, goal: Goal): BenchRow {
  return {
    name,
    measured: `${summary.ratio.toFixed(2)} (${ms(summary.numerator.median)}/${ms(summary.denominator.median)} ms)`,
    spread: `${iqr(summary.perRound, (value) => value.toFixed(2))}, n=${summary.perRound.n}`,
    goal,
    outcome: judged(summary.ratio, goal),
  };
}

export function notMeasured(name: string, goal: Goal, reason: string): BenchRow {
  return { name, measured: '–', spread: '–', goal, outcome: 'not measured', reason };
}

export function failedRow(name: string, goal: Goal, error: unknown): BenchRow {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { name, measured: '–', spread: '–', goal, outcome: 'failed', reason };
}
