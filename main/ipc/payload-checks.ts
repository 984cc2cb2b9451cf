import { validateMixParams } from '../../common/mix-endpoints';
import { isRecord } from '../../common/tolerant-reader';
import type {
  ClientAuthMethod,
  DownloadIdRequest,
  ExportReadRequest,
  MixCopyCommandRequest,
  ProfileKind,
  MixDownloadRequest,
  CopyTextRequest,
  MixGetRequest,
  NotifyRequest,
  RequestIdRequest,
  InvokeChannel,
  InvokeRequest,
  ProfileDraft,
  ProfileIdRequest,
  SignInMode,
  SignInRequest,
  SystemPreset,
  WorkspaceItemRequest,
  WorkspacePinRequest,
} from '../../common/ipc-contract';
import { MAX_ROUTE_PATH_LENGTH } from '../../common/explorer-routes';
import { problem } from '../problem';
import { isWorkspacePath, MAX_LABEL } from '../workspace/workspace-items';

/**
 * Runtime checks of every IPC payload, one per contract channel. A renderer compromised by a bug or an
 * injected script can send anything; nothing reaches a service before its shape is proven here.
 */

const MAX_TEXT = 2048;
const SYSTEM_PRESETS: readonly SystemPreset[] = ['us', 'eu', 'uk', 'au', 'custom'];
const SIGN_IN_MODES: readonly SignInMode[] = ['embedded', 'system-browser'];
const CLIENT_AUTH_METHODS: readonly ClientAuthMethod[] = ['basic', 'body'];
const PROFILE_KINDS: readonly ProfileKind[] = ['browser', 'service-account'];

function invalid(detail: string): never {
  throw problem('invalid-input', 'The request was refused because its content was malformed.', { detail });
}

function record(value: unknown, allowedKeys: readonly string[]): Record<string, unknown> {
  if (!isRecord(value)) invalid('Expected an object.');
  const extra = Object.keys(value).filter((key) => !allowedKeys.includes(key));
  if (extra.length > 0) invalid(`Unexpected field: ${extra[0]?.slice(0, 40)}.`);
  return value;
}

function text(value: unknown, field: string, maxLength = MAX_TEXT): string {
  if (typeof value !== 'string') invalid(`${field} must be text.`);
  if (value.length > maxLength) invalid(`${field} is too long.`);
  return value;
}

function oneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    invalid(`${field} is not valid.`);
  return value as T;
}

function flag(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') invalid(`${field} must be true or false.`);
  return value;
}

function profileId(value: unknown): string {
  const id = text(value, 'profileId', 128);
  if (!/^[A-Za-z0-9_-]+$/.test(id)) invalid('profileId is not valid.');
  return id;
}

function none(value: unknown): null {
  if (value !== null && value !== undefined) invalid('This request takes no content.');
  return null;
}

function profileIdRequest(value: unknown): ProfileIdRequest {
  const body = record(value, ['profileId']);
  return { profileId: profileId(body.profileId) };
}

function signInRequest(value: unknown): SignInRequest {
  const body = record(value, ['profileId', 'mode', 'freshAccount']);
  const request: SignInRequest = { profileId: profileId(body.profileId) };
  if (body.mode !== undefined) request.mode = oneOf(body.mode, 'mode', SIGN_IN_MODES);
  if (body.freshAccount !== undefined) request.freshAccount = flag(body.freshAccount, 'freshAccount');
  return request;
}

const DRAFT_KEYS = [
  'id',
  'name',
  'system',
  'authServerUrl',
  'apiUrl',
  'clientId',
  'clientSecret',
  'redirectUrl',
  'tenant',
  'scope',
  'signInMode',
  'usePkce',
  'clientAuth',
  'requireIss',
  'kind',
] as const;

function profileDraft(value: unknown): ProfileDraft {
  const body = record(value, DRAFT_KEYS);
  const draft: ProfileDraft = {
    name: text(body.name, 'name'),
    system: oneOf(body.system, 'system', SYSTEM_PRESETS),
    authServerUrl: text(body.authServerUrl, 'authServerUrl'),
    apiUrl: text(body.apiUrl, 'apiUrl'),
    clientId: text(body.clientId, 'clientId'),
    redirectUrl: text(body.redirectUrl, 'redirectUrl'),
    tenant: text(body.tenant, 'tenant'),
    scope: text(body.scope, 'scope'),
    signInMode: oneOf(body.signInMode, 'signInMode', SIGN_IN_MODES),
    usePkce: flag(body.usePkce, 'usePkce'),
    clientAuth: oneOf(body.clientAuth, 'clientAuth', CLIENT_AUTH_METHODS),
  };
  if (body.requireIss !== undefined) draft.requireIss = flag(body.requireIss, 'requireIss');
  if (body.kind !== undefined) draft.kind = oneOf(body.kind, 'kind', PROFILE_KINDS);
  if (body.id !== undefined) draft.id = profileId(body.id);
  if (body.clientSecret === null) draft.clientSecret = null;
  else if (body.clientSecret !== undefined) draft.clientSecret = text(body.clientSecret, 'clientSecret');
  return draft;
}

/** Ids the renderer makes up for requests and downloads it may cancel. */
function clientId(value: unknown, field: string): string {
  const id = text(value, field, 64);
  if (!/^[A-Za-z0-9_-]+$/.test(id)) invalid(`${field} is not valid.`);
  return id;
}

