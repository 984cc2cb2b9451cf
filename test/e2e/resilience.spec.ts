import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/app-test';
import { freePort } from '../support/ports';
import { testCipher } from './support/test-ports';
import { fillSandboxProfile } from './support/user-steps';

// Stories of things going wrong: the app says what happened and what to do, and loses nothing.

test('a corrupted settings file is set aside with a notice, and the app starts fresh', async ({
  launchApp,
  afterApps,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'mix-explorer-corrupt-'));
  afterApps(() => rm(folder, { recursive: true, force: true }));
  await writeFile(join(folder, 'settings.json'), '{"profiles": [ {"name": "half-writ');
  const app = await launchApp({ userDataDir: folder });

  await expect(app.page.getByText(/settings\.corrupt-\d{8}-\d{6}\.json/)).toBeVisible();
  await expect(app.page.getByRole('heading', { name: 'Welcome to Mix Explorer' })).toBeVisible();
  await app.screenshot('settings-set-aside');
  const files = await readdir(folder);
  expect(files.filter((name) => name.startsWith('settings.corrupt-'))).toHaveLength(1);
});

test('without an OS keyring, secrets stay in memory and the app says so', async ({ launchApp }) => {
  const app = await launchApp({
    ports: {
      cipher: {
        isAvailable: async () => true,
        // What the Electron adapter reports when safeStorage's async API fell back to Chromium's built-in key.
        protection: async () => ({ kind: 'hard-coded-key' }),
        encrypt: async () => {
          throw new Error('must not be called');
        },
        decrypt: async () => {
          throw new Error('must not be called');
        },
      },
    },
  });
  await expect(app.page.getByText('Client secrets are kept in memory only')).toBeVisible();
  await expect(app.page.getByText(/No OS keyring is available/)).toBeVisible();
  await app.screenshot('secrets-in-memory');
});

test('the window opens while the keyring is locked, says it is waiting, and saves the secret once unlocked', async ({
  launchApp,
}) => {
  let answerKeyring: (available: boolean) => void = () => undefined;
  const keyring = new Promise<boolean>((resolve) => (answerKeyring = resolve));
  const cipher = testCipher();
  const app = await launchApp({ ports: { cipher: { ...cipher, isAvailable: () => keyring } } });
  const { page } = app;

  // The app is usable at once; only the secrets wait for the keyring (an unlock, a Keychain prompt).
  await expect(page.getByText('Waiting for the keyring…')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Mix Explorer' })).toBeVisible();
  await app.screenshot('waiting-for-keyring');
  await fillSandboxProfile(app);
  await page.getByRole('button', { name: 'Save' }).click();

  answerKeyring(true);
  await expect(page.getByText('Waiting for the keyring…')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(page.getByText('Client secrets are kept in memory only')).toHaveCount(0);
});

test('an unreachable authorization server is named, with Retry and the system browser offered', async ({
  launchApp,
}) => {
  const app = await launchApp();
  const closedPort = await freePort();
  const { page } = app;
  await page.getByRole('button', { name: 'Add a Mix profile' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Offline');
  await page.getByLabel('Mix system').selectOption({ label: 'Custom' });
  await page.getByLabel('Authorization server URL').fill(`http://127.0.0.1:${closedPort}`);
  await page.getByLabel('Mix.api URL').fill(`http://127.0.0.1:${closedPort}`);
  await page.getByLabel('Client ID').fill('mix-explorer-demo');
  await page.getByLabel('Client secret').fill('sandbox-secret');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`127.0.0.1:${closedPort}`);
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Use system browser' })).toBeVisible();
  await app.screenshot('sign-in-load-failed');
});
