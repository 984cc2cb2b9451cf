import { describe, expect, it } from 'vitest';
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
