// Applications (also served as bots), their configs along deployment flows, credentials and data hosts.
import { embedded } from './deployment';
import type {
  ApplicationRecord,
  BotInterfaceJson,
  BuildRecord,
  ConfigJson,
  ConfigRecord,
  CredentialJson,
  DataHostRecord,
  DeploymentFlow,
  DeploymentStatus,
  EnvGeography,
  ProjectRecord,
} from './types';

export interface ApplicationsInput {
  personalOrgId: string;
  personalFlow: DeploymentFlow;
  standardFlows: Readonly<Record<string, DeploymentFlow[]>>;
  orgName: (orgId: string) => string;
  project: (id: string) => ProjectRecord;
}

interface ConfigSpec {
  id: string;
  tag: string;
  flow: DeploymentFlow;
  /** One status per flow step. */
  statuses: DeploymentStatus[];
  project: ProjectRecord;
  runtimeAppId: string;
  createTime: string;
  parentId?: string;
  withDialog?: boolean;
}

/** Latest completed build of a type known at seed time (builds the running job makes come later). */
function latest(project: ProjectRecord, type: 'ASR' | 'NLU' | 'DIALOG'): BuildRecord | undefined {
  return project.builds
    .filter(
      (b) => b.build.buildType === type && b.build.status === 'BST_COMPLETED' && b.availableAt === undefined,
    )
    .at(-1);
}

function configBuilds(project: ProjectRecord, withDialog: boolean): Record<string, unknown> {
  const builds: Record<string, unknown> = {};
  const projectId = project.project.id;
  for (const type of ['ASR', 'NLU'] as const) {
    const found = latest(project, type);
    if (!found) continue;
    const { buildVersion, buildLabel, createTime } = found.build;
    builds[type.toLowerCase()] = {
      builds: project.locales.map((locale) => ({ locale, buildVersion, buildLabel, createTime })),
      projectId,
    };
  }
  const dialog = withDialog ? latest(project, 'DIALOG') : undefined;
  if (dialog) {
    const { buildVersion, buildLabel, createTime } = dialog.build;
    builds.dialog = { projectId, buildVersion, buildLabel, createTime };
  }
  return builds;
}

/**
 * The interface of a config with a dialog build, in the recorded shape (mix-api.md §10): variables with a simple
 * type or a complex type id, transfer nodes with their request variables, channels with code name and colour.
 */
function botInterface(spec: ConfigSpec): BotInterfaceJson {
  const { project } = spec;
  return {
    id: spec.id,
    version: spec.parentId ? 2 : 1,
    languageTopic: project.project.languageTopic,
    locales: project.locales,
    channels: project.project.channels.map(({ channel }) => ({
      id: channel.id,
      displayName: channel.displayName,
      codeName: channel.codeName,
      modes: channel.modes,
      color: channel.color,
    })),
    variables: [
      {
        id: `${spec.id}-v1`,
        displayName: 'resultObject',
        description: '',
        isReserved: true,
        complexVariableTypeId: `${spec.id}-t1`,
      },
      {
        id: `${spec.id}-v2`,
        displayName: 'resourceReferences',
        description: 'References to external resources',
        isReserved: true,
        simpleVariableType: 'STRING_TYPE',
      },
      {
        id: `${spec.id}-v3`,
        displayName: 'userName',
        description: 'Name the caller gave',
        isReserved: false,
        simpleVariableType: 'STRING_TYPE',
      },
      {
        id: `${spec.id}-v4`,
        displayName: 'orderTotal',
        description: '',
        isReserved: false,
        simpleVariableType: 'DECIMAL_TYPE',
      },
    ],
    transferNodes: [
      {
        id: `${spec.id}-n1`,
        nodeName: 'End dialog',
        nodeType: 'END',
        description: '',
        requestVariables: [],
      },
      {
        id: `${spec.id}-n2`,
        nodeName: 'TransferToAgent',
        // GUESS: recorded answers only show END nodes with no request variables.
        nodeType: 'EXTERNAL',
        description: 'Hands the call to a live agent',
        requestVariables: [{ id: `${spec.id}-v3`, displayName: 'userName' }],
      },
    ],
    createTime: spec.createTime,
  };
}

