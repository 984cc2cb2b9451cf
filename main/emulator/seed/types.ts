// Shapes of the seeded Mix world. The `...Json` types are exactly what Mix.api returns (mix-api.md §5 and the
// recorded answers of §10; ../README.md says which field comes from where); the `...Record` types add what
// the sandbox needs to answer filters, access checks and the fields only some answers carry.

export interface Geography {
  id: string;
  displayName: string;
}

export type EnvType = 'SANDBOX' | 'PRODUCTION';

export interface EnvGeography {
  id: string;
  geography: Geography;
  envType: EnvType;
  envHost: string;
  envName: string;
}

export interface Environment {
  id: string;
  displayName: string;
  geographies: EnvGeography[];
}

export interface FlowStep {
  id: string;
  step: number;
  requiresApproval: boolean;
  environments: Environment[];
}

export interface DeploymentFlow {
  id: string;
  displayName: string;
  steps: FlowStep[];
}

export type ChannelMode = 'AUDIO_SCRIPT' | 'DTMF' | 'INTERACTIVITY' | 'RICH_TEXT' | 'TTS' | 'TEXT';

export interface ProjectChannel {
  channel: { id: string; displayName: string; codeName: string; modes: ChannelMode[]; color: string };
  isActive: boolean;
}

/** A project as list items carry it: no enginePackId, isChildDataCompliant or projectDescription (§10). */
export interface ProjectJson {
  id: string;
  orgId: string;
  displayName: string;
  languageTopic: string;
  channels: ProjectChannel[];
  datapacks: { displayName: string; version: string; isActive: boolean }[];
  baseDatapack: string;
  createTime: string;
  updateTime: string;
}

/** What Mix knows of a project beyond its list item: the engine pack and the child-data answers. */
export interface ProjectDetails {
  enginePackId: string;
  /** `includeFeatures=true` answers these as `enginePackFeatures` (§10). */
  enginePackFeatures: string[];
  projectDescription: string;
  isChildDataCompliant: boolean;
}

export type BuildType = 'ASR' | 'NLU' | 'DIALOG';

export interface BuildJson {
  projectId: string;
  buildLabel: string;
  buildId: string;
  buildType: BuildType;
  buildVersion: string;
  status: 'BST_COMPLETED' | 'BST_FAILED';
  languageTopic: string;
  /** Left out of failed builds, as in the recorded failed build (§5). */
  datapack?: { displayName: string; version: string };
  notes: string;
  createTime: string;
  modelType?: 'FAST' | 'ACCURATE';
  dynamicEntities?: { name: string; structureType: string }[];
  dataSources?: string[];
  errors?: { errors: { message: string; code: string }[] };
}

export interface BuildRecord {
  build: BuildJson;
  /** Locales the build covers (ASR and NLU); `.latest` lists one entry per locale. */
  locales: string[];
  /** Made by the running job: hidden until the job has finished (job time, epoch ms). */
  availableAt?: number;
}

export type JobStatus = 'RUNNING' | 'COMPLETED' | 'PARTIALLY_COMPLETED' | 'FAILED';

export interface JobReportEntry {
  engine: 'asr' | 'nlu' | 'dialog';
  locale: string;
  status: 'COMPLETED' | 'FAILED';
  version?: string;
  buildLabel?: string;
  errors?: { errors: { message: string; code: string }[] };
}

/** A job whose status is computed from the job clock: RUNNING until createdAt + durationMs, then finalStatus. */
export interface JobRecord {
  id: string;
  type: 'BUILD_MODELS' | 'IMPORT' | 'UPDATE_DATAPACK';
  projectId: string;
  createdAt: number;
  durationMs: number;
  finalStatus: Exclude<JobStatus, 'RUNNING'>;
  report: JobReportEntry[];
}

export interface IntentJson {
  id: string;
  name: string;
  isInBaseOntology: boolean;
  links: { entityRef: string }[];
  dataSource?: string;
}

export interface IntentRecord {
  intent: IntentJson;
  samples: string[];
}

export type EntityKind = 'BASE' | 'FREEFORM' | 'LIST' | 'REGEX' | 'RELATIONAL' | 'RULE_BASED';

