/**
 * The single description of what crosses IPC between main and the renderer.
 * Types only: no Electron, Node or DOM, and no runtime code, so every process may import it.
 * Preload exposes exactly these channels; main validates every payload before any logic.
 */

import type { ActivityEntry } from './activity';

export type { ActivityEntry } from './activity';

// ---------------------------------------------------------------------------------------------
// Profiles: one per Mix system and account
// ---------------------------------------------------------------------------------------------

export type SystemPreset = 'us' | 'eu' | 'uk' | 'au' | 'custom';
export type SignInMode = 'embedded' | 'system-browser';
/**
 * How a profile signs in: `browser`, a person logs in to Mix (authorization code); `service-account`, the
 * app asks the token endpoint with the client ID and secret alone (client credentials, like Nuance's `mix`
 * CLI), no browser involved.
 */
export type ProfileKind = 'browser' | 'service-account';
/** How the token endpoint authenticates the client: HTTP Basic (Mix's documented way) or form body. */
export type ClientAuthMethod = 'basic' | 'body';

/** What the user edits about a profile; nothing secret. */
export interface ProfileSettings {
  name: string;
  /** Absent: `browser` (profiles saved before service accounts existed). */
  kind?: ProfileKind;
  system: SystemPreset;
  /** Origin of the Mix authorization service, e.g. `https://auth.crt.nuance.com`. */
  authServerUrl: string;
  /** Origin of Mix.api, e.g. `https://mix.api.nuance.com`. */
  apiUrl: string;
  clientId: string;
  /** Must match the URL registered in the Mix dashboard to the character. */
  redirectUrl: string;
  tenant: string;
  scope: string;
  signInMode: SignInMode;
  usePkce: boolean;
  clientAuth: ClientAuthMethod;
  /**
   * Refuse a sign-in response without `iss` (RFC 9207). Off by default: Mix's exact issuer is unknown. A
   * response that does carry `iss` is always checked, and so is every response once the server's metadata
   * says it sends one.
   */
  requireIss?: boolean;
}

export interface Profile extends ProfileSettings {
  id: string;
  /**
   * The in-app Demo: Mix Explorer's built-in Mix emulator on this computer, with made-up data. Set by main
   * only (`demo:start`); the profile goes away when its session is signed out.
   */
  demo?: boolean;
  /** The secret itself never leaves main. */
  hasClientSecret: boolean;
}

/** A profile as sent by the settings form. */
export interface ProfileDraft extends ProfileSettings {
  /** Absent for a new profile. */
  id?: string;
  /** undefined: keep the stored secret; null: remove it; a string: replace it. */
  clientSecret?: string | null;
}

export interface ProfilesState {
  profiles: Profile[];
  activeProfileId: string | null;
}

/** One line of "Test these settings" (main/auth/settings-test.ts). */
export type SettingsCheckId =
  'geography' | 'auth-host' | 'authorize' | 'redirect-url' | 'api-host' | 'client-secret' | 'service-account';

export interface SettingsCheck {
  id: SettingsCheckId;
  /** What was checked, e.g. `Authorization server answers over TLS`. */
  label: string;
  outcome: 'pass' | 'fail' | 'skipped';
  /** Why, in plain words: what answered, what failed and how to fix it, or why the check did not run. */
  detail: string;
}

/** What "Test these settings" found for the form's unsaved values; nothing secret. */
export interface SettingsTestResult {
  checks: SettingsCheck[];
  /** Epoch milliseconds at which the test finished. */
  at: number;
}

export interface ProfileIdRequest {
  profileId: string;
}

// ---------------------------------------------------------------------------------------------
// Problems: every failure the user sees, already phrased for a person
// ---------------------------------------------------------------------------------------------