/** Steps waiting for approval or taken down come without env-geography entries (mix-api.md §10). */
const WITHOUT_ENTRIES: readonly DeploymentStatus[] = ['PENDING_REQUEST', 'UNDEPLOYED'];

function config(spec: ConfigSpec): ConfigRecord {
  const overridden = spec.parentId !== undefined;
  const base = Number(spec.id);
  const json: ConfigJson = {
    id: spec.id,
    tag: spec.tag,
    parentId: spec.parentId ?? '',
    deploymentFlowId: spec.flow.id,
    deployments: spec.flow.steps.map((step, i) => {
      const status = spec.statuses[i] ?? 'STATUS_UNSPECIFIED';
      const geos = WITHOUT_ENTRIES.includes(status)
        ? []
        : step.environments.flatMap((env) => env.geographies);
      return {
        id: String(base * 10 + i),
        status,
        envGeographyDeployments: geos.map((geo, j) => ({
          id: String(base * 100 + i * 10 + j),
          envGeography: embedded(geo),
          status,
          deploymentResult: status === 'DEPLOYED' ? 'success' : 'n/a',
          isOverridden: overridden,
        })),
      };
    }),
    builds: configBuilds(spec.project, spec.withDialog ?? true),
    projectDetails: {
      projectId: spec.project.project.id,
      projectName: spec.project.project.displayName,
      isChildDataCompliant: spec.project.details.isChildDataCompliant,
      projectDescription: spec.project.details.projectDescription,
    },
    createTime: spec.createTime,
  };
  const record: ConfigRecord = { config: json, flow: spec.flow, runtimeAppId: spec.runtimeAppId };
  if ('dialog' in json.builds) record.interface = botInterface(spec);
  return record;
}

function geosOf(flow: DeploymentFlow, ids: readonly string[]): EnvGeography[] {
  const all = flow.steps.flatMap((s) => s.environments.flatMap((e) => e.geographies));
  return ids.map((id) => {
    const found = all.find((g) => g.id === id);
    if (!found) throw new Error(`seed: flow ${flow.id} has no env-geography ${id}`);
    return found;
  });
}

/** Timestamps at every level (mix-api.md §10); `updateTime` moves on when a client was changed later. */
function credential(
  id: string,
  appId: string,
  geos: readonly EnvGeography[],
  clientNames: readonly string[],
  times: { createTime: string; updateTime?: string },
): CredentialJson {
  const geoName = appId.toLowerCase().includes('prod') ? 'prod' : 'dev';
  const { createTime } = times;
  const updateTime = times.updateTime ?? createTime;
  return {
    id,
    credential: {
      id: String(Number(id) + 5000),
      appId,
      clients: clientNames.map((clientName, i) => ({
        id: String(Number(id) * 10 + i),
        clientId: `appID:${appId}:geo:${geoName}:clientName:${clientName}`,
        clientName,
        oauthScopes: i === 0 ? 'asr dlg nlu tts log asr.wordset nlu.wordset' : 'asr.wordset nlu.wordset',
        createTime,
        updateTime: i === 0 ? createTime : updateTime,
      })),
      createTime,
      updateTime,
    },
    geographies: [...geos],
    createTime,
    updateTime,
  };
}

function flowOf(
  flows: Readonly<Record<string, DeploymentFlow[]>>,
  orgId: string,
  flowId: string,
): DeploymentFlow {
  const found = flows[orgId]?.find((f) => f.id === flowId);
  if (!found) throw new Error(`seed: org ${orgId} has no flow ${flowId}`);
  return found;
}

