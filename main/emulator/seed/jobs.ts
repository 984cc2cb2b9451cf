// Jobs; their status is computed from the job clock (see routes/jobs.ts), so the running one finishes by itself.
import { SANDBOX_FIXTURES } from './fixtures';
import type { JobRecord } from './types';

const at = (iso: string): number => Date.parse(iso);

export function coffeeJobs(startedAt: number): JobRecord[] {
  return [
    {
      id: SANDBOX_FIXTURES.runningJobId,
      type: 'BUILD_MODELS',
      projectId: '1922',
      createdAt: startedAt,
      durationMs: SANDBOX_FIXTURES.runningJobDurationMs,
      finalStatus: 'COMPLETED',
      report: [
        { engine: 'asr', locale: 'en-US', status: 'COMPLETED', version: '3', buildLabel: 'ASR_1922_3' },
        { engine: 'asr', locale: 'fr-CA', status: 'COMPLETED', version: '3', buildLabel: 'ASR_1922_3' },
        { engine: 'nlu', locale: 'en-US', status: 'COMPLETED', version: '7', buildLabel: 'NLU_1922_7' },
        { engine: 'nlu', locale: 'fr-CA', status: 'COMPLETED', version: '7', buildLabel: 'NLU_1922_7' },
        { engine: 'dialog', locale: 'en-US', status: 'COMPLETED', version: '4', buildLabel: 'DIALOG_1922_4' },
      ],
    },
    {
      id: SANDBOX_FIXTURES.partiallyCompletedJobId,
      type: 'BUILD_MODELS',
      projectId: '1922',
      createdAt: at('2024-06-01T16:43:23Z'),
      durationMs: 52_000,
      finalStatus: 'PARTIALLY_COMPLETED',
      report: [
        {
          engine: 'nlu',
          locale: 'en-US',
          status: 'FAILED',
          errors: {
            errors: [{ message: 'Intent ORDER_PASTRY has no samples in locale fr-CA.', code: '-1' }],
          },
        },
        { engine: 'asr', locale: 'en-US', status: 'COMPLETED', version: '2', buildLabel: 'ASR_1922_2' },
      ],
    },
    {
      id: '5a1d7c3e-2b4f-4e8a-9c6d-1f0e3b5a7c92',
      type: 'IMPORT',
      projectId: '1922',
      createdAt: at('2024-04-01T10:00:00Z'),
      durationMs: 14_000,
      finalStatus: 'COMPLETED',
      report: [],
    },
    {
      id: '9e2f4a6b-8c0d-4e1f-a3b5-c7d9e1f3a5b7',
      type: 'UPDATE_DATAPACK',
      projectId: '1922',
      createdAt: at('2024-04-15T12:00:00Z'),
      durationMs: 3_000,
      finalStatus: 'FAILED',
      report: [],
    },
  ];
}

export const DEMO_JOBS: readonly JobRecord[] = [
  {
    id: '2d4f6a8c-0e1a-4c3e-8f5a-7b9d1f3e5c70',
    type: 'BUILD_MODELS',
    projectId: '8681',
    createdAt: at('2020-05-21T15:39:10Z'),
    durationMs: 170_000,
    finalStatus: 'COMPLETED',
    report: [
      { engine: 'asr', locale: 'en-US', status: 'COMPLETED', version: '1', buildLabel: 'ASR_8681_1' },
      { engine: 'nlu', locale: 'en-US', status: 'COMPLETED', version: '1', buildLabel: 'NLU_8681_1' },
      { engine: 'dialog', locale: 'en-US', status: 'COMPLETED', version: '1', buildLabel: 'DIALOG_8681_1' },
    ],
  },
];
