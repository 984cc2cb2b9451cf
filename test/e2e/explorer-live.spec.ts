import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/app-test';
import { formatBytes } from '../../renderer/format';
import { mainPane, openInTree, openTab, viewActions, viewHeading } from './support/explorer-steps';

// Stories of things that change while the user looks: a job running to its end, a download arriving, and
// a session that expires and is renewed behind the user's back.

const RUNNING_JOB = 'c0ffee00-1922-4a5e-9b3c-000000000001';
/** The job views ask again every 10 s while a job runs (as mix-cli polls): one poll and some slack. */
const ONE_POLL = 25_000;

/** The sandbox's job clock stands still, so the running job runs until the test moves it on. */
function standingJobClock(): () => number {
  const start = Date.now();
  return () => start;
}

test.describe('while the sandbox’s job clock stands still', () => {
  test.use({ demoSandbox: { now: standingJobClock() } });

  test('a running job is watched until it completes, without the user refreshing', async ({
    signedInDemo: app,
  }) => {
    test.setTimeout(90_000);
    const { page } = app;
    const main = mainPane(page);
    await openInTree(page, 'demo@mix.example', 'Projects', 'Coffee Assistant');
    await openTab(page, 'Jobs');
    await expect(
      main.getByRole('grid', { name: 'Jobs' }).getByRole('row', { name: new RegExp(RUNNING_JOB) }),
    ).toContainText('Running Watching…');

    await main.getByRole('button', { name: `Open job Build models ${RUNNING_JOB}` }).click();
    const job = main.getByRole('article', { name: 'Job Build models' });
    await expect(job.locator('header')).toHaveText(/Running\s*Watching…/);
    const report = job.getByRole('grid', { name: 'Job report' });
    await expect(report.getByRole('row', { name: /^ASR en-US Running/ })).toBeVisible();
    await app.screenshot('explorer-job-running');

    app.sandbox.advanceJobs();

    await expect(job.locator('header')).toHaveText('Completed', { timeout: ONE_POLL });
    await expect(viewHeading(page, 'Job Build models')).toBeVisible();
    // Views left earlier stay alive but hidden; what the user sees says nothing is being watched.
    await expect(main.getByText('Watching…').filter({ visible: true })).toHaveCount(0);
    await expect(report.getByRole('row', { name: /^ASR en-US Completed/ })).toContainText('ASR_1922_3');
    await expect(report.getByRole('row', { name: /^NLU en-US Completed/ })).toContainText('NLU_1922_7');
    await expect(report.getByRole('row', { name: /^Dialog .*Completed/ })).toContainText('DIALOG_1922_4');
    // The window of these tests never has focus, so the OS would show the notification.
    await expect.poll(() => app.notifications.map((note) => note.title)).toContain('Mix job finished');
    await app.screenshot('explorer-job');
  });
});

/** Slow enough that a person sees the bytes arrive: the project package (about 2.4 KB) takes about 5 s. */
const SLOW_DOWNLOAD = { faults: { slowDownloadBytesPerSecond: 500 } };