export type ProblemCode =
  | 'cancelled'
  | 'timeout'
  | 'access-denied'
  | 'state-mismatch'
  | 'issuer-mismatch'
  | 'authorization-error'
  | 'load-failed'
  | 'port-in-use'
  | 'token-error'
  | 'network'
  | 'rate-limited'
  | 'http'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'session-expired'
  | 'not-signed-in'
  | 'invalid-input'
  | 'storage'
  /** An answer larger than Mix Explorer will hold (JSON reads are capped before parsing). */
  | 'too-large'
  | 'internal';

/** `download-raw`: save the answer of the same read to a file instead of showing it (`mix:download`). */
export type ProblemAction = 'retry' | 'use-system-browser' | 'sign-in' | 'open-settings' | 'download-raw';

export interface Problem {
  code: ProblemCode;
  /** One plain-text sentence for a person; never HTML, never a stack trace, never a secret. */
  message: string;
  /** Optional second line: what the server said, what to check next. */
  detail?: string;
  /** The host involved, when one is (load failures, network errors). */
  host?: string;
  /** The HTTP status, when there was one. */
  status?: number;
  /** Per-field messages for `invalid-input`. */
  fields?: Record<string, string>;
  /** What the UI may offer next. */
  actions?: ProblemAction[];
  /** The credential doctor's reading of a sign-in failure (main/auth/credential-doctor.ts). */
  diagnosis?: Diagnosis;
  /** What the failed sign-in attempt did, step by step ("What happened"; main/auth/sign-in-timeline.ts). */
  timeline?: SignInStep[];
}

/**
 * One step of a sign-in attempt: a page of the sign-in window, a request the app made, the redirect caught.
 * Built from hosts, paths and query parameter names only: never a code, state, verifier, token, secret or cookie.
 */
export interface SignInStep {
  /** Epoch milliseconds. */
  at: number;
  /** What happened, in a few words: `authorize`, `page loaded`, `redirect caught`, `token exchange`… */
  event: string;
  host?: string;
  path?: string;
  /** Names of the query parameters, never their values. */
  query?: string[];
  status?: number;
  /** How it went, in plain words (`opened in the sign-in window`, `ERR_CERT_AUTHORITY_INVALID`, `invalid_grant`). */
  outcome?: string;
}

export type DiagnosisKind =
  | 'client-rejected'
  | 'code-rejected'
  | 'refresh-rejected'
  | 'redirect-near-miss'
  | 'login-unreachable'
  | 'geography-mismatch';

/** A page that helps with a fix; the renderer links to it, main opens it only if it is on the documentation allow-list. */
export interface HelpLink {
  label: string;
  url: string;
}

/** What most likely went wrong in a sign-in, in plain words, and what fixes it. Never carries a secret. */
export interface Diagnosis {
  kind: DiagnosisKind;
  /** The cause, as one or two sentences. */
  cause: string;
  /** The fix, as a step the user can take. */
  fix: string;
  /** Other causes with the same symptom, most likely first. */
  otherCauses?: string[];
  links?: HelpLink[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; problem: Problem };

// ---------------------------------------------------------------------------------------------
// Application facts
// ---------------------------------------------------------------------------------------------

export interface SecretStorageStatus {
  /**
   * `waiting`: the OS keyring has not answered yet (locked, or a prompt is up), saved secrets wait for it;
   * `encrypted`: secrets are kept on disk encrypted by the OS; `memory-only`: kept until the app quits.
   */
  mode: 'waiting' | 'encrypted' | 'memory-only';
  /** What the user should know about it, for the UI: why memory-only, what is awaited, what is uncertain. */
  reason?: string;
}

export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  message: string;
}

export interface AppInfo {
  version: string;
  secretStorage: SecretStorageStatus;
  /** Things the user should know about start-up, e.g. a settings file that was set aside. */
  notices: Notice[];
  /** True under `npm run demo`: the app talks to the local Mix sandbox. */
  demo: boolean;
}

// ---------------------------------------------------------------------------------------------
// Session
// ---------------------------------------------------------------------------------------------

export type SessionStatus = 'signed-out' | 'signing-in' | 'signed-in' | 'expired';
/**
 * `renewing`: an attempt is in flight; `retrying`: the last attempt failed for a passing reason (network,
 * timeout, 5xx, 429) and another follows at `renewalRetryAt`, the session is kept; `failed`: the
 * authorization service said no, the user has to sign in again.
 */
