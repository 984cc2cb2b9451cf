// Realistic Mix bodies for the view tests, made from the sandbox's seeded world (the same data the app shows
// against `npm run sandbox`), shaped as the sandbox routes answer them.
import type {
  MixAppConfig,
  MixApplication,
  MixBuild,
  MixDeploymentFlow,
  MixEntityWrapper,
  MixIntent,
  MixJob,
  MixLatestBuilds,
  MixEnvConfigs,
  MixLock,
} from '../../../../common/mix-models';
import type {
  MixBotInterfaceBody,
  MixCredentialsBody,
  MixEnvironmentsBody,
  MixProjectDetails,
} from '../../../../renderer/resource-views';
import { DEFAULT_SANDBOX_USER } from '../../../../main/emulator/defaults';
import { jobView } from '../../../../main/emulator/routes/jobs';
import { SANDBOX_FIXTURES } from '../../../../main/emulator/seed/fixtures';
import type { ProjectRecord } from '../../../../main/emulator/seed/types';
import { embedded } from '../../../../main/emulator/seed/deployment';
import { buildWorld } from '../../../../main/emulator/seed/world';

export {
  DATA_TYPES,
  ENGINE_PACKS,
  ENTITY_TYPES,
  GEOGRAPHIES,
  LANGUAGE_TOPICS,
  VOICES,
} from '../../../../main/emulator/seed/platform';
export { SANDBOX_FIXTURES };

const STARTED_AT = Date.parse('2024-08-01T10:00:00Z');
/** Past the running job's end: its builds exist. */
export const AFTER_JOBS = STARTED_AT + SANDBOX_FIXTURES.runningJobDurationMs + 1;

export const world = buildWorld({ users: [DEFAULT_SANDBOX_USER], startedAt: STARTED_AT, scale: 0 });

export function projectRecord(id: string): ProjectRecord {
  const found = world.projectById.get(id);
  if (!found) throw new Error(`no seeded project ${id}`);
  return found;
}

/** Deep copy, as a body parsed from JSON would be. */
function json<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** `projects.get`'s project: the list item plus the engine pack id (as the sandbox answers it). */
export function project(id: string): MixProjectDetails {
  const record = projectRecord(id);
  return json({ ...record.project, enginePackId: record.details.enginePackId });
}

export function lockOf(projectId: string): MixLock | undefined {
  const lock = projectRecord(projectId).lock;
  return lock ? json(lock) : undefined;
}

export function buildsOf(projectId: string, type: 'ASR' | 'NLU' | 'DIALOG'): MixBuild[] {
  return json(
    projectRecord(projectId)
      .builds.filter((b) => b.build.buildType === type && b.availableAt === undefined)
      .map((b) => b.build),
  );
}

export function buildOf(label: string): MixBuild {
  const found = world.buildByLabel.get(label);
  if (!found) throw new Error(`no seeded build ${label}`);
  return json(found.record.build);
}

/** `builds.latest` as the sandbox answers it before the running job has finished. */
export function latestBuildsOf(projectId: string): MixLatestBuilds {
  const record = projectRecord(projectId);
  const completed = record.builds.filter(
    (b) => b.build.status === 'BST_COMPLETED' && b.availableAt === undefined,
  );
  const latest = (type: string) => completed.filter((b) => b.build.buildType === type).at(-1);
  const models: Record<string, unknown> = {};
  for (const type of ['ASR', 'NLU'] as const) {
    const found = latest(type);
    if (!found) continue;
    const { buildVersion, buildLabel, createTime } = found.build;
    models[type.toLowerCase()] = {
      builds: found.locales.map((locale) => ({ locale, buildVersion, buildLabel, createTime })),
      projectId,
    };
  }
  const dialog = latest('DIALOG');
  if (dialog) {
    const { buildVersion, buildLabel, createTime } = dialog.build;
    models['dialog'] = { projectId, buildVersion, buildLabel, createTime };
  }
  return json({ models });
}

export function intentsOf(projectId: string): MixIntent[] {
  return json(projectRecord(projectId).intents.map((i) => i.intent));
}

export function entitiesOf(projectId: string): MixEntityWrapper[] {
  return json(projectRecord(projectId).entities.map((e) => e.json));
}

/** `jobs.get` (with report) or a `jobs.list` item, at a given job time. */
export function jobOf(projectId: string, jobId: string, jobNow: number, withReport = true): MixJob {
  const job = projectRecord(projectId).jobs.find((j) => j.id === jobId);
  if (!job) throw new Error(`no seeded job ${jobId}`);
  return json(jobView(job, jobNow, withReport));
}

export function jobsOf(projectId: string, jobNow: number): MixJob[] {
  return projectRecord(projectId).jobs.map((job) => json<MixJob>(jobView(job, jobNow, false)));
}

export function locks(): MixLock[] {
  return json(world.locks);
}

export function application(id: string): MixApplication {
  const found = world.applicationById.get(id);
  if (!found) throw new Error(`no seeded application ${id}`);
  return json({ ...found.app, configs: found.configs.map((c) => c.config) });
}

export function configsOf(applicationId: string): MixAppConfig[] {
  return application(applicationId).configs ?? [];
}

export function botConfigsOf(applicationId: string): MixAppConfig[] {
  const found = world.applicationById.get(applicationId);
  return json(found?.configs.map((c) => ({ ...c.config, hasInterface: c.interface !== undefined })) ?? []);
}

export function botInterfaceOf(configId: string): MixBotInterfaceBody {
  const found = world.configById.get(configId);
  return json({ interface: found?.record.interface });
}

/** `appCredentials.list` (`ACV_FULL`): geographies without `envName`; `botCredentials.list` keeps it. */
export function credentialsOf(applicationId: string, kind: 'app' | 'bot' = 'app'): MixCredentialsBody {
  const credentials = world.applicationById.get(applicationId)?.credentials ?? [];
  return json({
    credentials:
      kind === 'bot'
        ? credentials
        : credentials.map((c) => ({ ...c, geographies: c.geographies.map(embedded) })),
  });
}

export function flowsOf(orgId: string): MixDeploymentFlow[] {
  return json(world.flowsByOrg.get(orgId) ?? []);
}

export function environmentsOf(orgId: string): MixEnvironmentsBody {
  return json({ environments: world.environmentsByOrg.get(orgId) ?? [] });
}

export function dataHostsOf(applicationId: string, buildLabel: string) {
  return json<{ dataHosts: { id: string }[] }>({
    dataHosts: world.dataHosts
      .filter((h) => h.applicationId === applicationId && h.buildLabel === buildLabel)
      .map((h) => h.host),
  });
}

/** `envConfigs.list` as the sandbox answers it. */
export function envConfigsOf(projectId: string): MixEnvConfigs {
  const record = projectRecord(projectId);
  const environments = world.environmentsByOrg.get(record.project.orgId) ?? [];
  return json({
    projectDefaults: [
      { label: 'GRAMMAR_BASE_PATH', value: `https://grammars.example.com/projects/${projectId}/` },
      { label: 'TTS_VOICE', value: 'Evan' },
    ],
    environments: environments.map((env) => ({
      id: env.id,
      name: env.displayName,
      environmentGeographies: env.geographies.map((geo) => ({
        id: geo.id,
        name: geo.geography.displayName,
        environmentGeographyDefaults: [
          {
            label: 'GRAMMAR_BASE_PATH',
            value: `https://${env.displayName.toLowerCase()}.grammars.example.com/`,
          },
        ],
      })),
    })),
  });
}
