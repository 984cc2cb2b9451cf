/**
 * Shapes of Mix.api v4 answers: the documented forms (mix-api.md §3, §5) and the forms recorded real answers
 * take (§10, which wins). grpc-gateway drops zero values, Mix adds fields over time and sends ids as strings or
 * numbers, so almost everything is optional: read with the one tolerant reader (./tolerant-reader) and the
 * Mix-specific readers at the end of this file, never trust a field.
 */

import { countOf, field, isRecord, records, textOf } from './tolerant-reader';

export type { ActivityEntry } from './activity';

/** Ids are JSON strings in the docs (`"1922"`); some answers send numbers (`deploymentFlowId: 6582`). */
export type MixId = string | number;

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
  /** The Mix.api server that answered (§10). */
  mixAPIServer?: string;
}

export interface MixMember {
  id?: MixId;
  email?: string;
  name?: string;
}

export interface MixOrganizationItem {
  id: MixId;
  displayName?: string;
  type?: 'TYPE_UNSPECIFIED' | 'PERSONAL' | 'STANDARD' | string;
  members?: MixMember[];
}

export interface MixGeography {
  id: MixId;
  displayName?: string;
}

export interface MixEnvGeography {
  id: MixId;
  geography?: MixGeography;
  envType?: 'SANDBOX' | 'PRODUCTION' | 'EST_TYPE_UNSPECIFIED' | string;
  envHost?: string;
  /** The environment's name: in environments, bot configs and bot credentials; may be `""` (§10). */
  envName?: string;
}

export interface MixEnvironment {
  id: MixId;
  displayName?: string;
  geographies?: MixEnvGeography[];
}

export interface MixDeploymentFlowStep {
  id: MixId;
  step?: number;
  requiresApproval?: boolean;
  environments?: MixEnvironment[];
}

export interface MixDeploymentFlow {
  id: MixId;
  displayName?: string;
  steps?: MixDeploymentFlowStep[];
}

/** A data type's JSON schema as recorded (§10). */
export interface MixDataTypeSchema {
  schema?: string;
  title?: string;
  type?: string;
  description?: string;
  additionalProperties?: boolean;
  properties?: Record<string, unknown>;
  [field: string]: unknown;
}

export interface MixDataTypeBody {
  /** `ALPHANUM`, `AMOUNT`, `SET`, `NUMBER`, ... (§10). */
  name: string;
  schema?: MixDataTypeSchema;
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
  /** Read with `enginePackTopicRows`: both forms below are taken. */
  topics?: MixEnginePackTopics;
}

export interface MixDatapackVersion {
  version?: string;
  isSupported?: boolean;
}

/** Per-locale versions: an object keyed by locale (recorded) or a list of `{ locale, versions }`. */
export type MixTopicLocales =
  | Record<string, { versions?: MixDatapackVersion[] }>
  | { locale?: string; versions?: MixDatapackVersion[] }[];

/**
 * An object keyed by topic (the recorded form, §10: `{gen: {locales: {"en-US": {versions}}}}`), or a list of
 * `{ topic | name, locales }` (the form a repeated field would take; not seen yet, taken all the same).
 */
export type MixEnginePackTopics =
  | Record<string, { locales?: MixTopicLocales }>
  | { topic?: string; name?: string; locales?: MixTopicLocales }[];

export interface MixLanguageTopic {
  /** Looks like `"1"` (§10). */
  id?: MixId;
  name: string;
  locales?: { locale?: string; versions?: string[] }[];
}

export interface MixVoice {
  name: string;
  restricted?: boolean;
  gender?: string;
  /** `STANDARD` or `NEURAL` (§10). */
  model?: 'STANDARD' | 'NEURAL' | string;
  locale?: string;
  sampleRateHz?: number[];
  foreignLanguages?: string[];
  styles?: string[];
}

export type MixChannelMode =
  'AUDIO_SCRIPT' | 'DTMF' | 'INTERACTIVITY' | 'RICH_TEXT' | 'TTS' | 'TEXT' | string;