export function seededApplications(input: ApplicationsInput): ApplicationRecord[] {
  const { personalOrgId, personalFlow, standardFlows, project } = input;
  const pipeline = flowOf(standardFlows, '1', '263');
  const corpSandbox = flowOf(standardFlows, '1', '264');
  const partnerFlow = flowOf(standardFlows, '3', '57');
  const app = (id: string, applicationName: string, orgId: string, createTime: string) => ({
    id,
    applicationName,
    organizationId: orgId,
    organizationName: input.orgName(orgId),
    createTime,
  });
  const coffee = project('1922');
  const demo = project('8681');
  const travel = project('8682');
  const weather = project('525');
  const personalGeo = personalFlow.steps[0]?.environments[0]?.geographies[0];
  return [
    {
      app: app('48', 'Coffee App', personalOrgId, '2024-06-12T12:00:00Z'),
      runtimeAppIds: ['SANDBOX-COFFEE-APP-DEV'],
      configs: [
        config({
          id: '180',
          tag: 'CoffeeApp',
          flow: personalFlow,
          statuses: ['DEPLOYED'],
          project: coffee,
          runtimeAppId: 'SANDBOX-COFFEE-APP-DEV',
          createTime: '2024-06-12T12:05:00Z',
        }),
        config({
          id: '181',
          tag: 'CoffeeApp',
          parentId: '180',
          flow: personalFlow,
          statuses: ['PENDING_REQUEST'],
          project: coffee,
          runtimeAppId: 'SANDBOX-COFFEE-APP-DEV',
          createTime: '2024-06-13T08:00:00Z',
        }),
      ],
      credentials: personalGeo
        ? [
            credential('236', 'SANDBOX-COFFEE-APP-DEV', [personalGeo], ['default'], {
              createTime: '2024-06-12T12:00:00Z',
            }),
          ]
        : [],
    },
    {
      app: app('49', 'Mix Sample App', '1', '2020-12-10T19:00:27.226Z'),
      runtimeAppIds: ['ACME-DEV', 'ACME-PROD'],
      configs: [
        config({
          id: '190',
          tag: 'DemoProject',
          flow: pipeline,
          statuses: ['DEPLOYED', 'DEPLOYED', 'PENDING_REQUEST', 'UNDEPLOYED'],
          project: demo,
          runtimeAppId: 'ACME-DEV',
          createTime: '2020-12-11T09:00:00Z',
        }),
        config({
          id: '191',
          tag: 'TravelBot',
          flow: corpSandbox,
          statuses: ['UNDEPLOYED'],
          project: travel,
          runtimeAppId: 'ACME-DEV',
          createTime: '2022-01-10T12:30:00Z',
          withDialog: false,
        }),
        config({
          id: '192',
          tag: 'DemoProject',
          parentId: '190',
          flow: pipeline,
          statuses: ['DEPLOYED', 'PENDING_REQUEST', 'STATUS_UNSPECIFIED', 'STATUS_UNSPECIFIED'],
          project: demo,
          runtimeAppId: 'ACME-PROD',
          createTime: '2021-02-01T09:00:00Z',
        }),
      ],
      credentials: [
        credential('491', 'ACME-DEV', geosOf(pipeline, ['338', '339']), ['default'], {
          createTime: '2020-12-10T19:01:00Z',
        }),
        credential('492', 'ACME-PROD', geosOf(pipeline, ['340', '342', '343']), ['default', 'ivr'], {
          createTime: '2020-12-10T19:02:00Z',
          updateTime: '2021-03-04T10:15:00Z',
        }),
      ],
    },
    {
      app: app('50', 'Travel Concierge', '1', '2022-01-10T12:10:00Z'),
      runtimeAppIds: ['ACME-TRAVEL'],
      // A second application of the organization with a config on the same flow: compare across applications.
      configs: [
        config({
          id: '195',
          tag: 'TravelConcierge',
          flow: pipeline,
          statuses: ['DEPLOYED', 'UNDEPLOYED', 'UNDEPLOYED', 'UNDEPLOYED'],
          project: travel,
          runtimeAppId: 'ACME-TRAVEL',
          createTime: '2022-01-11T08:00:00Z',
        }),
      ],
      credentials: [],
    },
    {
      app: app('51', 'Partner Weather App', '3', '2024-02-01T11:00:00Z'),
      runtimeAppIds: ['PARTNER-WEATHER'],
      configs: [
        config({
          id: '200',
          tag: 'Weather',
          flow: partnerFlow,
          statuses: ['DEPLOYED', 'PENDING_REQUEST'],
          project: weather,
          runtimeAppId: 'PARTNER-WEATHER',
          createTime: '2024-02-01T11:05:00Z',
        }),
      ],
      credentials: [
        credential('601', 'PARTNER-WEATHER', geosOf(partnerFlow, ['57', '58']), ['default'], {
          createTime: '2024-02-01T11:00:00Z',
        }),
      ],
    },
  ];
}