export interface EntityRecord {
  kind: EntityKind;
  name: string;
  /** The one-key wrapper Mix returns, e.g. `{listEntity: {...}}`. */
  json: Record<string, Record<string, unknown>>;
  /** Literal → value pairs of a list entity. */
  literals: [string, string][];
}

export interface LockJson {
  lockId: string;
  projectId: string;
  lockOwner: { id: string; email: string; name: string };
  notes: string;
  createTime: string;
}

export interface ProjectRecord {
  project: ProjectJson;
  details: ProjectDetails;
  locales: string[];
  builds: BuildRecord[];
  jobs: JobRecord[];
  intents: IntentRecord[];
  entities: EntityRecord[];
  lock?: LockJson;
}

export type DeploymentStatus = 'DEPLOYED' | 'PENDING_REQUEST' | 'UNDEPLOYED' | 'STATUS_UNSPECIFIED';

export interface EnvGeographyDeploymentJson {
  id: string;
  envGeography: Omit<EnvGeography, 'envName'>;
  status: string;
  deploymentResult: string;
  isOverridden: boolean;
}

/** Bot configs' entries also name the environment and carry data hosts and the approval flag (§10). */
export interface BotEnvGeographyDeploymentJson extends Omit<EnvGeographyDeploymentJson, 'envGeography'> {
  envGeography: EnvGeography;
  dataHosts: DataHostRecord['host'][];
  approvalRequired: boolean;
}

export interface DeploymentJson<Entry = EnvGeographyDeploymentJson> {
  id: string;
  status: DeploymentStatus;
  /** `[]` for PENDING_REQUEST and UNDEPLOYED steps (§10). */
  envGeographyDeployments: Entry[];
}

export interface ConfigJson {
  id: string;
  tag: string;
  /** `""` when the config is not an override (§10). */
  parentId: string;
  /** A string in recorded app-config answers (`"6"`, §10). */
  deploymentFlowId: string;
  deployments: DeploymentJson[];
  builds: Record<string, unknown>;
  projectDetails: {
    projectId: string;
    projectName: string;
    isChildDataCompliant: boolean;
    projectDescription: string;
  };
  createTime: string;
}

/** A variable has either a simple type or the id of a complex type (§10). */
export type BotVariableJson = {
  id: string;
  displayName: string;
  description: string;
  isReserved: boolean;
} & ({ simpleVariableType: string } | { complexVariableTypeId: string });

export interface BotInterfaceJson {
  id: string;
  /** A number (§10). */
  version: number;
  languageTopic: string;
  locales: string[];
  channels: { id: string; displayName: string; codeName: string; modes: ChannelMode[]; color: string }[];
  variables: BotVariableJson[];
  /** `requestVariables` is `[]` in every recorded answer; the sandbox's non-empty entries are a guess. */
  transferNodes: {
    id: string;
    nodeName: string;
    nodeType: string;
    description: string;
    requestVariables: { id: string; displayName: string }[];
  }[];
  createTime: string;
}

export interface ConfigRecord {
  config: ConfigJson;
  /** The flow the config deploys along: bot configs name environments and approvals from it. */
  flow: DeploymentFlow;
  /** Runtime app ID the config deploys to; `.download` needs it. */
  runtimeAppId: string;
  interface?: BotInterfaceJson;
}

/** createTime/updateTime at every level (§10). */
export interface CredentialJson {
  id: string;
  credential: {
    id: string;
    appId: string;
    clients: {
      id: string;
      clientId: string;
      clientName: string;
      oauthScopes: string;
      createTime: string;
      updateTime: string;
    }[];
    createTime: string;
    updateTime: string;
  };
  /** Stored with `envName`: bot credentials answer it (§10), app credentials leave it out. */
  geographies: EnvGeography[];
  createTime: string;
  updateTime: string;
}

export interface ApplicationRecord {
  app: {
    id: string;
    applicationName: string;
    organizationId: string;
    organizationName: string;
    createTime: string;
  };
  runtimeAppIds: string[];
  configs: ConfigRecord[];
  credentials: CredentialJson[];
}

export interface DataHostRecord {
  applicationId: string;
  buildLabel: string;
  deploymentFlowId: string;
  host: { id: string; alias: string; environmentId: string; environmentGeographyId: string; value: string };
}
