// Jobs follow the injected clock: the seeded running job finishes 20 s after start, and its builds appear then.
import { describe, expect, it } from 'vitest';
import type { Body } from './mix-endpoint-table';
import { manualClock, mixGet, userAccessToken, sandboxesPerTest } from './sandbox-test-kit';
import { SANDBOX_FIXTURES as F } from '../../../../main/emulator/seed/fixtures';
import type { RunningSandbox } from '../../../../main/emulator/types';

const startTestSandbox = sandboxesPerTest();

async function start(now?: () => number): Promise<{ sandbox: RunningSandbox; token: string }> {
  const sandbox = await startTestSandbox(now ? { now } : {});
  return { sandbox, token: await userAccessToken(sandbox) };
}

async function json(sandbox: RunningSandbox, path: string, token: string): Promise<Body> {
  const response = await mixGet(sandbox, path, token);
  expect(response.status, path).toBe(200);
  return (await response.json()) as Body;
}

const JOB = `/v4/projects/1922/jobs/${F.runningJobId}`;

describe('the running job', () => {
  it('is RUNNING from start, with a running report, and COMPLETED with labels once 20 s have passed', async () => {
    const start0 = Date.UTC(2026, 4, 1, 12, 0, 0);
    const clock = manualClock(start0);
    const { sandbox, token } = await start(clock.now);

    clock.advance(5_000);
    const running = await json(sandbox, JOB, token);
    expect(running).toMatchObject({
      status: 'RUNNING',
      createTime: '2026-05-01T12:00:00.000Z',
      updateTime: '2026-05-01T12:00:05.000Z',
      duration: '5s',
    });
    const runningReport = running.report as Record<string, { reports: Body[] }>;
    expect(runningReport.nluBuildReports?.reports).toEqual([
      { locale: 'en-US', status: 'RUNNING', createTime: '2026-05-01T12:00:00.000Z' },
      { locale: 'fr-CA', status: 'RUNNING', createTime: '2026-05-01T12:00:00.000Z' },
    ]);

    clock.advance(14_999);
    expect((await json(sandbox, JOB, token)).status).toBe('RUNNING');
    clock.advance(1);
    const done = await json(sandbox, JOB, token);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      updateTime: '2026-05-01T12:00:20.000Z',
      duration: '20s',
    });
    const report = done.report as Record<string, { reports: Body[] }>;
    expect(report.dialogBuildReports?.reports).toEqual([
      {
        locale: 'en-US',
        status: 'COMPLETED',
        version: '4',
        buildLabel: 'DIALOG_1922_4',
        createTime: '2026-05-01T12:00:00.000Z',
      },
    ]);
    clock.advance(60_000);
    expect((await json(sandbox, JOB, token)).updateTime).toBe('2026-05-01T12:00:20.000Z');
  });

  it('shows the same status in the job list', async () => {
    const clock = manualClock();
    const { sandbox, token } = await start(clock.now);
    const status = async () =>
      ((await json(sandbox, '/v4/projects/1922/jobs', token)).jobs as Body[])[0]?.status;
    expect(await status()).toBe('RUNNING');
    clock.advance(F.runningJobDurationMs);
    expect(await status()).toBe('COMPLETED');
  });

  it('makes its builds visible only when it has finished', async () => {
    const clock = manualClock();
    const { sandbox, token } = await start(clock.now);
    const labels = async () =>
      ((await json(sandbox, '/v4/projects/1922/builds?type=ASR', token)).builds as Body[]).map(
        (b) => b.buildLabel,
      );
    expect(await labels()).toEqual(['ASR_1922_1', 'ASR_1922_2']);
    expect((await mixGet(sandbox, '/v4/builds/DIALOG_1922_4', token)).status).toBe(404);
    expect(
      ((await json(sandbox, '/v4/projects/1922/builds/.latest', token)).models as Body).dialog,
    ).toMatchObject({
      buildLabel: 'DIALOG_1922_2',
    });

    clock.advance(F.runningJobDurationMs);
    expect(await labels()).toEqual(['ASR_1922_1', 'ASR_1922_2', 'ASR_1922_3']);
    for (const label of F.runningJobBuilds) {
      expect((await json(sandbox, `/v4/builds/${label}`, token)).status).toBe('BST_COMPLETED');
    }
    expect(
      ((await json(sandbox, '/v4/projects/1922/builds/.latest', token)).models as Body).dialog,
    ).toMatchObject({
      buildLabel: 'DIALOG_1922_4',
    });
    const hosts = await json(sandbox, '/v4/apps/48/projects/1922/data-hosts/.latest', token);
    expect((hosts.dataHosts as Body[]).map((h) => h.value)).toEqual([
      'https://sandbox.app48.example.com/api/v4',
    ]);
  });

  it('advanceJobs finishes jobs on the real clock without touching token expiry', async () => {
    const { sandbox, token } = await start();
    expect((await json(sandbox, JOB, token)).status).toBe('RUNNING');
    sandbox.advanceJobs(1_000);
    expect((await json(sandbox, JOB, token)).status).toBe('RUNNING');
    sandbox.advanceJobs();
    expect((await json(sandbox, JOB, token)).status).toBe('COMPLETED');
    // Still the same token: job time moved, token time did not.
    expect((await mixGet(sandbox, '/v4/version', token)).status).toBe(200);
  });
});

describe('the week before the start', () => {
  it('has a failed build of Travel Bot a day old, in the recorded shape, newest first with the completed one before it', async () => {
    const start0 = Date.UTC(2026, 10, 30, 5, 0, 0);
    const { sandbox, token } = await start(manualClock(start0).now);
    const nlu = await json(
      sandbox,
      '/v4/projects/8682/builds?type=NLU&limit=100&offset=0&sortBy=-createTime',
      token,
    );
    expect(nlu.builds).toEqual([
      expect.objectContaining({
        projectId: '8682',
        buildLabel: F.builds.recentNluFailed,
        buildType: 'NLU',
        buildVersion: '2',
        status: 'BST_FAILED',
        createTime: '2026-11-29T03:00:00Z',
        errors: { errors: [{ message: 'Intent BOOK_FLIGHT has no samples in locale en-US.', code: '-1' }] },
      }),
      expect.objectContaining({
        buildLabel: 'NLU_8682_1',
        status: 'BST_COMPLETED',
        createTime: '2026-11-27T05:00:00Z',
      }),
    ]);
    const dialog = await json(sandbox, '/v4/projects/8682/builds?type=DIALOG&sortBy=-createTime', token);
    expect((dialog.builds as Body[]).map((build) => [build.buildLabel, build.status])).toEqual([
      ['DIALOG_8682_2', 'BST_COMPLETED'],
      ['DIALOG_8682_1', 'BST_FAILED'],
    ]);
  });
});
