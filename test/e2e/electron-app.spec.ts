import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { startSandbox, type RunningSandbox } from '../sandbox/index';
import { electronBinary, NO_ELECTRON_REASON } from './support/electron-binary';

// The real app in real Electron: its sign-in BrowserWindow, webRequest redirect catch, safeStorage and
// preload. Where no Electron binary exists these skip, saying why; the same flows run in Chromium above.
const executable = electronBinary();
test.skip(!executable, NO_ELECTRON_REASON);
if (!executable) console.log(`skipping Electron-only tests: ${NO_ELECTRON_REASON}`);

let sandbox: RunningSandbox;
let userData: string;
test.beforeEach(async () => {
  sandbox = await startSandbox({ port: 0 });
  userData = await mkdtemp(join(tmpdir(), 'mix-explorer-electron-'));
});
test.afterEach(async () => {
  await sandbox.close();
  await rm(userData, { recursive: true, force: true });
});

test('the app signs in to the sandbox through its own sign-in window', async () => {
  const app = await electron.launch({
    executablePath: executable,
    args: ['.'],
    env: { ...process.env, MIX_EXPLORER_SANDBOX_URL: sandbox.url, MIX_EXPLORER_USER_DATA: userData },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByLabel('Profile').locator('option:checked')).toHaveText('Local sandbox');
    const signInWindow = app.waitForEvent('window');
    await window.getByRole('button', { name: 'Sign in', exact: true }).click();
    const signIn = await signInWindow;
    await signIn.getByLabel('Email').fill('demo@mix.example');
    await signIn.getByLabel('Password').fill('sandbox');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await signIn.getByRole('button', { name: 'Allow' }).click();
    await expect(window.getByText('Signed in as demo@mix.example')).toBeVisible();
    // The renderer has no Node and no Electron.
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
  } finally {
    await app.close();
  }
});