export type RenewalState = 'idle' | 'renewing' | 'retrying' | 'failed';

export interface SessionState {
  profileId: string;
  status: SessionStatus;
  /** Display name of the Mix system, e.g. `US` or `Local sandbox`. */
  system: string;
  /** Who is signed in, when Mix told us (the personal organization's name). */
  account?: string;
  /** Epoch milliseconds. */
  expiresAt?: number;
  /** Epoch milliseconds at which the next automatic renewal is due. */
  renewsAt?: number;
  /** While `renewal` is `retrying`: epoch milliseconds of the next attempt. */
  renewalRetryAt?: number;
  /** The scope Mix granted. */
  scope?: string;
  renewal: RenewalState;
  /** Whether a refresh token was issued; otherwise renewal is silent re-authorization. */
  canRefresh?: boolean;
  organizationCount?: number;
  /** The sign-in mode of the current or last attempt. */
  signInMode?: SignInMode;
  lastError?: Problem;
}

export interface SignInRequest {
  profileId: string;
  /** Overrides the profile's sign-in mode for this attempt (the "Use system browser" button). */
  mode?: SignInMode;
  /** Use another account: a fresh browser partition with no remembered sign-in. */
  freshAccount?: boolean;
}

export interface CopyTokenResult {
  /** Epoch milliseconds at which the copied token stops working. */
  expiresAt: number;
}

// ---------------------------------------------------------------------------------------------
// Mix.api (grown by the explorer)
// ---------------------------------------------------------------------------------------------

/**
 * One read of Mix.api through main's client. `endpoint` is a key of MIX_ENDPOINTS (common/mix-endpoints.ts);
 * main checks it and `params` against the catalogue. `requestId` lets the renderer cancel a read it no
 * longer needs (`mix:cancel`).
 */
export interface MixGetRequest {
  profileId: string;
  endpoint: string;
  params?: Record<string, unknown>;
  requestId?: string;
}

export interface MixGetResponse {
  data: unknown;
  status: number;
  durationMs: number;
  bytes: number;
}

export interface RequestIdRequest {
  requestId: string;
}

/** A file from Mix.api (project package, build, exports...): main asks where to save it, then streams it. */
export interface MixDownloadRequest {
  profileId: string;
  endpoint: string;
  params?: Record<string, unknown>;
  downloadId: string;
  /** Used in the proposed file name, as Mix names its exports (`<id>-<name>-<time>.zip`). */
  projectName?: string;
}

export interface MixDownloadResponse {
  /** False when the user closed the save dialog. */
  saved: boolean;
  path?: string;
  bytes?: number;
}

export interface DownloadIdRequest {
  downloadId: string;
}

export interface DownloadProgress {
  downloadId: string;
  bytes: number;
  total?: number;
}

/**
 * One download of this session as main recorded it (the Downloads panel): main alone knows where files
 * went, and Show in folder / Open take only the `downloadId` of a file main itself saved.
 */
export interface DownloadEntry {
  downloadId: string;
  /** The file's name, e.g. `42-Coffee-2026-11-30T01-40-00.zip`. */
  fileName: string;
  /** Epoch milliseconds at which the user chose where to save it. */
  startedAt: number;
  state: 'running' | 'saved' | 'cancelled' | 'failed';
  bytes: number;
  total?: number;
  /** Where it was saved (`saved` only). */
  path?: string;
  /** Why it failed, in plain words (`failed` only). */
  error?: string;
}

/**
 * An intent's samples or an entity's literals read inline (`mix:read-export`): main fetches the export, unpacks
 * it in memory within bounds (main/exports) and parses it. `endpoint` is `samples.export` or `literals.export`.
 */
export interface ExportReadRequest {
  profileId: string;
  endpoint: string;
  params?: Record<string, unknown>;
  requestId?: string;
}

