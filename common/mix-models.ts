/**
 * Shapes of Mix.api v4 answers (mix-api.md §5). grpc-gateway drops zero values and Mix adds fields over
 * time, so almost everything is optional: read with the tolerant helpers below, never trust a field.
 */

import { countOf, isRecord } from './tolerant-reader';

export type { ActivityEntry } from './activity';

/** Paging fields of list answers; `totalSize` is missing when it is 0. */
export interface MixPaging {
  totalSize?: number;
  count?: number;
  limit?: number;
  offset?: number;
}

export interface MixErrorBody {
  /** gRPC status code (5 NOT_FOUND, 3 INVALID_ARGUMENT, ...); absent in bare `{message}` bodies. */
  code?: number;
  message?: string;
  details?: unknown[];
}

export interface MixVersionBody {
  mixEnvironment?: string;
  mixVersion?: string;
  apiVersion?: string;
}

export interface MixMember {
  id?: string;
  email?: string;
  name?: string;
}

export interface MixOrganizationItem {
  id: string;
  displayName?: string;
  type?: 'TYPE_UNSPECIFIED' | 'PERSONAL' | 'STANDARD' | string;
  members?: MixMember[];
}

export interface MixGeography {
  id: string;
  displayName?: string;
}

export interface MixEnvGeography {
  id: string;
  geography?: MixGeography;
  envType?: 'SANDBOX' | 'PRODUCTION' | 'EST_TYPE_UNSPECIFIED' | string;
  envHost?: string;
  envName?: string;
}

export interface MixEnvironment {
  id: string;
  displayName?: string;
  geographies?: MixEnvGeography[];
}

export interface MixDeploymentFlowStep {
  id: string;
  step?: number;
  requiresApproval?: boolean;
  environments?: MixEnvironment[];
}

export interface MixDeploymentFlow {
  id: string;
  displayName?: string;
  steps?: MixDeploymentFlowStep[];
}

export interface MixDataTypeBody {
  name: string;
  schema?: Record<string, unknown>;
  compatibleEntityTypes?: { name?: string; default?: boolean }[];
}

export interface MixEntityTypeBody {
  name: string;
  description?: string;
  compatibleDataTypes?: string[];
}

export interface MixEnginePack {
  enginePackId: string;
  version?: string;
  dialogVersion?: string;
  nluVersion?: string;
  asrVersion?: string;
  ttsVersion?: string;
  isDefault?: boolean;
  /** topic → locale → versions. */
  topics?: Record<
    string,
    { locales?: Record<string, { versions?: { version?: string; isSupported?: boolean }[] }> }
  >;
}

export interface MixLanguageTopic {
  id?: string;
  name: string;
  locales?: { locale?: string; versions?: string[] }[];
}

export interface MixVoice {
  name: string;
  restricted?: boolean;
  gender?: string;
  model?: string;
  locale?: string;
  sampleRateHz?: number[];
  foreignLanguages?: string[];
  styles?: string[];
}

export type MixChannelMode =
  'AUDIO_SCRIPT' | 'DTMF' | 'INTERACTIVITY' | 'RICH_TEXT' | 'TTS' | 'TEXT' | string;

export interface MixChannel {
  id: string;
  displayName?: string;
  codeName?: string;
  modes?: MixChannelMode[];
  color?: string;
}

export interface MixDatapack {
  displayName?: string;
  version?: string;
  isActive?: boolean;
}

export interface MixProject {
  id: string;
  orgId?: string;
  displayName?: string;
  languageTopic?: string;
  channels?: { channel?: MixChannel; isActive?: boolean }[];
  datapacks?: MixDatapack[];
  baseDatapack?: string;
  enginePackFeatures?: string[];
  createTime?: string;
  updateTime?: string;
}

export interface MixBuildRef {
  locale?: string;
  buildVersion?: string;
  buildLabel?: string;
  createTime?: string;
}

export interface MixConfigBuilds {
  asr?: { builds?: MixBuildRef[]; projectId?: string };
  nlu?: { builds?: MixBuildRef[]; projectId?: string };
  dialog?: MixBuildRef & { projectId?: string };
}

export interface MixEnvGeographyDeployment {
  id: string;
  envGeography?: MixEnvGeography;
  status?: string;
  deploymentResult?: string;
  isOverridden?: boolean;
}

export interface MixDeployment {
  id: string;
  status?: 'DEPLOYED' | 'PENDING_REQUEST' | 'UNDEPLOYED' | 'STATUS_UNSPECIFIED' | string;
  envGeographyDeployments?: MixEnvGeographyDeployment[];
}

export interface MixAppConfig {
  id: string;
  tag?: string;
  parentId?: string;
  /** A number in the docs, a string in one mix-cli fixture. */
  deploymentFlowId?: number | string;
  deployments?: MixDeployment[];
  builds?: MixConfigBuilds;
  projectDetails?: {
    projectId?: string;
    projectName?: string;
    isChildDataCompliant?: boolean;
    projectDescription?: string;
  };
  /** Bot configs only. */
  hasInterface?: boolean;
  createTime?: string;
}

export interface MixApplication {
  id: string;
  applicationName?: string;
  organizationId?: string;
  organizationName?: string;
  /** `[]` unless a FULL view was asked for. */
  configs?: MixAppConfig[];
  createTime?: string;
}

export type MixBot = MixApplication;

export interface MixCredentialClient {
  id?: string;
  clientId?: string;
  clientName?: string;
  oauthScopes?: string;
  createTime?: string;
  updateTime?: string;
}