export interface MixChannel {
  id: MixId;
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

/**
 * A project. List items carry no enginePackId, isChildDataCompliant or projectDescription (§10), and some
 * recorded items no orgId either; `enginePackFeatures` comes with `includeFeatures=true`.
 */
export interface MixProject {
  id: MixId;
  orgId?: MixId;
  displayName?: string;
  languageTopic?: string;
  channels?: { channel?: MixChannel; isActive?: boolean }[];
  datapacks?: MixDatapack[];
  baseDatapack?: string;
  enginePackFeatures?: string[];
  /** `projects.get` (mix-cli's projects:get prints it); never in list items. */
  enginePackId?: string;
  createTime?: string;
  updateTime?: string;
}

export interface MixBuildRef {
  locale?: string;
  buildVersion?: string;
  buildLabel?: string;
  /** In app configs' builds; latest-build entries have none (§10). */
  createTime?: string;
}

export interface MixConfigBuilds {
  asr?: { builds?: MixBuildRef[]; projectId?: string };
  nlu?: { builds?: MixBuildRef[]; projectId?: string };
  dialog?: MixBuildRef & { projectId?: string };
}

export interface MixEnvGeographyDeployment {
  id: MixId;
  /** Bot configs' entries add `envName` (§10). */
  envGeography?: MixEnvGeography;
  status?: string;
  deploymentResult?: string;
  isOverridden?: boolean;
  /** Bot configs only (§10). */
  dataHosts?: MixDataHost[];
  /** Bot configs only (§10). */
  approvalRequired?: boolean;
}

export interface MixDeployment {
  id: MixId;
  status?: 'DEPLOYED' | 'PENDING_REQUEST' | 'UNDEPLOYED' | 'STATUS_UNSPECIFIED' | string;
  /** Often `[]` for PENDING_REQUEST and UNDEPLOYED (§10): the deployment flow names the environments then. */
  envGeographyDeployments?: MixEnvGeographyDeployment[];
}

export interface MixAppConfig {
  id: MixId;
  tag?: string;
  /** `""` when the config is not an override (§10): read with `overriddenConfigId`. */
  parentId?: MixId;
  /** A string in recorded app configs (`"6"`, §10), a number in bot configs and the docs. */
  deploymentFlowId?: MixId;
  deployments?: MixDeployment[];
  builds?: MixConfigBuilds;
  projectDetails?: {
    projectId?: MixId;
    projectName?: string;
    isChildDataCompliant?: boolean;
    projectDescription?: string;
  };
  /** Bot configs only. */
  hasInterface?: boolean;
  createTime?: string;
}

export interface MixApplication {
  id: MixId;
  applicationName?: string;
  organizationId?: MixId;
  organizationName?: string;
  /** `[]` unless a FULL view was asked for. */
  configs?: MixAppConfig[];
  createTime?: string;
}

export type MixBot = MixApplication;

export interface MixCredentialClient {
  id?: MixId;
  clientId?: string;
  clientName?: string;
  oauthScopes?: string;
  createTime?: string;
  updateTime?: string;
}

/** Times on the entry, the credential and each client (§10); bot credentials' geographies have `envName`. */
export interface MixCredential {
  id: MixId;
  credential?: {
    id?: MixId;
    appId?: string;
    /** `[]` (or missing) without the FULL view. */
    clients?: MixCredentialClient[];
    createTime?: string;
    updateTime?: string;
  };
  geographies?: MixEnvGeography[];
  createTime?: string;
  updateTime?: string;
}

export interface MixDataHost {
  id: MixId;
  alias?: string;
  environmentId?: MixId;
  environmentGeographyId?: MixId;
  value?: string;
}

export interface MixBotChannel extends MixChannel {
  codeName?: string;
  color?: string;
}

/** A variable has either a simple type (`STRING_TYPE`) or the id of a complex type (§10). */
export interface MixBotVariable {
  id?: MixId;
  displayName?: string;
  description?: string;
  isReserved?: boolean;
  simpleVariableType?: string;
  complexVariableTypeId?: MixId;
}

export interface MixTransferNode {
  id?: MixId;
  nodeName?: string;
  nodeType?: string;
  description?: string;
  /** `[]` in every recorded answer; entries are read as names or `{ displayName | name | id }`. */
  requestVariables?: unknown[];
}

/** `botInterfaces.get`'s `interface` (§10). */
export interface MixBotInterface {
  id?: MixId;
  /** A number (§10). */
  version?: number | string;
  languageTopic?: string;
  locales?: string[];
  channels?: MixBotChannel[];
  variables?: MixBotVariable[];
  transferNodes?: MixTransferNode[];
  createTime?: string;
}

export interface MixLock {
  lockId: MixId;
  projectId?: MixId;
  lockOwner?: MixMember;
  notes?: string;
  createTime?: string;
}

export interface MixErrorList {
  errors?: { message?: string; code?: string }[];
}

/** A build; a failed one has `errors.errors[]` and may lack datapack and data sources (§10). */
export interface MixBuild {
  projectId?: MixId;
  buildLabel: string;
  buildId?: MixId;
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
  id: MixId;
  type?: string;
  projectId?: MixId;
  status?: 'RUNNING' | 'COMPLETED' | 'PARTIALLY_COMPLETED' | 'FAILED' | string;
  createTime?: string;
  updateTime?: string;
  duration?: string;
  report?: Record<string, { reports?: MixBuildReport[] } | undefined>;
}

export interface MixIntent {
  id?: MixId;
  name: string;
  isInBaseOntology?: boolean;
  links?: { entityRef?: string }[];
  dataSource?: unknown;
}

export type MixEntityKind = 'list' | 'freeform' | 'base' | 'regex' | 'relational' | 'ruleBased';

export interface MixEntityBody {
  id?: MixId;
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

/** The entity kinds Mix.api knows, in the order lists show them. */
export const ENTITY_KINDS: readonly MixEntityKind[] = [
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

/**
 * The id of the config an app or bot config overrides, or undefined when it is not an override: Mix sends
 * `parentId: ""` then (§10), some answers leave the field out, and a zero id is no parent either.
 */
export function overriddenConfigId(config: unknown): string | undefined {
  const parentId = textOf(field(config, 'parentId'));
  return parentId === undefined || /^0+$/.test(parentId) ? undefined : parentId;
}

/** A variable's type: its simple type (`STRING_TYPE`) or the id of its complex type (§10). */
export function botVariableType(
  variable: unknown,
): { kind: 'simple'; type: string } | { kind: 'complex'; typeId: string } | undefined {
  const simple = textOf(field(variable, 'simpleVariableType'));
  if (simple) return { kind: 'simple', type: simple };
  const complex = textOf(field(variable, 'complexVariableTypeId'));
  return complex ? { kind: 'complex', typeId: complex } : undefined;
}

/** The names of a transfer node's request variables: plain names, or objects with a display name, name or id. */
export function requestVariableNames(node: unknown): string[] {
  const entries = field(node, 'requestVariables');
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown) => {
    const name =
      textOf(entry) ??
      textOf(field(entry, 'displayName')) ??
      textOf(field(entry, 'name')) ??
      textOf(field(entry, 'id'));
    return name ? [name] : [];
  });
}

export interface EnginePackTopicRow {
  topic: string;
  locale: string;
  versions: { version: string; supported: boolean }[];
}

function topicLocaleRows(topic: string, locales: unknown): EnginePackTopicRow[] {
  const entries: [string | undefined, unknown][] = Array.isArray(locales)
    ? records<Record<string, unknown>>(locales).map((entry) => [textOf(entry['locale']), entry])
    : isRecord(locales)
      ? Object.entries(locales)
      : [];
  return entries.flatMap(([locale, body]) => {
    if (!locale) return [];
    const versions = records<Record<string, unknown>>(field(body, 'versions')).flatMap((entry) => {
      const version = textOf(entry['version']);
      return version ? [{ version, supported: entry['isSupported'] === true }] : [];
    });
    return [{ topic, locale, versions }];
  });
}

/**
 * An engine pack's data packs as rows of topic, locale and versions, sorted by topic then locale. `topics` is an
 * object keyed by topic in recorded answers (§10) and may be a list of `{ topic | name, locales }`; locales
 * likewise an object keyed by locale or a list of `{ locale, versions }`. Anything else is no rows.
 */
export function enginePackTopicRows(topics: unknown): EnginePackTopicRow[] {
  const entries: [string | undefined, unknown][] = Array.isArray(topics)
    ? records<Record<string, unknown>>(topics).map((entry) => [
        textOf(entry['topic']) ?? textOf(entry['name']),
        entry,
      ])
    : isRecord(topics)
      ? Object.entries(topics)
      : [];
  return entries
    .flatMap(([topic, body]) => (topic ? topicLocaleRows(topic, field(body, 'locales')) : []))
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.locale.localeCompare(b.locale));
}