test.describe('while downloads are slow', () => {
  test.use({ demoSandbox: SLOW_DOWNLOAD });

  test('a project package downloads with progress into the chosen folder, complete and nothing else', async ({
    signedInDemo: app,
  }) => {
    test.setTimeout(90_000);
    const { page } = app;
    const main = mainPane(page);
    await openInTree(page, 'demo@mix.example', 'Projects', 'Coffee Assistant');
    await openTab(page, 'Exports');

    await main.getByRole('button', { name: 'Download Project package', exact: true }).click();
    const running = main.getByRole('group', { name: 'Download Project package' });
    await expect(
      running.getByRole('progressbar', { name: 'Download Project package progress' }),
    ).toBeVisible();
    // Some bytes of the whole have arrived, and the count is said in words.
    await expect(running).toContainText(/[1-9][\d.]* (B|KB) of [\d.]+ (B|KB|MB)/);
    await app.screenshot('explorer-download-progress');

    const saved = main.getByRole('status').filter({ hasText: /^Saved / });
    await expect(saved).toBeVisible({ timeout: 60_000 });
    await app.screenshot('explorer-download-saved');

    const folder = app.downloads.folder;
    expect(app.downloads.chosen).toHaveLength(1);
    const files = await readdir(folder);
    // Only the file itself: the partial file it was written to is gone.
    expect(files).toEqual([app.downloads.chosen[0]]);
    const path = join(folder, files[0] ?? '');
    const body = await readFile(path);
    expect(body.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
    await expect(saved).toHaveText(`Saved ${formatBytes(body.length)} to ${path}`);
    expect(app.notifications).toContainEqual({
      title: 'Download finished',
      body: `Project package saved (${formatBytes(body.length)}).`,
    });
    console.log(`project package: ${body.length} bytes`);
  });

  test('cancelling a download midway leaves no file at all in the folder', async ({ signedInDemo: app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    const main = mainPane(page);
    await openInTree(page, 'demo@mix.example', 'Projects', 'Coffee Assistant');
    await openTab(page, 'Exports');

    await main.getByRole('button', { name: 'Download Project package', exact: true }).click();
    const running = main.getByRole('group', { name: 'Download Project package' });
    await expect(running).toContainText(/[1-9][\d.]* (B|KB) of/);
    await running.getByRole('button', { name: 'Cancel' }).click();

    await expect(main.getByRole('status').filter({ hasText: 'Download cancelled.' })).toBeVisible();
    await expect(main.getByRole('button', { name: 'Download Project package', exact: true })).toBeEnabled();
    expect(app.downloads.chosen).toHaveLength(1);
    expect(await readdir(app.downloads.folder)).toEqual([]);
  });
});

test('a session that expires while browsing is renewed silently and the view comes back', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  const main = mainPane(page);
  await openInTree(page, 'demo@mix.example', 'Projects', 'Coffee Assistant');
  await expect(viewHeading(page, 'Coffee Assistant')).toBeVisible();
  const signInWindows = app.surface.pages.length;

  app.sandbox.expireAllTokens();
  const refresh = viewActions(page).getByRole('button', { name: 'Refresh' });
  await refresh.click();

  // Main got 401, renewed through the remembered Mix login (its window came straight back), and retried.
  await expect.poll(() => app?.surface.pages.length).toBe(signInWindows + 1);
  const renewal = app.surface.pages.at(-1);
  await expect.poll(() => renewal?.isClosed()).toBe(true);
  await expect(refresh).toHaveAttribute('aria-busy', 'false');
  await expect(viewHeading(page, 'Coffee Assistant')).toBeVisible();
  await expect(main.getByRole('grid', { name: 'Channels' })).toContainText('IVR');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toHaveCount(0);

  await page.getByRole('contentinfo').getByRole('button', { name: 'Activity' }).click();
  const activity = page.getByRole('region', { name: 'Activity' });
  const cell = (text: string) => page.getByRole('gridcell', { name: text, exact: true });
  // The first read after the expiry got 401 and was answered after the renewal: the view's Refresh, or a read
  // of the background search walk when that one went first. The view's own read after the expiry was
  // answered too (its first read opened the view).
  const renewed = activity.getByRole('row').filter({ has: cell('retried · waited for renewal') });
  await expect(renewed.filter({ has: cell('200') }).first()).toBeVisible();
  await expect(renewed.filter({ hasNot: cell('200') })).toHaveCount(0);
  const projectReads = activity.getByRole('row').filter({ has: cell('/v4/projects/1922') });
  await expect.poll(() => projectReads.filter({ has: cell('200') }).count()).toBeGreaterThanOrEqual(2);
  await app.screenshot('explorer-session-renewed');
});

test('an application configuration package downloads for the runtime app it is live for', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  const main = mainPane(page);
  await openInTree(page, 'demo@mix.example', 'Applications', 'Coffee App');
  await main.getByRole('button', { name: 'Open configuration CoffeeApp #180' }).click();
  await expect(viewHeading(page, 'Configuration CoffeeApp')).toBeVisible();
  await expect(main.getByRole('combobox', { name: 'Runtime app ID' })).toHaveValue('SANDBOX-COFFEE-APP-DEV');

  await main
    .getByRole('button', { name: 'Download Configuration CoffeeApp for SANDBOX-COFFEE-APP-DEV' })
    .click();
  const saved = main.getByRole('status').filter({ hasText: /^Saved / });
  await expect(saved).toBeVisible();
  const files = await readdir(app.downloads.folder);
  expect(files).toEqual([app.downloads.chosen[0]]);
  const body = await readFile(join(app.downloads.folder, files[0] ?? ''));
  expect(body.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
});
