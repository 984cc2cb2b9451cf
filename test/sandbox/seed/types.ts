// Shapes of the seeded Mix world. The `...Json` types are exactly what Mix.api returns (mix-api.md §5);
// the `...Record` types add what the sandbox needs to answer filters and access checks.

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

export interface ProjectJson {
  id: string;
  orgId: string;
  displayName: string;
  languageTopic: string;
  channels: ProjectChannel[];
  datapacks: { displayName: string; version: string; isActive: boolean }[];
  baseDatapack: string;
  enginePackId: string;
  projectDescription: string;
  isChildDataCompliant: boolean;
  createTime: string;
  updateTime: string;
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
  datapack: { displayName: string; version: string };
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
  locales: string[];
  builds: BuildRecord[];
  jobs: JobRecord[];
  intents: IntentRecord[];
  entities: EntityRecord[];
  lock?: LockJson;
}

export type DeploymentStatus = 'DEPLOYED' | 'PENDING_REQUEST' | 'UNDEPLOYED' | 'STATUS_UNSPECIFIED';

export interface ConfigJson {
  id: string;
  tag: string;
  parentId?: string;
  deploymentFlowId: number;
  deployments: {
    id: string;
    status: DeploymentStatus;
    envGeographyDeployments: {
      id: string;
      envGeography: Omit<EnvGeography, 'envName'>;
      status: string;
      deploymentResult: string;
      isOverridden: boolean;
    }[];
  }[];
  builds: Record<string, unknown>;
  projectDetails: {
    projectId: string;
    projectName: string;
    isChildDataCompliant: boolean;
    projectDescription: string;
  };
  createTime: string;
}

export interface BotInterfaceJson {
  id: string;
  version: string;
  languageTopic: string;
  locales: string[];
  channels: { id: string; displayName: string; modes: ChannelMode[] }[];
  variables: { name: string; type: string; isReserved: boolean }[];
  transferNodes: { name: string; requestData: string[]; responseData: string[] }[];
  createTime: string;
}

export interface ConfigRecord {
  config: ConfigJson;
  /** Runtime app ID the config deploys to; `.download` needs it. */
  runtimeAppId: string;
  interface?: BotInterfaceJson;
}

export interface CredentialJson {
  id: string;
  credential: {
    id: string;
    appId: string;
    clients: { id: string; clientId: string; clientName: string; oauthScopes: string; createTime: string }[];
  };
  geographies: Omit<EnvGeography, 'envName'>[];
  createTime: string;
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