/** The endpoint must be in the catalogue and the params must fit it (main/mix checks them again). */
function mixTarget(body: Record<string, unknown>): { endpoint: string; params: Record<string, unknown> } {
  const endpoint = text(body.endpoint, 'endpoint', 80);
  const params = body.params === undefined ? {} : body.params;
  const checked = validateMixParams(endpoint, params);
  if (typeof checked === 'string') invalid(checked);
  return { endpoint, params: checked as Record<string, unknown> };
}

function mixGetRequest(value: unknown): MixGetRequest {
  const body = record(value, ['profileId', 'endpoint', 'params', 'requestId']);
  const request: MixGetRequest = { profileId: profileId(body.profileId), ...mixTarget(body) };
  if (body.requestId !== undefined) request.requestId = clientId(body.requestId, 'requestId');
  return request;
}

function requestIdRequest(value: unknown): RequestIdRequest {
  const body = record(value, ['requestId']);
  return { requestId: clientId(body.requestId, 'requestId') };
}

function mixDownloadRequest(value: unknown): MixDownloadRequest {
  const body = record(value, ['profileId', 'endpoint', 'params', 'downloadId', 'projectName']);
  const request: MixDownloadRequest = {
    profileId: profileId(body.profileId),
    ...mixTarget(body),
    downloadId: clientId(body.downloadId, 'downloadId'),
  };
  if (body.projectName !== undefined) request.projectName = text(body.projectName, 'projectName', 200);
  return request;
}

/** The exports main reads inline (main/exports): an intent's samples, an entity's literals. */
const INLINE_EXPORTS: readonly string[] = ['samples.export', 'literals.export'];

function exportReadRequest(value: unknown): ExportReadRequest {
  const body = record(value, ['profileId', 'endpoint', 'params', 'requestId']);
  const request: ExportReadRequest = { profileId: profileId(body.profileId), ...mixTarget(body) };
  if (!INLINE_EXPORTS.includes(request.endpoint)) invalid('This export cannot be read inline.');
  if (body.requestId !== undefined) request.requestId = clientId(body.requestId, 'requestId');
  return request;
}

function downloadIdRequest(value: unknown): DownloadIdRequest {
  const body = record(value, ['downloadId']);
  return { downloadId: clientId(body.downloadId, 'downloadId') };
}

function mixCopyCommandRequest(value: unknown): MixCopyCommandRequest {
  const body = record(value, ['profileId', 'endpoint', 'params', 'format']);
  return {
    profileId: profileId(body.profileId),
    ...mixTarget(body),
    format: oneOf(body.format, 'format', ['curl', 'curl-with-token', 'mix-cli'] as const),
  };
}

/** A JSON body the user copies can be large; IPC carries it, but not without bound. */
const MAX_COPY_TEXT = 20 * 1024 * 1024;

function copyTextRequest(value: unknown): CopyTextRequest {
  const body = record(value, ['text']);
  return { text: text(body.text, 'text', MAX_COPY_TEXT) };
}

function notifyRequest(value: unknown): NotifyRequest {
  const body = record(value, ['title', 'body']);
  return { title: text(body.title, 'title', 120), body: text(body.body, 'body', 400) };
}

/** A view to list on Home: a path the explorer can open (not Home itself) and the name it is shown under. */
function workspaceItemRequest(value: unknown, keys = ['profileId', 'path', 'label']): WorkspaceItemRequest {
  const body = record(value, keys);
  const path = text(body.path, 'path', MAX_ROUTE_PATH_LENGTH);
  if (!isWorkspacePath(path)) invalid('path is not a view of the explorer.');
  // A long name is shortened by the store; only an absurd one is refused.
  return { profileId: profileId(body.profileId), path, label: text(body.label, 'label', MAX_LABEL * 4) };
}

function workspacePinRequest(value: unknown): WorkspacePinRequest {
  const request = workspaceItemRequest(value, ['profileId', 'path', 'label', 'pinned']);
  return { ...request, pinned: flag((value as Record<string, unknown>).pinned, 'pinned') };
}

export type PayloadChecks = { [C in InvokeChannel]: (payload: unknown) => InvokeRequest<C> };

export const PAYLOAD_CHECKS: PayloadChecks = {
  'app:info': none,
  'profiles:list': none,
  'demo:start': none,
  'profiles:save': profileDraft,
  'profiles:duplicate': profileIdRequest,
  'profiles:remove': profileIdRequest,
  'profiles:select': profileIdRequest,
  'profiles:test-settings': profileDraft,
  'session:get': profileIdRequest,
  'session:sign-in': signInRequest,
  'session:cancel-sign-in': profileIdRequest,
  'session:sign-out': profileIdRequest,
  'session:forget': profileIdRequest,
  'session:copy-access-token': profileIdRequest,
  'mix:get': mixGetRequest,
  'mix:cancel': requestIdRequest,
  'mix:download': mixDownloadRequest,
  'mix:cancel-download': downloadIdRequest,
  'mix:copy-command': mixCopyCommandRequest,
  'mix:read-export': exportReadRequest,
  'downloads:list': none,
  'download:show-in-folder': downloadIdRequest,
  'download:open': downloadIdRequest,
  'activity:list': none,
  'app:notify': notifyRequest,
  'app:copy-text': copyTextRequest,
  'workspace:items': profileIdRequest,
  'workspace:visit': (value) => workspaceItemRequest(value),
  'workspace:pin': workspacePinRequest,
};
