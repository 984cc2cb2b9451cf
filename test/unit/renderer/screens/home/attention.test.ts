import { afterEach, describe, expect, it } from 'vitest';
import { ATTENTION_LIMIT, attentionItems } from '../../../../../renderer/screens/home/attention';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const DAY = 24 * 60 * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('needs attention', () => {
  const answers = [
    {
      endpoint: 'projects.list',
      params: { orgId: '14' },
      body: { projects: [{ id: '1922', displayName: 'Coffee Assistant' }] },
    },
    {
      endpoint: 'applications.list',
      params: { orgId: '14' },
      body: { applications: [{ id: '48', applicationName: 'Coffee App' }] },
    },
    {
      endpoint: 'jobs.list',
      params: { projectId: '1922' },
      body: {
        jobs: [
          { id: 'job-new', type: 'BUILD_MODELS', status: 'FAILED', createTime: iso(NOW - 2 * DAY) },
          { id: 'job-old', type: 'BUILD_MODELS', status: 'FAILED', createTime: iso(NOW - 8 * DAY) },
          { id: 'job-ok', type: 'IMPORT', status: 'COMPLETED', createTime: iso(NOW - DAY) },
        ],
      },
    },
    {
      endpoint: 'builds.list',
      params: { projectId: '1922', type: 'NLU' },
      body: { builds: [{ buildLabel: 'NLU_1922_4', status: 'BST_FAILED', createTime: iso(NOW - 3 * DAY) }] },
    },
    {
      endpoint: 'locks.list',
      params: { orgId: '14' },
      body: {
        locks: [
          {
            lockId: 'l1',
            projectId: '1922',
            lockOwner: { name: 'Alice' },
            notes: 'release',
            createTime: iso(NOW - 40 * DAY),
          },
        ],
      },
    },
    {
      endpoint: 'appConfigs.list',
      params: { applicationId: '48' },
      body: {
        configs: [
          {
            id: '180',
            tag: 'CoffeeTag',
            deployments: [
              { id: 'd1', status: 'PENDING_REQUEST' },
              { id: 'd2', status: 'DEPLOYED' },
            ],
          },
          { id: '181', tag: 'Live', deployments: [{ id: 'd3', status: 'DEPLOYED' }] },
        ],
      },
    },
  ];

  it('lists failed jobs and builds of the last 7 days, locks (who, since when) and approvals waiting, each with its view', () => {
    const items = attentionItems(answers, NOW);
    expect(items.map((item) => [item.kind, item.title, item.detail])).toEqual([
      ['failed-job', 'BUILD_MODELS failed', 'Coffee Assistant · job job-new'],
      ['failed-build', 'Build NLU_1922_4 failed', 'Coffee Assistant'],
      ['lock', 'Coffee Assistant is locked', 'by Alice · “release”'],
      ['pending-deployment', 'CoffeeTag waits for approval', 'Coffee App · 1 deployment pending'],
    ]);
    expect(items.map((item) => item.route)).toEqual([
      { kind: 'job', projectId: '1922', jobId: 'job-new' },
      { kind: 'build', buildLabel: 'NLU_1922_4' },
      { kind: 'project', projectId: '1922', tab: 'overview' },
      { kind: 'app-config', orgId: '14', applicationId: '48', configId: '180' },
    ]);
    expect(items.find((item) => item.kind === 'lock')?.at).toBe(NOW - 40 * DAY);
  });

  it('stays bounded and survives answers of the wrong shape', () => {
    const many = {
      endpoint: 'jobs.list',
      params: { projectId: '1' },
      body: {
        jobs: Array.from({ length: 500 }, (_, index) => ({
          id: `j${index}`,
          status: 'FAILED',
          createTime: iso(NOW - index * 1000),
        })),
      },
    };
    expect(attentionItems([many], NOW)).toHaveLength(ATTENTION_LIMIT);
    expect(
      attentionItems(
        [
          { endpoint: 'jobs.list', params: {}, body: 'nonsense' },
          { endpoint: 'locks.list', params: {}, body: { locks: [null, 3] } },
        ],
        NOW,
      ),
    ).toEqual([]);
  });
});

