// `npm run audit:security`: Electronegativity (Doyensec's Electron security linter) over the app's sources,
// offline. Fails (exit 1) on any finding of severity MEDIUM or higher that the committed allow-list does not
// excuse with a reason (each entry pinned to the exact line of code it excuses), on an invalid allow-list, on a source file the tool could not parse, or on a time-out.
//
// Usage: node scripts/audit-security.mjs [--input DIR] [--allowlist FILE] [--timeout SECONDS]
//   --input      scan DIR as it is (default: a staged copy of main/, preload/, renderer/, common/ and package.json)
//   --allowlist  default: .electronegativity-allowlist.json
//
// Offline by construction: Electronegativity fetches translations and Electron's release list with `got`;
// its `got` is replaced by a stub that fails at once, and the release check (AvailableSecurityFixesGlobalCheck,
// which only says whether a newer Electron exists) is excluded.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHIPPED_SOURCES = ['main', 'preload', 'renderer', 'common'];
const SOURCE_FILE = /\.(ts|tsx|js|mjs|cjs|html)$/;
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const FAIL_AT = 2; // Electronegativity severities: 0 INFORMATIONAL, 1 LOW, 2 MEDIUM, 3 HIGH

function argument(name) {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

/** The shipped sources only: tests, the sandbox, scripts and build output are not the app. */
function stageSources() {
  const staged = join(projectDir, '.cache', 'electronegativity', 'input');
  rmSync(staged, { recursive: true, force: true });
  mkdirSync(staged, { recursive: true });
  for (const folder of SHIPPED_SOURCES) {
    if (!existsSync(join(projectDir, folder))) continue;
    cpSync(join(projectDir, folder), join(staged, folder), {
      recursive: true,
      filter: (source) =>
        !source.includes('node_modules') && (!/\.[a-z]+$/.test(source) || SOURCE_FILE.test(source)),
    });
  }
  // package.json (and the lock) tell Electronegativity the Electron version and hold the npm scripts it checks.
  for (const file of ['package.json', 'package-lock.json']) {
    if (existsSync(join(projectDir, file))) cpSync(join(projectDir, file), join(staged, file));
  }
  return staged;
}

export function readAllowList(file) {
  const problems = [];
  if (!existsSync(file)) return { entries: [], problems };
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { entries: [], problems: [`${file} is not valid JSON: ${error.message}`] };
  }
  const entries = Array.isArray(parsed?.allowed) ? parsed.allowed : undefined;
  if (!entries) return { entries: [], problems: [`${file} needs an "allowed" array`] };
  entries.forEach((entry, i) => {
    // `code`: the exact source line (trimmed) the entry excuses, so a new finding in the same file fails.
    for (const key of ['check', 'file', 'code', 'reason']) {
      if (typeof entry?.[key] !== 'string' || entry[key].trim() === '') {
        problems.push(`allow-list entry ${i + 1} needs a non-empty "${key}"`);
      }
    }
  });
  return { entries: problems.length === 0 ? entries : [], problems };
}

/** Loads Electronegativity's runner with every `got` it uses replaced by an offline stub. */
function loadOfflineRunner() {
  const requireFromProject = createRequire(join(projectDir, 'package.json'));
  const engDir = dirname(requireFromProject.resolve('@doyensec/electronegativity/package.json'));
  const attempts = [];
  const offline = (url) => {
    attempts.push(String(url));
    return Promise.reject(new Error('network access is disabled for the security audit'));
  };
  offline.head = offline;
  const users = [
    'dist/locales/i18n.js',
    'dist/finder/checks/GlobalChecks/AvailableSecurityFixesGlobalCheck.js',
  ];
  for (const user of users) {
    const gotPath = createRequire(join(engDir, user)).resolve('got');
    requireFromProject.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
  }
  return { run: requireFromProject(join(engDir, 'dist', 'runner.js')), attempts };
}

async function scan(input, timeoutSeconds) {
  const { run, attempts } = loadOfflineRunner();
  // The runner prints "Could not retrieve updated translations" when the stub refuses: expected, so hidden.
  const log = console.log;
  console.log = (...args) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  let timer;
  try {
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`timed out after ${timeoutSeconds} s`)),
        timeoutSeconds * 1000,
      );
    });
    const result = await Promise.race([
      run({ input, isRelative: true, excludeFromScan: NETWORK_CHECKS }),
      timeout,
    ]);
    return { ...result, networkAttempts: attempts };
  } finally {
    clearTimeout(timer);
    console.log = log;
  }
}

