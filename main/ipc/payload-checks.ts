import type {
  ClientAuthMethod,
  InvokeChannel,
  InvokeRequest,
  ProfileDraft,
  ProfileIdRequest,
  SignInMode,
  SignInRequest,
  SystemPreset,
} from '../../common/ipc-contract';
import { problem } from '../problem';

/**
 * Runtime checks of every IPC payload, one per contract channel. A renderer compromised by a bug or an
 * injected script can send anything; nothing reaches a service before its shape is proven here.
 */

const MAX_TEXT = 2048;
const SYSTEM_PRESETS: readonly SystemPreset[] = ['us', 'eu', 'uk', 'au', 'custom'];
const SIGN_IN_MODES: readonly SignInMode[] = ['embedded', 'system-browser'];
const CLIENT_AUTH_METHODS: readonly ClientAuthMethod[] = ['basic', 'body'];

function invalid(detail: string): never {
  throw problem('invalid-input', 'The request was refused because its content was malformed.', { detail });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  if (body.id !== undefined) draft.id = profileId(body.id);
  if (body.clientSecret === null) draft.clientSecret = null;
  else if (body.clientSecret !== undefined) draft.clientSecret = text(body.clientSecret, 'clientSecret');
  return draft;
}

export type PayloadChecks = { [C in InvokeChannel]: (payload: unknown) => InvokeRequest<C> };

export const PAYLOAD_CHECKS: PayloadChecks = {
  'app:info': none,
  'profiles:list': none,
  'profiles:save': profileDraft,
  'profiles:duplicate': profileIdRequest,
  'profiles:remove': profileIdRequest,
  'profiles:select': profileIdRequest,
  'session:get': profileIdRequest,
  'session:sign-in': signInRequest,
  'session:cancel-sign-in': profileIdRequest,
  'session:sign-out': profileIdRequest,
  'session:forget': profileIdRequest,
  'session:copy-access-token': profileIdRequest,
  'mix:version': profileIdRequest,
  'mix:organizations': profileIdRequest,
};
