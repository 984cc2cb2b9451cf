import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../../common/ipc-contract';
import { APP_INDEX_URL, APP_SCHEME } from '../../../main/protocol/app-origin';
import type { Call, StartUpReport } from './start-up/stand-in-electron';

// main/index.ts, start to main window, under Node with a stand-in `electron` that enforces Electron's rules
// about the `ready` event and records every call (start-up/stand-in-electron.ts). No Electron binary needed.

const here = fileURLToPath(new URL('.', import.meta.url));
const RUNNER = join(here, 'start-up', 'run-main.ts');
const HOOK = join(here, 'start-up', 'register-electron-hook.mjs');
const START_UP_TIMEOUT_MS = 90_000;

const homes: string[] = [];
afterEach(async () => {
  await Promise.all(homes.splice(0).map((home) => rm(home, { recursive: true, force: true })));
});

async function startMain(env: Record<string, string> = {}): Promise<StartUpReport & { home: string }> {
  const home = await mkdtemp(join(tmpdir(), 'mix-start-up-'));
  homes.push(home);
  const inherited: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // The app's own variables come from each test only.
    if (value !== undefined && !key.startsWith('MIX_EXPLORER_') && key !== 'ELECTRON_RENDERER_URL')
      inherited[key] = value;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', HOOK, RUNNER], {
    env: { ...inherited, STAND_IN_HOME: home, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const message = await new Promise<{ kind: string; report?: StartUpReport; message?: string }>(
    (resolve, reject) => {
      child.once('message', (value) => resolve(value as { kind: string }));
      child.once('exit', (code) =>
        reject(new Error(`main exited (${String(code)}) without reaching its window:\n${output}`)),
      );
    },
  );
  await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
  if (message.kind !== 'report' || !message.report) throw new Error(`${message.message ?? ''}\n${output}`);
  return { ...message.report, home };
}

const named = (calls: Call[], api: string) => calls.filter((call) => call.api === api);
const indexOf = (calls: Call[], api: string) => calls.findIndex((call) => call.api === api);
const READY = '--- ready ---';

describe('start-up of main/index.ts under a stand-in electron', () => {
  it(
    'reaches its main window with policies, app://, IPC handlers, menus and deep links installed, without waiting for the keyring',
    async () => {
      // The keyring never answers in this run (locked, or a Keychain prompt nobody answers).
      const report = await startMain({ STAND_IN_KEYRING: 'hold' });
      const { calls } = report;
      const ready = indexOf(calls, READY);

      expect(report.violations).toEqual([]);
      expect(report.exitCode).toBeUndefined();

      // Before `ready`: privileged scheme, sandbox, single instance, deep-link listeners.
      expect(named(calls, 'protocol.registerSchemesAsPrivileged')).toEqual([
        {
          api: 'protocol.registerSchemesAsPrivileged',
          args: [[expect.objectContaining({ scheme: APP_SCHEME })]],
          beforeReady: true,
        },
      ]);
      for (const api of ['app.enableSandbox', 'app.requestSingleInstanceLock']) {
        expect(named(calls, api)).toHaveLength(1);
        expect(indexOf(calls, api)).toBeLessThan(ready);
      }
      // A Windows API: not called on this platform.
      expect(named(calls, 'app.setAppUserModelId')).toEqual([]);
      for (const event of ['app.on:open-url', 'app.on:second-instance', 'app.on:web-contents-created']) {
        expect(indexOf(calls, event)).toBeGreaterThanOrEqual(0);
        expect(indexOf(calls, event)).toBeLessThan(ready);
      }
      expect(named(calls, 'app.setAsDefaultProtocolClient')[0]?.args[0]).toBe('mix-explorer');

      // After `ready`: permissions denied on the default session, app:// served, every channel handled.
      expect(named(calls, 'session.setPermissionRequestHandler').some((call) => call.args[0] === '')).toBe(
        true,
      );
      expect(named(calls, 'protocol.handle').map((call) => call.args[0])).toEqual([APP_SCHEME]);
      expect([...report.ipcChannels].sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
      expect(named(calls, 'Menu.setApplicationMenu')).toHaveLength(1);

      // The main window: hardened, on app://, created after the handlers it will call exist.
      const windows = named(calls, 'new BrowserWindow');
      expect(windows).toHaveLength(1);
      expect(windows[0]?.args[0]).toMatchObject({
        webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
      });
      expect(named(calls, 'window.loadURL').map((call) => call.args[0])).toEqual([APP_INDEX_URL]);
      const lastHandler = calls.findLastIndex((call) => call.api === 'ipcMain.handle');
      expect(lastHandler).toBeLessThan(indexOf(calls, 'new BrowserWindow'));
      // The window's webContents got the app-wide policies (no new windows) as it was created.
      expect(named(calls, 'webContents.setWindowOpenHandler')).not.toHaveLength(0);
      expect(indexOf(calls, 'webContents.setWindowOpenHandler')).toBeLessThan(
        indexOf(calls, 'window.loadURL'),
      );
      // The vault asked the keyring, which is still thinking.
      expect(report.safeStorageCalls).toContain('isAsyncEncryptionAvailable');
    },
    START_UP_TIMEOUT_MS,
  );

  it(
    'honours its development variables when unpackaged',
    async () => {
      const userData = join(tmpdir(), 'mix-start-up-user-data');
      const report = await startMain({
        MIX_EXPLORER_USER_DATA: userData,
        ELECTRON_RENDERER_URL: 'http://localhost:5173/',
      });

      expect(report.violations).toEqual([]);
      expect(named(report.calls, 'app.setPath')).toEqual([
        { api: 'app.setPath', args: ['userData', userData], beforeReady: true },
      ]);
      expect(named(report.calls, 'window.loadURL').map((call) => call.args[0])).toEqual([
        'http://localhost:5173/',
      ]);
      // The dev server is not app://, so nothing is served through it.
      expect(named(report.calls, 'protocol.handle')).toEqual([]);
    },
    START_UP_TIMEOUT_MS,
  );

  it(
    'starts packaged on Windows, on app://, with the installer’s identity set before ready and no development variable obeyed',
    async () => {
      const report = await startMain({
        STAND_IN_PACKAGED: '1',
        STAND_IN_PLATFORM: 'win32',
        // A local process could try to start the signed app on its own page, folder or "sandbox".
        MIX_EXPLORER_USER_DATA: join(tmpdir(), 'mix-start-up-elsewhere'),
        ELECTRON_RENDERER_URL: 'http://localhost:5173/',
        MIX_EXPLORER_SANDBOX_URL: 'http://127.0.0.1:4780',
      });

      expect(report.violations).toEqual([]);
      expect(named(report.calls, 'app.setPath')).toEqual([]);
      expect(named(report.calls, 'protocol.handle').map((call) => call.args[0])).toEqual([APP_SCHEME]);
      expect(named(report.calls, 'app.setAppUserModelId')).toEqual([
        { api: 'app.setAppUserModelId', args: ['com.mixexplorer.app'], beforeReady: true },
      ]);
      expect(named(report.calls, 'window.loadURL').map((call) => call.args[0])).toEqual([APP_INDEX_URL]);
      expect([...report.ipcChannels].sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
    },
    START_UP_TIMEOUT_MS,
  );

  it(
    'as a second instance, quits before ready without opening anything',
    async () => {
      const report = await startMain({ STAND_IN_SECOND_INSTANCE: '1', STAND_IN_SCENARIO: 'second-instance' });

      expect(report.violations).toEqual([]);
      expect(report.quitRequested).toBe(true);
      expect(named(report.calls, 'new BrowserWindow')).toEqual([]);
      expect(report.ipcChannels).toEqual([]);
    },
    START_UP_TIMEOUT_MS,
  );
});
