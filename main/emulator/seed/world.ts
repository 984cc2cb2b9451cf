// The whole seeded Mix world, built once per sandbox start from the users, the start time and `scale`.
import { SEEDED_STANDARD_ORGANIZATIONS } from '../organizations';
import type { SandboxUser } from '../types';
import { scaleApplications, seededApplications, seededDataHosts } from './applications';
import {
  BANKING_BUILDS,
  buildRecords,
  coffeeBuilds,
  DEMO_BUILDS,
  PARTNER_BUILDS,
  travelBuilds,
  type BuildSpec,
} from './builds';
import { environmentsOf, personalFlow, SCALE_FLOW, STANDARD_FLOWS } from './deployment';
import { SANDBOX_FIXTURES } from './fixtures';
import { coffeeJobs, DEMO_JOBS } from './jobs';
import { bankingNlu, coffeeEntities, coffeeIntents, demoNlu } from './nlu';
import { personalProject, seededProjects, type ProjectSeed } from './projects';
import { scaleProjects } from './scale';
import type {
  ApplicationRecord,
  BuildRecord,
  ConfigRecord,
  DataHostRecord,
  DeploymentFlow,
  Environment,
  LockJson,
  ProjectRecord,
} from './types';

export interface MixWorld {
  startedAt: number;
  /** Standard organizations beyond the seeded three (the scale org), visible to everyone. */
  extraOrganizations: { id: string; displayName: string }[];
  orgNames: ReadonlyMap<string, string>;
  /** In id order (numeric), the order lists use when no sortBy is given. */
  projects: ProjectRecord[];
  projectById: ReadonlyMap<string, ProjectRecord>;
  buildByLabel: ReadonlyMap<string, { project: ProjectRecord; record: BuildRecord }>;
  applications: ApplicationRecord[];
  applicationById: ReadonlyMap<string, ApplicationRecord>;
  configById: ReadonlyMap<string, { application: ApplicationRecord; record: ConfigRecord }>;
  flowsByOrg: ReadonlyMap<string, DeploymentFlow[]>;
  environmentsByOrg: ReadonlyMap<string, Environment[]>;
  dataHosts: DataHostRecord[];
  /** In lockId order. */
  locks: LockJson[];
}

export interface WorldInput {
  users: readonly SandboxUser[];
  startedAt: number;
  scale: number;
}

const PERSONAL_ORG_BASE = 14;

/** A seeded project before its builds, jobs, intents and entities are added. */
function emptyRecord(seed: ProjectSeed): ProjectRecord {
  return {
    project: seed.json,
    details: seed.details,
    locales: seed.locales,
    builds: [],
    jobs: [],
    intents: [],
    entities: [],
  };
}

