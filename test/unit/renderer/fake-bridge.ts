/**
 * An in-memory MixExplorerBridge for renderer tests: profiles CRUD, a session state machine and events,
 * behaving like main does over IPC (answers arrive asynchronously; `profiles:save` validates with the
 * same rules main uses). Tests drive the parts a person would do in the Mix window through the
 * `complete…`/`fail…`/`expire` controls.
 */
import type {
  ActivityEntry,
  AppInfo,
  CopyTokenResult,
  EventChannel,
  EventPayload,
  ExportContents,
  InvokeChannel,
  InvokeRequest,
  InvokeResponse,
  MixDownloadResponse,
  MixExplorerBridge,
  MixGetRequest,
  MixGetResponse,
  Problem,
  Profile,
  ProfileDraft,
  ProfilesState,
  Result,
  SessionState,
  SettingsTestResult,
  SignInRequest,
  WorkspaceItems,
} from '../../../common/ipc-contract';
import { systemLabel } from '../../../common/mix-systems';
import { ProblemError } from '../../../main/problem';
import { InMemorySettingsFile } from '../../../main/storage/in-memory-settings-file';
import { createWorkspaceItems } from '../../../main/workspace/workspace-items';
import { newProfileDraft } from '../../../common/profile-defaults';
import { validateProfile } from '../../../common/profile-validation';
import { NO_SAVED_FILE, createDownloadRegister } from '../../../main/app/download-register';

type Handlers = {
  [C in InvokeChannel]: (
    request: InvokeRequest<C>,
  ) => Result<InvokeResponse<C>> | Promise<Result<InvokeResponse<C>>>;
};
type Listeners = { [E in EventChannel]: Set<(payload: EventPayload<E>) => void> };

export interface InvokeCall {
  channel: InvokeChannel;
  request: unknown;
}

interface PendingSignIn {
  request: SignInRequest;
  settle: (result: Result<SessionState>) => void;
  /** The status a cancelled attempt goes back to (main's `settledStatus`). */
  before: SessionState['status'];
}

export interface FakeBridgeOptions {
  now?: () => number;
  appInfo?: Partial<AppInfo>;
  profiles?: ProfileDraft[];
}

export const FAKE_ACCESS_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.fake-access-token.c2lnbmF0dXJl';
export const TOKEN_LIFETIME_MS = 15 * 60_000;

/** What main says when a session can no longer be renewed (main/session/session-problems.ts). */
const SESSION_ENDED: Problem = {
  code: 'session-expired',
  message: 'Your Mix session has expired. Please sign in again.',
  actions: ['sign-in'],
};

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(problem: Problem): Result<T> => ({ ok: false, problem });

export class FakeBridge implements MixExplorerBridge {
  readonly calls: InvokeCall[] = [];
  appInfo: AppInfo;
  /** Makes the next `profiles:save` fail with this problem, whatever the draft. */
  nextSaveProblem: Problem | null = null;
  /** What "Test these settings" answers (main's tester is tested under Node against real servers). */
  settingsTestResult: SettingsTestResult = {
    checks: [
      {
        id: 'auth-host',
        label: 'Authorization server answers over TLS',
        outcome: 'pass',
        detail: 'It answered.',
      },
    ],
    at: 0,
  };
  /** What the last "copy access token" put on the clipboard. */
  clipboard = '';
  /** Profiles whose embedded window still remembers a Mix login. */
  readonly rememberedLogins = new Set<string>();

  private profiles: Profile[] = [];
  private activeProfileId: string | null = null;
  private readonly secrets = new Map<string, string>();
  private readonly sessions = new Map<string, SessionState>();
  private readonly pending = new Map<string, PendingSignIn>();
  private readonly listeners: Listeners = {
    'session:changed': new Set(),
    'profiles:changed': new Set(),
    'app:notice': new Set(),
    'app:secret-storage': new Set(),
    'activity:entry': new Set(),
    'download:progress': new Set(),
    'download:entry': new Set(),
    'app:deep-link': new Set(),
    'app:open-settings': new Set(),
  };
  private nextId = 1;
  private readonly now: () => number;
  /** Home's recent and pinned views: main's own store, over a settings file in memory. */
  readonly workspace = createWorkspaceItems({
    file: new InMemorySettingsFile(),
    clock: { now: () => this.now() },
    log: { warn: () => undefined },
  });