export interface ExportSample {
  intent: string;
  /** The sample's words, annotations reduced to their text. */
  text: string;
  count?: number;
  locale?: string;
}

export interface ExportLiteral {
  literal: string;
  value: string;
  locale?: string;
}

/** One file of an export; `truncated` when the result's row bound (or the raw text bound) cut it. */
export type ExportFile =
  | { name: string; kind: 'samples'; locale?: string; samples: ExportSample[]; truncated: boolean }
  | { name: string; kind: 'literals'; locale?: string; literals: ExportLiteral[]; truncated: boolean }
  /** A format not known for certain: the text as it came, and why it is shown so. */
  | { name: string; kind: 'raw'; text: string; truncated: boolean; note: string };

export interface ExportContents {
  files: ExportFile[];
  /** The export's size as Mix sent it. */
  bytes: number;
}

/** What to put on the clipboard for a request in view; the token only with `curl-with-token`. */
export interface MixCopyCommandRequest {
  profileId: string;
  endpoint: string;
  params?: Record<string, unknown>;
  format: 'curl' | 'curl-with-token' | 'mix-cli';
}

/** A `mix-explorer://<system>/<path>` link the OS handed to the app, already checked by main. */
export interface DeepLink {
  system: string;
  path: string;
}

/** Plain text for the clipboard (a link, a JSON value); main writes it, so it works without window focus. */
export interface CopyTextRequest {
  text: string;
}

/** A desktop notification for something that finished while the window was in the background. */
export interface NotifyRequest {
  title: string;
  body: string;
}

/** A view the user opened or pinned: its route path (common/explorer-routes) and the name it had then. */
export interface WorkspaceItem {
  path: string;
  label: string;
  /** When it was last opened or pinned, epoch milliseconds. */
  at: number;
}

/** Home's recently opened and pinned views of one profile, newest opened first; pinned in pin order. */
export interface WorkspaceItems {
  recent: WorkspaceItem[];
  pinned: WorkspaceItem[];
}

export interface WorkspaceItemRequest {
  profileId: string;
  path: string;
  label: string;
}

export interface WorkspacePinRequest extends WorkspaceItemRequest {
  pinned: boolean;
}

// ---------------------------------------------------------------------------------------------
// Channels
// ---------------------------------------------------------------------------------------------

/** Request/response channels: `invoke(channel, request)` resolves to a Result of the response. */
export interface InvokeChannels {
  'app:info': { request: null; response: AppInfo };
  'profiles:list': { request: null; response: ProfilesState };
  'profiles:save': { request: ProfileDraft; response: Profile };
  'profiles:duplicate': { request: ProfileIdRequest; response: Profile };
  'profiles:remove': { request: ProfileIdRequest; response: ProfilesState };
  'profiles:select': { request: ProfileIdRequest; response: ProfilesState };
  /** Checks the form's unsaved values without signing in; a stored secret is used only for its own binding. */
  'profiles:test-settings': { request: ProfileDraft; response: SettingsTestResult };
  'session:get': { request: ProfileIdRequest; response: SessionState };
  'session:sign-in': { request: SignInRequest; response: SessionState };
  'session:cancel-sign-in': { request: ProfileIdRequest; response: SessionState };
  'session:sign-out': { request: ProfileIdRequest; response: SessionState };
  'session:forget': { request: ProfileIdRequest; response: SessionState };
  /** Main writes the token to the clipboard itself: the token never crosses IPC. */
  'session:copy-access-token': { request: ProfileIdRequest; response: CopyTokenResult };
  'mix:get': { request: MixGetRequest; response: MixGetResponse };
  'mix:cancel': { request: RequestIdRequest; response: null };
  'mix:download': { request: MixDownloadRequest; response: MixDownloadResponse };
  'mix:cancel-download': { request: DownloadIdRequest; response: null };
  'mix:copy-command': { request: MixCopyCommandRequest; response: null };
  /** Samples or literals of an export, read inline (nothing written to disk); cancel with `mix:cancel`. */
  'mix:read-export': { request: ExportReadRequest; response: ExportContents };
  /** This session's downloads, newest first (bounded). */
  'downloads:list': { request: null; response: DownloadEntry[] };
  /** Shows a file main saved this session in the OS file manager; the renderer never names a path. */
  'download:show-in-folder': { request: DownloadIdRequest; response: null };
  /** Opens a file main saved this session with its default application. */
  'download:open': { request: DownloadIdRequest; response: null };
  'activity:list': { request: null; response: ActivityEntry[] };
  /** Shown only when the window is not focused; resolves to whether it was shown. */
  'app:notify': { request: NotifyRequest; response: boolean };
  'app:copy-text': { request: CopyTextRequest; response: null };
  'workspace:items': { request: ProfileIdRequest; response: WorkspaceItems };
  /** The view is on screen: it goes first in the profile's recent views. */
  'workspace:visit': { request: WorkspaceItemRequest; response: WorkspaceItems };
  'workspace:pin': { request: WorkspacePinRequest; response: WorkspaceItems };
  /**
   * Starts the Demo: the built-in Mix emulator on 127.0.0.1 (an ephemeral port), a Demo profile for it,
   * active and signed in. Signing that profile out (or quitting) stops the emulator and removes the profile.
   */
  'demo:start': { request: null; response: ProfilesState };
}