describe('failed builds and jobs in needs attention', () => {
  const builds = (projectId: string, type: string, list: object[]) => ({
    endpoint: 'builds.list',
    params: { projectId, type, limit: 100, offset: 0, sortBy: '-createTime' },
    body: { projectId, builds: list },
  });
  const failedBuilds = (answers: object[], now = NOW) =>
    attentionItems(answers as Parameters<typeof attentionItems>[0], now)
      .filter((item) => item.kind === 'failed-build')
      .map((item) => item.title);

  const zone = process.env['TZ'];
  afterEach(() => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });

  it('keeps failures of exactly 7 days ago and drops the ones a second older (and the ones in the future)', () => {
    const answers = [
      builds('8682', 'NLU', [
        { buildLabel: 'NLU_8682_3', status: 'BST_FAILED', createTime: iso(NOW - 7 * DAY) },
        { buildLabel: 'NLU_8682_2', status: 'BST_FAILED', createTime: iso(NOW - 7 * DAY - 1000) },
        { buildLabel: 'NLU_8682_9', status: 'BST_FAILED', createTime: iso(NOW + 2 * DAY) },
      ]),
    ];
    expect(failedBuilds(answers)).toEqual(['Build NLU_8682_3 failed']);
  });

  it('reads a time without a zone as UTC, so the window is the same on every machine', () => {
    // Tokyo is 9 hours ahead: read as local time, 12:00 would be 03:00 UTC, outside the window.
    process.env['TZ'] = 'Asia/Tokyo';
    const answers = [
      builds('8682', 'NLU', [
        { buildLabel: 'NLU_8682_3', status: 'BST_FAILED', createTime: '2026-11-22T12:00:00' },
      ]),
      builds('8682', 'ASR', [
        { buildLabel: 'ASR_8682_1', status: 'BST_FAILED', createTime: '2026-11-22T20:59:00+09:00' },
      ]),
    ];
    expect(failedBuilds(answers)).toEqual(['Build NLU_8682_3 failed']);
    process.env['TZ'] = 'America/Los_Angeles';
    expect(failedBuilds(answers)).toEqual(['Build NLU_8682_3 failed']);
  });

  it('orders failures of the same second the same way whatever order the answers came in', () => {
    const at = iso(NOW - DAY);
    const one = builds('1', 'NLU', [{ buildLabel: 'NLU_1_2', status: 'BST_FAILED', createTime: at }]);
    const two = builds('2', 'NLU', [{ buildLabel: 'NLU_2_5', status: 'BST_FAILED', createTime: at }]);
    const job = {
      endpoint: 'jobs.list',
      params: { projectId: '1' },
      body: { jobs: [{ id: 'j1', type: 'IMPORT', status: 'FAILED', createTime: at }] },
    };
    const forwards = attentionItems([one, two, job], NOW).map((item) => item.id);
    const backwards = attentionItems([job, two, one], NOW).map((item) => item.id);
    expect(forwards).toEqual(['build:NLU_1_2', 'build:NLU_2_5', 'job:1:j1']);
    expect(backwards).toEqual(forwards);
  });

  it('leaves out a build that failed and was then built again successfully, and keeps one that failed after its last success', () => {
    const answers = [
      builds('8682', 'DIALOG', [
        { buildLabel: 'DIALOG_8682_2', status: 'BST_COMPLETED', createTime: iso(NOW - DAY) },
        { buildLabel: 'DIALOG_8682_1', status: 'BST_FAILED', createTime: iso(NOW - 2 * DAY) },
      ]),
      builds('8682', 'NLU', [
        { buildLabel: 'NLU_8682_2', status: 'BST_FAILED', createTime: iso(NOW - DAY) },
        { buildLabel: 'NLU_8682_1', status: 'BST_COMPLETED', createTime: iso(NOW - 3 * DAY) },
      ]),
      // Another project's success puts nothing right here.
      builds('1922', 'DIALOG', [
        { buildLabel: 'DIALOG_1922_9', status: 'BST_COMPLETED', createTime: iso(NOW - 1000) },
      ]),
    ];
    expect(failedBuilds(answers)).toEqual(['Build NLU_8682_2 failed']);
    const jobs = {
      endpoint: 'jobs.list',
      params: { projectId: '8682' },
      body: {
        jobs: [
          { id: 'again', type: 'BUILD_MODELS', status: 'COMPLETED', createTime: iso(NOW - DAY) },
          { id: 'first', type: 'BUILD_MODELS', status: 'FAILED', createTime: iso(NOW - 2 * DAY) },
          { id: 'import', type: 'IMPORT', status: 'FAILED', createTime: iso(NOW - 2 * DAY) },
        ],
      },
    };
    expect(attentionItems([jobs], NOW).map((item) => item.id)).toEqual(['job:8682:import']);
  });

  it('names the project of a failed build from the walk, even a project nobody opened', () => {
    const items = attentionItems(
      [
        {
          endpoint: 'projects.list',
          params: { orgId: '1', excludeChannels: true, limit: 100, offset: 0 },
          body: { projects: [{ id: '8682', displayName: 'Travel Bot' }] },
        },
        builds('8682', 'NLU', [
          { buildLabel: 'NLU_8682_2', status: 'BST_FAILED', createTime: iso(NOW - DAY) },
        ]),
      ],
      NOW,
    );
    expect(items).toEqual([
      {
        id: 'build:NLU_8682_2',
        kind: 'failed-build',
        title: 'Build NLU_8682_2 failed',
        detail: 'Travel Bot',
        at: NOW - DAY,
        route: { kind: 'build', buildLabel: 'NLU_8682_2' },
      },
    ]);
  });
});
