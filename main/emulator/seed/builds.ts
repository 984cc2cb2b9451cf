// Builds per project: ASR, NLU and DIALOG versions, completed and failed (mix-api.md §5 "Builds list").
import type { BuildJson, BuildRecord, BuildType, ProjectJson } from './types';

export interface BuildSpec {
  type: BuildType;
  version: number;
  createTime: string;
  failed?: string;
  notes?: string;
  modelType?: 'FAST' | 'ACCURATE';
  /** Set for builds the running job makes. */
  availableAt?: number;
}

/** Makes build records with buildIds counted from `firstBuildId` (so ids stay stable whatever the order of projects). */
export function buildRecords(
  project: ProjectJson,
  locales: readonly string[],
  specs: readonly BuildSpec[],
  firstBuildId: number,
): BuildRecord[] {
  return specs.map((spec, i) => {
    const failed = spec.failed !== undefined;
    const build: BuildJson = {
      projectId: project.id,
      buildLabel: `${spec.type}_${project.id}_${spec.version}`,
      buildId: String(firstBuildId + i),
      buildType: spec.type,
      buildVersion: String(spec.version),
      status: failed ? 'BST_FAILED' : 'BST_COMPLETED',
      languageTopic: project.languageTopic,
      notes: spec.notes ?? '',
      createTime: spec.createTime,
    };
    // The recorded failed build (mix-api.md §5) has errors.errors[] and no datapack, data sources or entities.
    if (failed) build.errors = { errors: [{ message: spec.failed ?? '', code: '-1' }] };
    else
      build.datapack = {
        displayName: locales[0] ?? 'en-US',
        version: project.datapacks[0]?.version ?? '4.7.0',
      };
    if (spec.type === 'NLU') {
      build.modelType = spec.modelType ?? 'FAST';
      if (!failed) {
        build.dynamicEntities = [{ name: 'DrinkType', structureType: 'custom_words' }];
        build.dataSources = ['nuance_custom_data'];
      }
    }
    const record: BuildRecord = { build, locales: [...locales] };
    if (spec.availableAt !== undefined) record.availableAt = spec.availableAt;
    return record;
  });
}

export function coffeeBuilds(runningJobEndsAt: number): BuildSpec[] {
  const made = new Date(runningJobEndsAt).toISOString();
  return [
    { type: 'ASR', version: 1, createTime: '2024-05-02T09:00:00Z', notes: 'first ASR model' },
    { type: 'ASR', version: 2, createTime: '2024-06-10T14:05:00Z' },
    {
      type: 'ASR',
      version: 3,
      createTime: made,
      notes: 'built by the running job',
      availableAt: runningJobEndsAt,
    },
    { type: 'NLU', version: 1, createTime: '2024-05-02T09:01:00Z' },
    { type: 'NLU', version: 2, createTime: '2024-05-09T11:30:00Z', modelType: 'ACCURATE' },
    { type: 'NLU', version: 3, createTime: '2024-05-20T08:12:00Z' },
    {
      type: 'NLU',
      version: 4,
      createTime: '2024-06-01T16:44:00Z',
      failed: 'Intent ORDER_PASTRY has no samples in locale fr-CA.',
    },
    { type: 'NLU', version: 5, createTime: '2024-06-05T10:00:00Z' },
    { type: 'NLU', version: 6, createTime: '2024-06-12T11:20:10Z', notes: 'string', modelType: 'ACCURATE' },
    {
      type: 'NLU',
      version: 7,
      createTime: made,
      notes: 'built by the running job',
      availableAt: runningJobEndsAt,
    },
    { type: 'DIALOG', version: 1, createTime: '2024-05-02T09:02:00Z' },
    { type: 'DIALOG', version: 2, createTime: '2024-06-10T14:06:00Z' },
    {
      type: 'DIALOG',
      version: 3,
      createTime: '2024-06-11T09:30:00Z',
      failed: 'Node "Transfer" has no exit.',
    },
    {
      type: 'DIALOG',
      version: 4,
      createTime: made,
      notes: 'built by the running job',
      availableAt: runningJobEndsAt,
    },
  ];
}

export const DEMO_BUILDS: readonly BuildSpec[] = [
  { type: 'ASR', version: 1, createTime: '2020-05-21T15:40:00Z' },
  { type: 'NLU', version: 1, createTime: '2020-05-21T15:41:00Z' },
  { type: 'DIALOG', version: 1, createTime: '2020-05-21T15:42:00Z' },
];

export const BANKING_BUILDS: readonly BuildSpec[] = [
  {
    type: 'NLU',
    version: 1,
    createTime: '2024-05-30T17:40:00Z',
    failed: 'Entity ACCOUNT_TYPE has no literals.',
  },
];

export const PARTNER_BUILDS: readonly BuildSpec[] = [
  { type: 'ASR', version: 1, createTime: '2024-01-31T10:00:00Z' },
  { type: 'NLU', version: 1, createTime: '2024-01-31T10:01:00Z' },
  { type: 'DIALOG', version: 1, createTime: '2024-01-31T10:02:00Z' },
];

const HOUR = 60 * 60_000;

/**
 * Travel Bot (8682) builds of the week before the start, in the recorded shapes: an NLU build that failed a
 * day ago after one that completed, and a dialog build that failed and was built again successfully since.
 * Nobody opens this project in the stories, so "needs attention" can only know of it from the walk.
 */
export function travelBuilds(startedAt: number): BuildSpec[] {
  const ago = (hours: number) => new Date(startedAt - hours * HOUR).toISOString().replace('.000Z', 'Z');
  return [
    { type: 'NLU', version: 1, createTime: ago(72) },
    {
      type: 'NLU',
      version: 2,
      createTime: ago(26),
      failed: 'Intent BOOK_FLIGHT has no samples in locale en-US.',
    },
    { type: 'DIALOG', version: 1, createTime: ago(50), failed: 'Node "Confirm booking" has no exit.' },
    { type: 'DIALOG', version: 2, createTime: ago(30) },
  ];
}