/** Events main pushes to the renderer. */
export interface EventChannels {
  'session:changed': SessionState;
  'profiles:changed': ProfilesState;
  'app:notice': Notice;
  /** The secret storage status, when the keyring has answered (it starts `waiting`). */
  'app:secret-storage': SecretStorageStatus;
  'activity:entry': ActivityEntry;
  'download:progress': DownloadProgress;
  /** A download started, finished, failed or was cancelled. */
  'download:entry': DownloadEntry;
  'app:deep-link': DeepLink;
  /** The application menu's Settings… item. */
  'app:open-settings': null;
}

export type InvokeChannel = keyof InvokeChannels;
export type InvokeRequest<C extends InvokeChannel> = InvokeChannels[C]['request'];
export type InvokeResponse<C extends InvokeChannel> = InvokeChannels[C]['response'];
export type EventChannel = keyof EventChannels;

// The Record types make the compiler list every contract channel, and nothing else: the preload's
// allow-list, and what main must serve.
export const INVOKE_CHANNELS: Readonly<Record<InvokeChannel, true>> = {
  'app:info': true,
  'profiles:list': true,
  'profiles:save': true,
  'profiles:duplicate': true,
  'profiles:remove': true,
  'profiles:select': true,
  'profiles:test-settings': true,
  'session:get': true,
  'session:sign-in': true,
  'session:cancel-sign-in': true,
  'session:sign-out': true,
  'session:forget': true,
  'session:copy-access-token': true,
  'mix:get': true,
  'mix:cancel': true,
  'mix:download': true,
  'mix:cancel-download': true,
  'mix:copy-command': true,
  'mix:read-export': true,
  'downloads:list': true,
  'download:show-in-folder': true,
  'download:open': true,
  'activity:list': true,
  'app:notify': true,
  'app:copy-text': true,
  'workspace:items': true,
  'workspace:visit': true,
  'workspace:pin': true,
  'demo:start': true,
};

export const EVENT_CHANNELS: Readonly<Record<EventChannel, true>> = {
  'session:changed': true,
  'profiles:changed': true,
  'app:notice': true,
  'app:secret-storage': true,
  'activity:entry': true,
  'download:progress': true,
  'download:entry': true,
  'app:deep-link': true,
  'app:open-settings': true,
};
export type EventPayload<E extends EventChannel> = EventChannels[E];

/** The one object preload exposes to the renderer, as `window[BridgeGlobalName]`. */
export interface MixExplorerBridge {
  invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<Result<InvokeResponse<C>>>;
  /** Returns a function that removes the listener. */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

export type BridgeGlobalName = 'mixExplorer';
