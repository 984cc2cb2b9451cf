// Large, deterministic data for benchmarks: N projects in "Scale Org", and one project with N intents.
import { SANDBOX_FIXTURES } from './fixtures';
import { scaleIntents } from './nlu';
import { DEFAULT_ENGINE_PACK_ID, enginePackFeatures } from './platform';
import type { IntentRecord, ProjectChannel, ProjectDetails, ProjectRecord } from './types';

const NONE: never[] = [];
const BASE_TIME = Date.parse('2025-01-01T00:00:00Z');
// Shared by every scale project: the data is read-only, and 20,000 copies would only cost memory.
const CHANNELS: ProjectChannel[] = [
  {
    channel: { id: '90001', displayName: 'Chat', codeName: 'Chat', modes: ['RICH_TEXT'], color: 'GREEN' },
    isActive: true,
  },
];
const DATAPACKS = [{ displayName: 'en-US', version: '4.8.0', isActive: true }];
const LOCALES = ['en-US'];
const DETAILS: ProjectDetails = {
  enginePackId: DEFAULT_ENGINE_PACK_ID,
  enginePackFeatures: enginePackFeatures(DEFAULT_ENGINE_PACK_ID),
  projectDescription: '',
  isChildDataCompliant: false,
};

function scaleProject(
  id: number,
  orgId: string,
  displayName: string,
  minutes: number,
  intents: IntentRecord[] = NONE,
): ProjectRecord {
  const time = scaleTime(minutes);
  return {
    project: {
      id: String(id),
      orgId,
      displayName,
      languageTopic: 'gen',
      channels: CHANNELS,
      datapacks: DATAPACKS,
      baseDatapack: '',
      createTime: time,
      updateTime: time,
    },
    details: DETAILS,
    locales: LOCALES,
    builds: NONE,
    jobs: NONE,
    intents,
    entities: NONE,
  };
}

const MINUTES_PER_DAY = 24 * 60;
const dayPrefixes: string[] = [];
const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** BASE_TIME + `minutes`, as toISOString would write it; Date#toISOString is the slow part at 20,000 calls. */
function scaleTime(minutes: number): string {
  const day = Math.floor(minutes / MINUTES_PER_DAY);
  const prefix = (dayPrefixes[day] ??= new Date(BASE_TIME + day * MINUTES_PER_DAY * 60_000)
    .toISOString()
    .slice(0, 11));
  const minute = minutes % MINUTES_PER_DAY;
  return `${prefix}${two(Math.floor(minute / 60))}:${two(minute % 60)}:00.000Z`;
}

/**
 * Projects in id order: the intents project (in org 27, so "Scale Org" holds exactly N projects), then
 * "Scale Project 00001" ... (names sort like their numbers).
 */
export function scaleProjects(count: number): ProjectRecord[] {
  const first = Number(SANDBOX_FIXTURES.scaleIntentsProjectId);
  const width = Math.max(5, String(count).length);
  const projects = new Array<ProjectRecord>(count + 1);
  projects[0] = scaleProject(
    first,
    SANDBOX_FIXTURES.scaleIntentsOrgId,
    'Scale Intents',
    0,
    scaleIntents(count),
  );
  for (let i = 1; i <= count; i++) {
    const name = `Scale Project ${String(i).padStart(width, '0')}`;
    projects[i] = scaleProject(first + i, SANDBOX_FIXTURES.scaleOrgId, name, i);
  }
  return projects;
}
