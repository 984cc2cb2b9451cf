/**
 * `npm run bench`: the explorer's performance goals, measured side by side in one run and printed as a
 * table. Not tests: a missed goal prints "missed" and still exits 0; only a benchmark that could not run
 * at all makes the exit code non-zero. `--no-build` skips rebuilding a stale out/renderer; `--only=<text>` runs the rows whose name contains it.
 */
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/support/chromium';
import { failedRow, type BenchContext, type BenchReport, type Goal } from './bench-result';
import {
  DEMO_START_GOAL,
  DEMO_START_NAME,
  SERVICE_SIGN_IN_GOAL,
  SERVICE_SIGN_IN_NAME,
  benchDemoAndServiceAccount,
} from './demo-and-service-account';
import { BUNDLE_SIZE_GOAL, BUNDLE_SIZE_NAME, benchBundleSize } from './bundle-size';
import { DEPLOYMENT_MATRIX_GOAL, DEPLOYMENT_MATRIX_NAME, benchDeploymentMatrix } from './deployment-matrix';
import { IPC_OVERHEAD_GOAL, IPC_OVERHEAD_NAME, MAIN_ONLY_NAME, benchIpcOverhead } from './ipc-overhead';
import { ORG_OVERVIEW_GOAL, ORG_OVERVIEW_NAME, benchOrgOverview } from './org-overview';
import {
  FIRST_ROWS_GOAL,
  FIRST_ROWS_NAME,
  ROWS_MOUNTED_GOAL,
  ROWS_MOUNTED_NAME,
  benchProjects20k,
} from './projects-20k';
import { RENDERER_OUT, buildRenderer, rendererStaleness } from './renderer-build';
import {
  PALETTE_20K_GOAL,
  PALETTE_20K_NAME,
  SEARCH_INDEX_GOAL,
  SEARCH_INDEX_NAME,
  benchPalette20k,
  benchSearchIndex,
} from './search-palette';
import { withPageFunctionsFromTsx } from './page-functions';
import { printReport } from './table';
import { VIEW_REVISIT_GOAL, VIEW_REVISIT_NAME, benchViewRevisit } from './view-revisit';

interface Benchmark {
  /** Row names and goals, so a benchmark that throws still gets its rows (as failed). */
  rows: readonly { name: string; goal: Goal }[];
  run(context: BenchContext): Promise<BenchReport>;
}

const BENCHMARKS: readonly Benchmark[] = [
  { rows: [{ name: ORG_OVERVIEW_NAME, goal: ORG_OVERVIEW_GOAL }], run: () => benchOrgOverview() },
  {
    rows: [
      { name: IPC_OVERHEAD_NAME, goal: IPC_OVERHEAD_GOAL },
      { name: MAIN_ONLY_NAME, goal: IPC_OVERHEAD_GOAL },
    ],
    run: benchIpcOverhead,
  },
  { rows: [{ name: BUNDLE_SIZE_NAME, goal: BUNDLE_SIZE_GOAL }], run: benchBundleSize },
  { rows: [{ name: VIEW_REVISIT_NAME, goal: VIEW_REVISIT_GOAL }], run: benchViewRevisit },
  {
    rows: [
      { name: FIRST_ROWS_NAME, goal: FIRST_ROWS_GOAL },
      { name: ROWS_MOUNTED_NAME, goal: ROWS_MOUNTED_GOAL },
    ],
    run: benchProjects20k,
  },
  {
    rows: [{ name: PALETTE_20K_NAME, goal: PALETTE_20K_GOAL }],
    run: () => Promise.resolve(benchPalette20k()),
  },
  { rows: [{ name: SEARCH_INDEX_NAME, goal: SEARCH_INDEX_GOAL }], run: () => benchSearchIndex() },
  { rows: [{ name: DEPLOYMENT_MATRIX_NAME, goal: DEPLOYMENT_MATRIX_GOAL }], run: benchDeploymentMatrix },
  {
    rows: [
      { name: DEMO_START_NAME, goal: DEMO_START_GOAL },
      { name: SERVICE_SIGN_IN_NAME, goal: SERVICE_SIGN_IN_GOAL },
    ],
    run: () => benchDemoAndServiceAccount(),
  },
];

async function main(): Promise<number> {
  const started = performance.now();
  let rendererStale = rendererStaleness();
  if (rendererStale && !process.argv.includes('--no-build')) {
    console.log(`${rendererStale}: building it (electron-vite build)…`);
    rendererStale = buildRenderer()
      ? rendererStaleness()
      : 'the build failed; measuring the old out/renderer';
  }

  let browser: Promise<Browser> | undefined;
  const context: BenchContext = {
    rendererDir: RENDERER_OUT,
    ...(rendererStale ? { rendererStale } : {}),
    browser: () =>
      (browser ??= chromium
        .launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS })
        .then(withPageFunctionsFromTsx)),
  };

  // `--only=<text>`: just the benchmarks with a row whose name contains the text.
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const chosen = only
    ? BENCHMARKS.filter((benchmark) => benchmark.rows.some((row) => row.name.includes(only)))
    : BENCHMARKS;
  const report: BenchReport = { rows: [], notes: [] };
  try {
    for (const benchmark of chosen) {
      const label = benchmark.rows.map((row) => row.name).join(', ');
      process.stdout.write(`running: ${label}… `);
      const at = performance.now();
      try {
        const result = await benchmark.run(context);
        report.rows.push(...result.rows);
        report.notes.push(...result.notes);
      } catch (error) {
        report.rows.push(...benchmark.rows.map((row) => failedRow(row.name, row.goal, error)));
      }
      console.log(`${((performance.now() - at) / 1000).toFixed(1)} s`);
    }
  } finally {
    if (browser) await (await browser).close();
  }

  printReport(report);
  console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return report.rows.some((row) => row.outcome === 'failed') ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