export function buildWorld({ users, startedAt, scale }: WorldInput): MixWorld {
  const personalOrgId = String(PERSONAL_ORG_BASE);
  const orgNames = new Map<string, string>(SEEDED_STANDARD_ORGANIZATIONS.map((o) => [o.id, o.displayName]));
  const flowsByOrg = new Map<string, DeploymentFlow[]>(Object.entries(STANDARD_FLOWS));
  users.forEach((user, i) => {
    orgNames.set(String(PERSONAL_ORG_BASE + i), user.email);
    flowsByOrg.set(String(PERSONAL_ORG_BASE + i), [personalFlow(i)]);
  });
  const extraOrganizations = scale > 0 ? [{ id: SANDBOX_FIXTURES.scaleOrgId, displayName: 'Scale Org' }] : [];
  for (const org of extraOrganizations) orgNames.set(org.id, org.displayName);
  if (scale > 0) flowsByOrg.set(SANDBOX_FIXTURES.scaleOrgId, [SCALE_FLOW]);

  const runningJobEndsAt = startedAt + SANDBOX_FIXTURES.runningJobDurationMs;
  const records = seededProjects(personalOrgId).map(emptyRecord);
  users.slice(1).forEach((user, i) => {
    records.push(emptyRecord(personalProject(i + 1, String(PERSONAL_ORG_BASE + i + 1), user.email)));
  });
  const find = (id: string): ProjectRecord => {
    const found = records.find((r) => r.project.id === id);
    if (!found) throw new Error(`seed: no project ${id}`);
    return found;
  };
  const addBuilds = (id: string, specs: readonly BuildSpec[], firstBuildId: number) => {
    const record = find(id);
    record.builds = buildRecords(record.project, record.locales, specs, firstBuildId);
  };
  addBuilds('1922', coffeeBuilds(runningJobEndsAt), 3340);
  addBuilds('1923', BANKING_BUILDS, 3400);
  addBuilds('8681', DEMO_BUILDS, 2100);
  addBuilds('525', PARTNER_BUILDS, 1500);
  addBuilds('8682', travelBuilds(startedAt), 2200);
  Object.assign(find('1922'), {
    jobs: coffeeJobs(startedAt),
    intents: coffeeIntents(),
    entities: coffeeEntities(),
  });
  Object.assign(find('1923'), bankingNlu());
  Object.assign(find('8681'), { jobs: [...DEMO_JOBS], ...demoNlu() });

  const firstUser = users[0];
  const locks: LockJson[] = [
    {
      lockId: '15',
      projectId: '1923',
      lockOwner: { ...SANDBOX_FIXTURES.lockOwner },
      notes: 'Reworking the transfer dialog, back on Monday.',
      createTime: '2024-05-30T17:50:00Z',
    },
  ];
  if (firstUser) {
    locks.push({
      lockId: '16',
      projectId: '8681',
      // Same member id as organizations.ts gives the first user.
      lockOwner: { id: '1000', email: firstUser.email, name: firstUser.name ?? firstUser.email },
      notes: 'Preparing the quarterly demo.',
      createTime: '2024-07-02T08:00:00Z',
    });
  }
  for (const lock of locks) find(lock.projectId).lock = lock;

  records.sort((a, b) => Number(a.project.id) - Number(b.project.id));
  // Scale ids (200000 and up) come after every seeded id, and scaleProjects makes them in order: no sort needed.
  const projects = scale > 0 ? records.concat(scaleProjects(scale)) : records;
  const projectById = new Map(projects.map((p) => [p.project.id, p]));
  const buildByLabel = new Map<string, { project: ProjectRecord; record: BuildRecord }>();
  for (const project of records) {
    for (const record of project.builds) buildByLabel.set(record.build.buildLabel, { project, record });
  }

  const firstFlow = flowsByOrg.get(personalOrgId)?.[0] ?? personalFlow(0);
  const applications = seededApplications({
    personalOrgId,
    personalFlow: firstFlow,
    standardFlows: STANDARD_FLOWS,
    orgName: (id) => orgNames.get(id) ?? id,
    project: find,
  });
  if (scale > 0) {
    const scaleOrgProjects = projects.filter((p) => p.project.orgId === SANDBOX_FIXTURES.scaleOrgId);
    applications.push(
      ...scaleApplications(
        SANDBOX_FIXTURES.scaleOrgId,
        'Scale Org',
        SCALE_FLOW,
        scaleOrgProjects.slice(0, 50),
      ),
    );
  }
  const configById = new Map<string, { application: ApplicationRecord; record: ConfigRecord }>();
  for (const application of applications) {
    for (const record of application.configs) configById.set(record.config.id, { application, record });
  }
  const environmentsByOrg = new Map([...flowsByOrg].map(([orgId, flows]) => [orgId, environmentsOf(flows)]));

  return {
    startedAt,
    extraOrganizations,
    orgNames,
    projects,
    projectById,
    buildByLabel,
    applications,
    applicationById: new Map(applications.map((a) => [a.app.id, a])),
    configById,
    flowsByOrg,
    environmentsByOrg,
    dataHosts: seededDataHosts(
      applications,
      (orgId) => flowsByOrg.get(orgId) ?? [],
      (id) => {
        const found = projectById.get(id);
        if (!found) throw new Error(`seed: no project ${id}`);
        return found;
      },
    ),
    locks,
  };
}