const normalise = (file) => file.split('\\').join('/');

/** The trimmed text of a line (1-based) of a scanned file, or undefined when it cannot be read. */
export function sourceLineReader(input) {
  const cache = new Map();
  return (file, line) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(join(input, file), 'utf8').split(/\r?\n/));
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file)?.[line - 1]?.trim();
  };
}

/**
 * Marks each finding FAIL, allowed or info. An allow-list entry excuses a finding of its check, in its file,
 * on a line whose code is exactly the entry's `code`: anything added later, even in the same file, fails.
 */
export function judge(issues, allowList, lineAt = () => undefined) {
  const used = new Set();
  const findings = issues
    .map((issue) => {
      const file = normalise(issue.file);
      const blocking = issue.severity.value >= FAIL_AT;
      const code = issue.location?.line === undefined ? undefined : lineAt(file, issue.location.line);
      const allowedBy = blocking
        ? allowList.findIndex(
            (entry) =>
              entry.check === issue.id &&
              normalise(entry.file) === file &&
              code !== undefined &&
              entry.code.trim() === code,
          )
        : -1;
      if (allowedBy >= 0) used.add(allowedBy);
      const status = !blocking ? 'info' : allowedBy >= 0 ? 'allowed' : 'FAIL';
      return { ...issue, file, status, reason: allowedBy >= 0 ? allowList[allowedBy].reason : undefined };
    })
    .sort(
      (a, b) =>
        b.severity.value - a.severity.value ||
        a.file.localeCompare(b.file) ||
        (a.location?.line ?? 0) - (b.location?.line ?? 0),
    );
  const unused = allowList.filter((_, i) => !used.has(i));
  return { findings, unused };
}

function printTable(findings) {
  const rows = findings.map((f) => [
    f.status,
    `${f.severity.name}/${f.confidence.name}`,
    f.id,
    `${f.file}:${f.location?.line ?? '?'}`,
    f.status === 'allowed' ? `allowed: ${f.reason}` : f.description,
  ]);
  const head = ['status', 'severity/confidence', 'check', 'where', 'note'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}

async function main() {
  const allowListFile = resolve(
    argument('--allowlist') ?? join(projectDir, '.electronegativity-allowlist.json'),
  );
  const input = argument('--input') ? resolve(argument('--input')) : stageSources();
  const timeoutSeconds = Number(argument('--timeout') ?? 120);

  const { entries, problems } = readAllowList(allowListFile);
  for (const problem of problems) console.error(`allow-list: ${problem}`);

  const result = await scan(input, timeoutSeconds);
  const { findings, unused } = judge(result.issues, entries, sourceLineReader(input));
  const parseFailures = result.errors.filter((e) => !e.tolerable);

  console.log(
    `Electronegativity: ${result.globalChecks + result.atomicChecks} checks over ${relative(projectDir, input) || '.'}` +
      ` (offline; skipped: ${NETWORK_CHECKS.join(', ')})`,
  );
  if (findings.length > 0) printTable(findings);
  else console.log('no findings');
  for (const failure of parseFailures) {
    console.error(`not audited, could not parse ${failure.file}: ${failure.message}`);
  }
  for (const entry of unused) {
    console.warn(
      `allow-list entry no longer matches anything (remove it, or pin it to the code as it is now): ${entry.check} ${entry.file}: ${entry.code}`,
    );
  }

  const failing = findings.filter((f) => f.status === 'FAIL');
  const allowed = findings.filter((f) => f.status === 'allowed');
  console.log(
    `security audit: ${failing.length} failing, ${allowed.length} allowed, ` +
      `${findings.length - failing.length - allowed.length} below MEDIUM`,
  );
  if (failing.length > 0) {
    console.error(
      'Fix each failing finding, or add {check, file, code, reason} to the allow-list if it is a false positive (code: the exact line).',
    );
  }
  return failing.length === 0 && problems.length === 0 && parseFailures.length === 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main()
    .then((ok) => process.exit(ok ? 0 : 1))
    .catch((error) => {
      console.error('security audit could not run:', error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