export interface MixCredential {
  id: string;
  credential?: { id?: string; appId?: string; clients?: MixCredentialClient[] };
  geographies?: MixEnvGeography[];
  createTime?: string;
}

export interface MixDataHost {
  id: string;
  alias?: string;
  environmentId?: string;
  environmentGeographyId?: string;
  value?: string;
}

export interface MixBotInterface {
  id?: string;
  version?: string;
  languageTopic?: string;
  locales?: string[];
  channels?: unknown[];
  variables?: unknown[];
  transferNodes?: unknown[];
  createTime?: string;
}

export interface MixLock {
  lockId: string;
  projectId?: string;
  lockOwner?: MixMember;
  notes?: string;
  createTime?: string;
}

export interface MixErrorList {
  errors?: { message?: string; code?: string }[];
}

export interface MixBuild {
  projectId?: string;
  buildLabel: string;
  buildId?: string;
  buildType?: 'ASR' | 'NLU' | 'DIALOG' | string;
  buildVersion?: string;
  status?: string;
  languageTopic?: string;
  datapack?: MixDatapack;
  notes?: string;
  createTime?: string;
  modelType?: string;
  dynamicEntities?: { name?: string; structureType?: string }[];
  dataSources?: string[];
  errors?: MixErrorList;
}

export interface MixLatestBuilds {
  models?: {
    asr?: { builds?: MixBuildRef[]; projectId?: string };
    nlu?: { builds?: MixBuildRef[]; projectId?: string };
    dialog?: MixBuildRef & { projectId?: string };
  };
}

export interface MixBuildReport {
  locale?: string;
  version?: string;
  buildLabel?: string;
  status?: string;
  errors?: MixErrorList;
  createTime?: string;
}

export interface MixJob {
  id: string;
  type?: string;
  projectId?: string;
  status?: 'RUNNING' | 'COMPLETED' | 'PARTIALLY_COMPLETED' | 'FAILED' | string;
  createTime?: string;
  updateTime?: string;
  duration?: string;
  report?: Record<string, { reports?: MixBuildReport[] } | undefined>;
}

export interface MixIntent {
  id?: string;
  name: string;
  isInBaseOntology?: boolean;
  links?: { entityRef?: string }[];
  dataSource?: unknown;
}

export type MixEntityKind = 'list' | 'freeform' | 'base' | 'regex' | 'relational' | 'ruleBased';

export interface MixEntityBody {
  id?: string;
  name?: string;
  isDynamic?: boolean;
  numLiterals?: number;
  dataType?: string;
  anaphora?: string;
  pattern?: string;
  isA?: string;
  hasA?: { entities?: string[] };
  settings?: { isSensitive?: boolean; canonicalize?: boolean };
  [field: string]: unknown;
}

/** Entities come wrapped in one key naming their kind: `{ listEntity: {...} }`. */
export type MixEntityWrapper = Partial<Record<`${MixEntityKind}Entity`, MixEntityBody>>;

export interface MixEnvConfigs {
  projectDefaults?: { label?: string; value?: string }[];
  environments?: {
    id: string;
    name?: string;
    environmentGeographies?: {
      id: string;
      name?: string;
      environmentGeographyDefaults?: { label?: string; value?: string }[];
    }[];
  }[];
}

// ---------------------------------------------------------------------------------------------
// Readers of Mix-specific shapes, built on the one tolerant reader (./tolerant-reader)
// ---------------------------------------------------------------------------------------------

export function pagingOf(body: unknown): MixPaging {
  if (!isRecord(body)) return {};
  const paging: MixPaging = {};
  for (const name of ['totalSize', 'count', 'limit', 'offset'] as const) {
    const value = countOf(body[name]);
    if (value !== undefined) paging[name] = value;
  }
  return paging;
}

const ENTITY_KINDS: readonly MixEntityKind[] = [
  'list',
  'freeform',
  'base',
  'regex',
  'relational',
  'ruleBased',
];

/**
 * The kind and body of an entity wrapper (`{listEntity: {...}}` → `list`). Unknown kinds Mix may add later
 * come back with their key minus `Entity`, so a list can still show them.
 */
export function entityKind(
  wrapper: unknown,
): { kind: MixEntityKind | string; entity: MixEntityBody } | undefined {
  if (!isRecord(wrapper)) return undefined;
  for (const [key, value] of Object.entries(wrapper)) {
    if (!key.endsWith('Entity') || !isRecord(value)) continue;
    const kind = key.slice(0, -'Entity'.length);
    const known = ENTITY_KINDS.find((candidate) => candidate === kind);
    return { kind: known ?? kind, entity: value };
  }
  return undefined;
}

/** gRPC status codes run from 0 (OK) to 16 (UNAUTHENTICATED); anything else is not one. */
const GRPC_CODES = 16;

/**
 * The gRPC status code of a grpc-gateway error body (`{code: 5, message}`), or undefined. An API gateway's
 * own body (`{code: 401, status: "Unauthorized", message}`, mix-api.md §1.6) carries an HTTP status there:
 * that is not a gRPC code and must not be presented as one.
 */
export function grpcCodeOf(body: unknown): number | undefined {
  const code = isRecord(body) ? body['code'] : undefined;
  return typeof code === 'number' && Number.isInteger(code) && code >= 0 && code <= GRPC_CODES
    ? code
    : undefined;
}

/** Mix's own words from an error body: grpc-gateway `{code, message}`, a bare `{message}`, or `{error}`. */
export function mixErrorMessage(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const text = [body['message'], body['error']].find((value) => typeof value === 'string' && value !== '');
  return typeof text === 'string' ? text : undefined;
}
