// scripts/audit-security.mjs on small fixture apps: it must fail on an unexcused MEDIUM+ finding, pass once the
// finding is allow-listed with a reason, and refuse an allow-list entry without one.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const projectDir = join(import.meta.dirname, '..', '..', '..');
const audit = join(projectDir, 'scripts', 'audit-security.mjs');

interface AuditRun {
  code: number;
  output: string;
}

async function runAudit(input: string, allowList: string): Promise<AuditRun> {
  const args = [audit, '--input', input, '--allowlist', allowList, '--timeout', '60'];
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: projectDir });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: (failed.stdout ?? '') + (failed.stderr ?? '') };
  }
}

// The project-wide checks also want navigation limits, a permission handler and a CSP somewhere in the app.
const POLICIES = `import { app, session } from 'electron';
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
`;
const PAGE = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'" />
</head><body></body></html>
`;
const SAFE_WINDOW = `import { BrowserWindow } from 'electron';
export const win = new BrowserWindow({
  webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
});
`;
const UNISOLATED_WINDOW = SAFE_WINDOW.replace('contextIsolation: true', 'contextIsolation: false');
/** The line the context-isolation finding points at, as an allow-list entry pins it. */
const UNISOLATED_LINE =
  "webPreferences: { contextIsolation: false, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },";
const OPENS_DOCS = `import { shell } from 'electron';
export const openDocs = (url: string) => shell.openExternal(url);
`;

describe('security audit (scripts/audit-security.mjs)', () => {
  let scratch: string;

  async function fixture(name: string, windowSource: string): Promise<string> {
    const dir = join(scratch, name);
    await mkdir(join(dir, 'main'), { recursive: true });
    await writeFile(join(dir, 'package.json'), JSON.stringify({ devDependencies: { electron: '45.5.0' } }));
    await writeFile(join(dir, 'main', 'window.ts'), windowSource);
    await writeFile(join(dir, 'main', 'policies.ts'), POLICIES);
    await writeFile(join(dir, 'index.html'), PAGE);
    return dir;
  }

  async function allowList(name: string, allowed: unknown[]): Promise<string> {
    const file = join(scratch, `${name}.json`);
    await writeFile(file, JSON.stringify({ allowed }));
    return file;
  }

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'mix-audit-'));
  });
  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('passes a window with isolation and sandbox on', async () => {
    const result = await runAudit(await fixture('safe', SAFE_WINDOW), await allowList('none', []));
    expect(result.output).toContain('0 failing');
    expect(result.code).toBe(0);
  });

  it('fails on a window without context isolation and names the check and file', async () => {
    const result = await runAudit(await fixture('unsafe', UNISOLATED_WINDOW), await allowList('none-2', []));
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/FAIL\s+HIGH\/FIRM\s+CONTEXT_ISOLATION_JS_CHECK\s+main\/window\.ts:3/);
  });

  it('passes once that finding is allow-listed with a reason, and shows it as allowed', async () => {
    const input = await fixture('excused', UNISOLATED_WINDOW);
    const reason = 'fixture: isolation is off on purpose for this test';
    const list = await allowList('excused', [
      { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/window.ts', code: UNISOLATED_LINE, reason },
    ]);
    const result = await runAudit(input, list);
    expect(result.output).toContain(`allowed: ${reason}`);
    expect(result.code).toBe(0);
  });

  it('does not let an entry for another file excuse the finding', async () => {
    const input = await fixture('elsewhere', UNISOLATED_WINDOW);
    const list = await allowList('elsewhere', [
      {
        check: 'CONTEXT_ISOLATION_JS_CHECK',
        file: 'main/other.ts',
        code: UNISOLATED_LINE,
        reason: 'a different window',
      },
    ]);
    const result = await runAudit(input, list);
    expect(result.code).toBe(1);
    expect(result.output).toContain('no longer matches anything');
  });

  it('refuses an allow-list entry without a reason', async () => {
    const input = await fixture('no-reason', UNISOLATED_WINDOW);
    const list = await allowList('no-reason', [
      { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/window.ts', code: UNISOLATED_LINE, reason: ' ' },
    ]);
    const result = await runAudit(input, list);
    expect(result.code).toBe(1);
    expect(result.output).toContain('needs a non-empty "reason"');
  });

  it('refuses an allow-list entry that is not pinned to a line of code', async () => {
    const input = await fixture('no-code', UNISOLATED_WINDOW);
    const list = await allowList('no-code', [
      { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/window.ts', reason: 'reviewed' },
    ]);
    const result = await runAudit(input, list);
    expect(result.code).toBe(1);
    expect(result.output).toContain('needs a non-empty "code"');
  });

  it('fails on a new openExternal in a file whose reviewed call is allow-listed', async () => {
    const input = await fixture('opens', SAFE_WINDOW);
    await writeFile(join(input, 'main', 'links.ts'), OPENS_DOCS);
    const reviewed = [
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        file: 'main/links.ts',
        code: 'export const openDocs = (url: string) => shell.openExternal(url);',
        reason: 'fixture: the reviewed call',
      },
    ];
    expect((await runAudit(input, await allowList('opens', reviewed))).code).toBe(0);

    // Someone adds a second call to the same file: the entry for the first does not cover it.
    await writeFile(
      join(input, 'main', 'links.ts'),
      `${OPENS_DOCS}export const openAnything = (url: string) => shell.openExternal(url);\n`,
    );
    const result = await runAudit(input, await allowList('opens-2', reviewed));
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/FAIL\s+MEDIUM\/TENTATIVE\s+OPEN_EXTERNAL_JS_CHECK\s+main\/links\.ts:3/);
    expect(result.output).toContain('allowed: fixture: the reviewed call');
  }, 60_000);
});