/** Data hosts of every completed dialog build a seeded app uses, one per env-geography of each flow. */
export function seededDataHosts(
  applications: readonly ApplicationRecord[],
  flowsOf: (orgId: string) => readonly DeploymentFlow[],
  project: (id: string) => ProjectRecord,
): DataHostRecord[] {
  const hosts: DataHostRecord[] = [];
  let nextId = 742;
  for (const { app, configs } of applications) {
    const projectIds = [...new Set(configs.map((c) => c.config.projectDetails.projectId))];
    for (const projectId of projectIds) {
      const dialogs = project(projectId).builds.filter(
        (b) => b.build.buildType === 'DIALOG' && b.build.status === 'BST_COMPLETED',
      );
      for (const { build } of dialogs) {
        for (const flow of flowsOf(app.organizationId)) {
          for (const step of flow.steps) {
            for (const env of step.environments) {
              for (const geo of env.geographies) {
                hosts.push({
                  applicationId: app.id,
                  buildLabel: build.buildLabel,
                  deploymentFlowId: flow.id,
                  host: {
                    id: String(nextId++),
                    alias: 'backend',
                    environmentId: env.id,
                    environmentGeographyId: geo.id,
                    value: `https://${env.displayName.toLowerCase()}.app${app.id}.example.com/api/v${build.buildVersion}`,
                  },
                });
              }
            }
          }
        }
      }
    }
  }
  return hosts;
}

/** Applications in the scale organization (the deployment matrix's benchmark): each with a config and an override. */
export const SCALE_APPLICATIONS = 50;
const SCALE_STATUSES: readonly DeploymentStatus[][] = [
  ['DEPLOYED', 'DEPLOYED', 'PENDING_REQUEST'],
  ['DEPLOYED', 'PENDING_REQUEST', 'STATUS_UNSPECIFIED'],
  ['DEPLOYED', 'DEPLOYED', 'DEPLOYED'],
  ['UNDEPLOYED', 'STATUS_UNSPECIFIED', 'STATUS_UNSPECIFIED'],
];

export function scaleApplications(
  orgId: string,
  orgName: string,
  flow: DeploymentFlow,
  projects: readonly ProjectRecord[],
): ApplicationRecord[] {
  return Array.from({ length: Math.min(SCALE_APPLICATIONS, projects.length) }, (_, i) => {
    const id = String(90_000 + i);
    const project = projects[i] as ProjectRecord;
    const runtimeAppId = `SCALE-APP-${String(i + 1).padStart(2, '0')}`;
    const createTime = project.project.createTime;
    const base = 900_000 + i * 2;
    const spec = {
      flow,
      project,
      runtimeAppId,
      createTime,
      tag: `ScaleTag${String(i + 1).padStart(2, '0')}`,
    };
    return {
      app: {
        id,
        applicationName: `Scale App ${String(i + 1).padStart(2, '0')}`,
        organizationId: orgId,
        organizationName: orgName,
        createTime,
      },
      runtimeAppIds: [runtimeAppId],
      configs: [
        config({ ...spec, id: String(base), statuses: SCALE_STATUSES[i % SCALE_STATUSES.length] ?? [] }),
        config({ ...spec, id: String(base + 1), parentId: String(base), statuses: ['DEPLOYED'] }),
      ],
      credentials: [],
    };
  });
}
