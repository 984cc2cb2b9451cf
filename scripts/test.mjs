// `npm test`: builds the app, runs every test runner, and ends with one plain line summed over all runners,
// `N passed, N failed, N skipped` (CI reads that line, not Vitest's or Playwright's own summaries).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const reports = 'reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const built = run('build (electron-vite)', bin('electron-vite'), ['build']);
run('unit and integration tests (Vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reports}/vitest.json`,
]);
if (built) {
  run('browser tests (Playwright + Chromium)', bin('playwright'), ['test'], {
    CI: '1',
    PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json`,
  });
}

let passed = 0;
let failed = built ? 0 : 1;
let skipped = 0;

const vitest = readJson(join(reports, 'vitest.json'));
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  // A test file that failed without a failed test (it did not load, or a hook threw) counts once.
  for (const file of vitest.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) failed += 1;
  }
  if (!vitest.success && failed === 0) failed += 1;
} else {
  console.error('Vitest wrote no report.');
  failed += 1;
}

const playwright = existsSync(join(reports, 'playwright.json'))
  ? readJson(join(reports, 'playwright.json'))
  : undefined;
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected ?? 0;
  skipped += playwright.stats.skipped ?? 0;
  if ((playwright.errors ?? []).length > 0) failed += playwright.errors.length;
} else if (built) {
  console.error('Playwright wrote no report.');
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