  constructor(options: FakeBridgeOptions = {}) {
    this.now = options.now ?? Date.now;
    this.appInfo = {
      version: '0.1.0',
      secretStorage: { mode: 'encrypted' },
      notices: [],
      demo: false,
      ...options.appInfo,
    };
    for (const draft of options.profiles ?? []) this.storeProfile(draft);
  }

  // ------------------------------------------------------------------ the bridge itself

  invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<Result<InvokeResponse<C>>> {
    this.calls.push({ channel, request });
    const handler = this.handlers[channel] as (
      request: InvokeRequest<C>,
    ) => Result<InvokeResponse<C>> | Promise<Result<InvokeResponse<C>>>;
    // Real IPC always answers later, never synchronously.
    return Promise.resolve().then(() => handler(request));
  }

  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const set = this.listeners[event] as Set<(payload: EventPayload<E>) => void>;
    set.add(listener);
    return () => set.delete(listener);
  }

  // ------------------------------------------------------------------ controls for tests

  listenerCount(event: EventChannel): number {
    return this.listeners[event].size;
  }

  emit<E extends EventChannel>(event: E, payload: EventPayload<E>): void {
    for (const listener of [...(this.listeners[event] as Set<(payload: EventPayload<E>) => void>)])
      listener(payload);
  }

  signInRequests(): SignInRequest[] {
    return this.calls
      .filter((call) => call.channel === 'session:sign-in')
      .map((call) => call.request as SignInRequest);
  }

  /** The user finished signing in in the Mix window. */
  completeSignIn(profileId: string, facts: Partial<SessionState> = {}): void {
    const attempt = this.takePending(profileId);
    this.rememberedLogins.add(profileId);
    const session = this.setSession(profileId, {
      status: 'signed-in',
      account: 'demo@mix.example',
      expiresAt: this.now() + TOKEN_LIFETIME_MS,
      scope: 'mix-api',
      renewal: 'idle',
      canRefresh: false,
      signInMode: attempt.request.mode ?? this.profile(profileId).signInMode,
      lastError: undefined,
      ...facts,
    });
    attempt.settle(ok(session));
  }

  failSignIn(profileId: string, problem: Problem): void {
    const attempt = this.takePending(profileId);
    this.setSession(profileId, { status: 'signed-out', lastError: problem });
    attempt.settle(fail(problem));
  }

  /** The user closed the Mix window: like main, a cancel, which resolves quietly (no rejection, no error). */
  closeSignInWindow(profileId: string): void {
    this.settleCancelled(profileId);
  }

  /** Renewal worked: a new token, the session stays signed in. */
  renew(profileId: string): void {
    this.setSession(profileId, {
      status: 'signed-in',
      renewal: 'idle',
      expiresAt: this.now() + TOKEN_LIFETIME_MS,
      lastError: undefined,
    });
  }

  /** Renewal failed for good: main marks the session expired, keeps what it knew and says why. */
  expire(profileId: string, reason: Problem = SESSION_ENDED): void {
    this.setSession(profileId, { status: 'expired', renewal: 'failed', lastError: reason });
  }

  session(profileId: string): SessionState {
    return this.sessions.get(profileId) ?? this.signedOut(profileId);
  }

  profileByName(name: string): Profile | undefined {
    return this.profiles.find((profile) => profile.name === name);
  }

  // ------------------------------------------------------------------ channel handlers

  private workspaceAnswer(run: () => WorkspaceItems): Result<WorkspaceItems> {
    try {
      return ok(run());
    } catch (error) {
      if (error instanceof ProblemError) return fail(error.problem);
      throw error;
    }
  }

  private readonly handlers: Handlers = {
    'app:info': () => ok(this.appInfo),
    'profiles:list': () => ok(this.profilesState()),
    'profiles:save': (draft) => this.save(draft),
    'profiles:duplicate': ({ profileId }) => {
      const original = this.profiles.find((profile) => profile.id === profileId);
      if (!original) return fail(this.notFound());
      const { id: _id, hasClientSecret: _has, ...settings } = original;
      const copy = this.storeProfile({ ...settings, name: `${original.name} (copy)` });
      const secret = this.secrets.get(profileId);
      if (secret !== undefined) {
        this.secrets.set(copy.id, secret);
        copy.hasClientSecret = true;
      }
      this.emit('profiles:changed', this.profilesState());
      return ok(copy);
    },
    'profiles:remove': ({ profileId }) => {
      if (!this.profiles.some((profile) => profile.id === profileId)) return fail(this.notFound());
      this.profiles = this.profiles.filter((profile) => profile.id !== profileId);
      this.secrets.delete(profileId);
      this.sessions.delete(profileId);
      this.workspace.forget(profileId);
      if (this.activeProfileId === profileId) this.activeProfileId = this.profiles[0]?.id ?? null;
      this.emit('profiles:changed', this.profilesState());
      return ok(this.profilesState());
    },
    'profiles:select': ({ profileId }) => {
      if (!this.profiles.some((profile) => profile.id === profileId)) return fail(this.notFound());
      this.activeProfileId = profileId;
      this.emit('profiles:changed', this.profilesState());
      return ok(this.profilesState());
    },
    'profiles:test-settings': () => ok(this.settingsTestResult),
    'session:get': ({ profileId }) => ok(this.session(profileId)),
    'session:sign-in': (request) =>
      new Promise<Result<SessionState>>((settle) => {
        const before = this.session(request.profileId).status;
        this.pending.set(request.profileId, { request, settle, before });
        this.setSession(request.profileId, {
          status: 'signing-in',
          signInMode: request.mode ?? this.profile(request.profileId).signInMode,
          lastError: undefined,
        });
      }),
    'session:cancel-sign-in': ({ profileId }) => {
      this.settleCancelled(profileId);
      return ok(this.session(profileId));
    },
    'session:sign-out': ({ profileId }) => {
      const signedOut = this.setSession(profileId, this.signedOut(profileId));
      // Like main's Demo: signing its profile out stops the emulator and removes the profile.
      if (this.profiles.find((profile) => profile.id === profileId)?.demo) {
        this.profiles = this.profiles.filter((profile) => profile.id !== profileId);
        if (this.activeProfileId === profileId) this.activeProfileId = this.profiles[0]?.id ?? null;
        this.emit('profiles:changed', this.profilesState());
      }
      return ok(signedOut);
    },
    // Main starts its built-in emulator; here the Demo profile is made, selected and signed in at once.
    'demo:start': () => {
      const demo = this.storeProfile({
        ...newProfileDraft('custom'),
        name: 'Demo (made-up data)',
        kind: 'service-account',
        authServerUrl: 'http://127.0.0.1:47000',
        apiUrl: 'http://127.0.0.1:47000',
        clientId: 'mix-explorer-demo',
        clientSecret: 'sandbox-secret',
      });
      demo.demo = true;
      this.activeProfileId = demo.id;
      this.setSession(demo.id, {
        status: 'signed-in',
        account: 'demo@mix.example',
        expiresAt: this.now() + TOKEN_LIFETIME_MS,
        scope: 'mix-api',
        renewal: 'idle',
        lastError: undefined,
      });
      this.emit('profiles:changed', this.profilesState());
      return ok(this.profilesState());
    },
    'session:forget': ({ profileId }) => {
      this.rememberedLogins.delete(profileId);
      return ok(this.setSession(profileId, this.signedOut(profileId)));
    },
    'session:copy-access-token': ({ profileId }) => {
      const session = this.session(profileId);
      if (session.status !== 'signed-in' || session.expiresAt === undefined) {
        return fail<CopyTokenResult>({ code: 'not-signed-in', message: 'Sign in to copy an access token.' });
      }
      this.clipboard = FAKE_ACCESS_TOKEN;
      return ok({ expiresAt: session.expiresAt });
    },
    // Explorer reads answer from `mixAnswer(endpoint, params)`, then `mixAnswers` (endpoint key → body);
    // anything else is Mix's 404. While `holdMixGets` is set, answers wait for `releaseMixGets()`.
    'mix:get': ({ profileId, endpoint, params = {} }) => {
      const answer = () => this.answerMixGet(profileId, endpoint, params);
      if (!this.holdMixGets) return answer();
      return new Promise((settle) => this.heldGets.push(() => settle(answer())));
    },
    'mix:cancel': () => ok(null),
    // Like main: the save dialog first (`downloadTarget`: undefined means the user closed it), then the
    // transfer, which the test ends with `finishDownload` or the user with `mix:cancel-download`.
    'mix:download': ({ downloadId }) => {
      if (this.downloadTarget === undefined) return ok({ saved: false });
      const path = this.downloadTarget;
      this.downloadRegister.started(downloadId, path.split(/[\\/]/).pop() ?? path, this.now());
      return new Promise((settle) => this.downloads.set(downloadId, { path, settle }));
    },
    'mix:cancel-download': ({ downloadId }) => {
      const download = this.downloads.get(downloadId);
      this.downloads.delete(downloadId);
      this.downloadRegister.cancelled(downloadId);
      download?.settle(fail({ code: 'cancelled', message: 'The download was cancelled.' }));
      return ok(null);
    },
    // Main's own register: Show in folder and Open reach the "shell" only for a file saved this session.
    'downloads:list': () => ok(this.downloadRegister.list()),
    'download:show-in-folder': ({ downloadId }) => this.shellCall(downloadId, this.shownInFolder),
    'download:open': ({ downloadId }) => this.shellCall(downloadId, this.openedFiles),
    // Like main: what the export holds (`exportContents`), or Mix's 404 when the test set none.
    'mix:read-export': ({ endpoint }) =>
      this.exportContents
        ? ok(this.exportContents)
        : fail({ code: 'not-found', message: `Mix.api has no ${endpoint} here.`, status: 404 }),
    'mix:copy-command': ({ format }) => {
      this.clipboard = format === 'mix-cli' ? 'mix …' : 'curl …';
      return ok(null);
    },
    'activity:list': () => ok([...this.activity]),
    'app:notify': ({ title, body }) => ok(this.notifications.push({ title, body }) > 0),
    'app:copy-text': ({ text }) => {
      this.clipboard = text;
      return ok(null);
    },
    'workspace:items': ({ profileId }) => this.workspaceAnswer(() => this.workspace.items(profileId)),
    'workspace:visit': ({ profileId, path, label }) =>
      this.workspaceAnswer(() => this.workspace.visit(profileId, path, label)),
    'workspace:pin': ({ profileId, path, label, pinned }) =>
      this.workspaceAnswer(() => this.workspace.pin(profileId, path, label, pinned)),
  };

  /** What `mix:read-export` answers; undefined: Mix's 404. */
  exportContents: ExportContents | undefined = undefined;
  /** Paths "Show in folder" and "Open" handed the OS shell. */
  readonly shownInFolder: string[] = [];
  readonly openedFiles: string[] = [];
  private readonly downloadRegister = createDownloadRegister((entry) => this.emit('download:entry', entry));

  private shellCall(downloadId: string, into: string[]): Result<null> {
    const path = this.downloadRegister.savedPath(downloadId);
    if (path === undefined) return fail({ code: 'not-found', message: NO_SAVED_FILE });
    into.push(path);
    return ok(null);
  }

  /** Notifications the renderer asked main to show. */
  readonly notifications: { title: string; body: string }[] = [];

  /** Bodies that `mix:get` answers with, by endpoint key (Home's version and organizations to begin with). */
  mixAnswers: Record<string, unknown> = {
    'system.version': { mixVersion: '4.12', apiVersion: 'v4', mixEnvironment: 'sandbox' },
    'organizations.list': {
      organizations: [
        { id: '1', displayName: 'demo@mix.example', type: 'PERSONAL' },
        { id: '2', displayName: 'Acme Voice', type: 'STANDARD' },
      ],
      totalSize: 2,
    },
  };
  /** Answers by endpoint and parameters; `undefined` falls back to `mixAnswers`. */
  mixAnswer: ((endpoint: string, params: Record<string, unknown>) => unknown) | null = null;
  /** Makes `mix:get` of an endpoint fail with this problem while set. */
  mixProblems: Record<string, Problem> = {};
  holdMixGets = false;
  /** Where the save dialog "saves" downloads; undefined: the user closes the dialog. */
  downloadTarget: string | undefined = undefined;
  /** What `activity:list` answers. */
  activity: ActivityEntry[] = [];
  private heldGets: (() => void)[] = [];
  private readonly downloads = new Map<
    string,
    { path: string; settle: (result: Result<MixDownloadResponse>) => void }
  >();

  /** Lets every held `mix:get` answer. */
  releaseMixGets(): void {
    const held = this.heldGets;
    this.heldGets = [];
    for (const release of held) release();
  }

  mixGetRequests(): MixGetRequest[] {
    return this.calls
      .filter((call) => call.channel === 'mix:get')
      .map((call) => call.request as MixGetRequest);
  }

  cancelledRequestIds(): string[] {
    return this.calls
      .filter((call) => call.channel === 'mix:cancel')
      .map((call) => (call.request as { requestId: string }).requestId);
  }

  /** Ids of downloads in progress. */
  runningDownloads(): string[] {
    return [...this.downloads.keys()];
  }

  /** The transfer completed: main emits the last progress and answers with the saved file. */
  finishDownload(downloadId: string, bytes: number): void {
    const download = this.downloads.get(downloadId);
    if (!download) throw new Error(`no download ${downloadId}`);
    this.downloads.delete(downloadId);
    this.emit('download:progress', { downloadId, bytes, total: bytes });
    this.downloadRegister.saved(downloadId, download.path, bytes);
    download.settle(ok({ saved: true, path: download.path, bytes }));
  }

  private answerMixGet(
    profileId: string,
    endpoint: string,
    params: Record<string, unknown>,
  ): Result<MixGetResponse> {
    const problem = this.mixProblems[endpoint];
    if (problem) return fail(problem);
    const custom = this.mixAnswer?.(endpoint, params);
    const body = custom !== undefined ? custom : this.mixAnswers[endpoint];
    if (body === undefined) {
      return fail({ code: 'not-found', message: `Mix.api has no ${endpoint} here.`, status: 404 });
    }
    return this.whenSignedIn(profileId, () => ({
      data: body,
      status: 200,
      durationMs: 1,
      bytes: JSON.stringify(body).length,
    }));
  }

  // ------------------------------------------------------------------ helpers

  private save(draft: ProfileDraft): Result<Profile> {
    if (this.nextSaveProblem) {
      const problem = this.nextSaveProblem;
      this.nextSaveProblem = null;
      return fail(problem);
    }
    const { errors } = validateProfile(draft, { requireSecret: draft.id === undefined });
    if (Object.keys(errors).length > 0) {
      return fail({
        code: 'invalid-input',
        message: 'Some fields need attention.',
        fields: errors as Record<string, string>,
      });
    }
    const profile = this.storeProfile(draft);
    this.emit('profiles:changed', this.profilesState());
    return ok(profile);
  }

  private storeProfile(draft: ProfileDraft): Profile {
    const { clientSecret, id: existingId, ...settings } = draft;
    const id = existingId ?? `profile-${this.nextId++}`;
    if (clientSecret === null) this.secrets.delete(id);
    else if (typeof clientSecret === 'string') this.secrets.set(id, clientSecret);
    const profile: Profile = { ...settings, id, hasClientSecret: this.secrets.has(id) };
    const index = this.profiles.findIndex((existing) => existing.id === id);
    if (index >= 0) this.profiles[index] = profile;
    else this.profiles.push(profile);
    if (this.activeProfileId === null) this.activeProfileId = id;
    return profile;
  }

  private profilesState(): ProfilesState {
    return {
      profiles: this.profiles.map((profile) => ({ ...profile })),
      activeProfileId: this.activeProfileId,
    };
  }

  private profile(profileId: string): Profile {
    const profile = this.profiles.find((candidate) => candidate.id === profileId);
    if (!profile) throw new Error(`no profile ${profileId}`);
    return profile;
  }

  private signedOut(profileId: string): SessionState {
    const profile = this.profile(profileId);
    return {
      profileId,
      status: 'signed-out',
      system: systemLabel(profile.system, profile.apiUrl),
      renewal: 'idle',
      signInMode: profile.signInMode,
    };
  }

  private setSession(profileId: string, change: Partial<SessionState>): SessionState {
    const next: SessionState = { ...this.session(profileId), ...change, profileId };
    this.sessions.set(profileId, next);
    this.emit('session:changed', next);
    return next;
  }

  /** main's answer to a cancelled attempt: the sign-in resolves to the status before it, without an error. */
  private settleCancelled(profileId: string): void {
    const attempt = this.pending.get(profileId);
    if (!attempt) return;
    this.pending.delete(profileId);
    attempt.settle(ok(this.setSession(profileId, { status: attempt.before, lastError: undefined })));
  }

  private takePending(profileId: string): PendingSignIn {
    const attempt = this.pending.get(profileId);
    if (!attempt) throw new Error(`no sign-in in progress for ${profileId}`);
    this.pending.delete(profileId);
    return attempt;
  }

  private whenSignedIn<T>(profileId: string, value: () => T): Result<T> {
    const status = this.session(profileId).status;
    if (status === 'signed-in') return ok(value());
    // Like main: an expired session says so, anything else is simply not signed in.
    if (status === 'expired') return fail(SESSION_ENDED);
    return fail({ code: 'not-signed-in', message: 'Sign in to see this.', actions: ['sign-in'] });
  }

  private notFound(): Problem {
    return { code: 'not-found', message: 'That profile no longer exists.' };
  }
}
