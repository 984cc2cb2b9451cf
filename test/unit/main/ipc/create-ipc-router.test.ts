import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, type ProfileDraft, type ProfilesState } from '../../../../common/ipc-contract';
import { createIpcRouter, type IpcHandlers } from '../../../../main/ipc/create-ipc-router';
import type { IpcSender } from '../../../../main/ipc/ipc-sender';
import { problem } from '../../../../main/problem';

const APP_FRAME: IpcSender = { webContentsId: 1, isMainFrame: true, frameUrl: 'file:///app/index.html' };
const EMPTY: ProfilesState = { profiles: [], activeProfileId: null };

const draft: ProfileDraft = {
  name: 'US',
  system: 'us',
  authServerUrl: 'https://auth.crt.nuance.com',
  apiUrl: 'https://mix.api.nuance.com',
  clientId: 'appID:X',
  clientSecret: 's3cret',
  redirectUrl: 'http://localhost:3000/callback',
  tenant: 'mix',
  scope: 'mix-api',
  signInMode: 'embedded',
  usePkce: true,
  clientAuth: 'basic',
};

/** Handlers that record what reached them, so a test can prove a refused message had no effect. */
function recordingHandlers() {
  const calls: string[] = [];
  const record =
    <T>(name: string, value: T) =>
    async (request: unknown) => {
      calls.push(`${name}:${JSON.stringify(request)}`);
      return value;
    };
  const handlers = new Proxy({} as IpcHandlers, {
    get: (_target, channel: string) => record(channel, EMPTY),
  });
  return { calls, handlers };
}

function routerWith(handlers: IpcHandlers) {
  return createIpcRouter({
    handlers,
    isTrustedSender: (sender) =>
      sender.webContentsId === 1 && sender.isMainFrame && sender.frameUrl.startsWith('file:///app/'),
  });
}

describe('IPC router', () => {
  it('serves every contract channel', () => {
    const { handlers } = recordingHandlers();
    expect([...routerWith(handlers).channels].sort()).toContain('session:sign-in');
    // Exactly the contract's channels (a count here would conflict with every new channel).
    expect([...routerWith(handlers).channels].sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
  });

  it('passes a checked payload to the handler and wraps the answer', async () => {
    const { calls, handlers } = recordingHandlers();
    const result = await routerWith(handlers).handle(APP_FRAME, 'session:sign-in', {
      profileId: 'p1',
      mode: 'system-browser',
    });
    expect(result).toEqual({ ok: true, value: EMPTY });
    expect(calls).toEqual(['session:sign-in:{"profileId":"p1","mode":"system-browser"}']);
  });

  it.each([
    ['another webContents', { ...APP_FRAME, webContentsId: 2 }],
    ['a subframe of the window', { ...APP_FRAME, isMainFrame: false }],
    ['a page navigated elsewhere', { ...APP_FRAME, frameUrl: 'https://evil.example/' }],
  ])('refuses a message from %s without side effects', async (_name, sender) => {
    const { calls, handlers } = recordingHandlers();
    const result = await routerWith(handlers).handle(sender, 'profiles:remove', { profileId: 'p1' });
    expect(result).toMatchObject({ ok: false, problem: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['an unknown channel', 'fs:read', { path: '/etc/passwd' }],
    ['a missing payload', 'profiles:remove', undefined],
    ['a wrong type', 'profiles:remove', { profileId: 42 }],
    ['an id with path characters', 'profiles:remove', { profileId: '../x' }],
    ['an extra field', 'profiles:remove', { profileId: 'p1', admin: true }],
    ['an unknown sign-in mode', 'session:sign-in', { profileId: 'p1', mode: 'popup' }],
    ['a payload where none is taken', 'app:info', { x: 1 }],
    ['an array', 'session:get', ['p1']],
    ['a huge string', 'profiles:save', { ...draft, name: 'x'.repeat(5000) }],
    ['a draft with a bad enum', 'profiles:save', { ...draft, clientAuth: 'jwt' }],
    ['a draft missing a field', 'profiles:save', { ...draft, scope: undefined }],
    ['a settings test with an extra field', 'profiles:test-settings', { ...draft, token: 'x' }],
    ['a settings test with a bad enum', 'profiles:test-settings', { ...draft, system: 'mars' }],
    ['a prototype-polluting key', 'profiles:remove', JSON.parse('{"profileId":"p1","__proto__":{"x":1}}')],
    ['a Mix.api endpoint outside the catalogue', 'mix:get', { profileId: 'p1', endpoint: 'admin.deleteAll' }],
    [
      'a Mix.api path param that walks up',
      'mix:get',
      { profileId: 'p1', endpoint: 'projects.get', params: { projectId: '..' } },
    ],
    [
      'a Mix.api query param the endpoint lacks',
      'mix:get',
      { profileId: 'p1', endpoint: 'projects.get', params: { projectId: '1', x: 1 } },
    ],
    [
      'a missing required Mix.api param',
      'mix:get',
      { profileId: 'p1', endpoint: 'builds.list', params: { projectId: '1' } },
    ],
    ['a request id with odd characters', 'mix:cancel', { requestId: 'a b' }],
    [
      'an unknown copy format',
      'mix:copy-command',
      { profileId: 'p1', endpoint: 'system.version', format: 'wget' },
    ],
  ])('refuses %s before any handler runs', async (_name, channel, payload) => {
    const { calls, handlers } = recordingHandlers();
    const result = await routerWith(handlers).handle(APP_FRAME, channel, payload);
    expect(result).toMatchObject({ ok: false, problem: { code: 'invalid-input' } });
    expect(calls).toEqual([]);
  });

  it('accepts a full profile draft, including a null secret', async () => {
    const { calls, handlers } = recordingHandlers();
    const result = await routerWith(handlers).handle(APP_FRAME, 'profiles:save', {
      ...draft,
      clientSecret: null,
    });
    expect(result.ok).toBe(true);
    expect(JSON.parse((calls[0] ?? '').slice('profiles:save:'.length))).toEqual({
      ...draft,
      clientSecret: null,
    });
  });

  it('passes a catalogue read with checked params', async () => {
    const { calls, handlers } = recordingHandlers();
    const result = await routerWith(handlers).handle(APP_FRAME, 'mix:get', {
      profileId: 'p1',
      endpoint: 'builds.list',
      params: { projectId: 1922, type: 'NLU', limit: 25 },
      requestId: 'r-1',
    });
    expect(result.ok).toBe(true);
    expect(JSON.parse((calls[0] ?? '').slice('mix:get:'.length))).toMatchObject({
      endpoint: 'builds.list',
      params: { projectId: '1922', type: 'NLU', limit: 25 },
      requestId: 'r-1',
    });
  });

  it('returns a service problem as it was phrased', async () => {
    const handlers = new Proxy({} as IpcHandlers, {
      get: () => async () => {
        throw problem('not-found', 'That profile no longer exists.');
      },
    });
    const result = await routerWith(handlers).handle(APP_FRAME, 'session:get', { profileId: 'gone' });
    expect(result).toEqual({
      ok: false,
      problem: { code: 'not-found', message: 'That profile no longer exists.' },
    });
  });

  it('hides internal errors behind a generic message', async () => {
    const handlers = new Proxy({} as IpcHandlers, {
      get: () => async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x') at /home/user/main.js:10");
      },
    });
    const result = await routerWith(handlers).handle(APP_FRAME, 'profiles:list', null);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.code).toBe('internal');
      expect(result.problem.message).not.toMatch(/undefined|main\.js/);
    }
  });

  it('sends every problem through the one redactor, whatever a service put into it', async () => {
    const handlers = new Proxy({} as IpcHandlers, {
      get: () => async () => {
        throw problem('token-error', 'The token endpoint refused code=leaked-code-1', {
          detail: 'echo: client_secret=leaked-secret&Authorization: Basic bGVha2VkOmNyZWRz',
        });
      },
    });
    const result = await routerWith(handlers).handle(APP_FRAME, 'profiles:list', null);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/leaked-code-1|leaked-secret|bGVha2VkOmNyZWRz/);
    if (!result.ok) expect(result.problem.message).toBe('The token endpoint refused code=[redacted]');
  });

  it("writes refusals and failures to main's log, not the console", async () => {
    const lines: string[] = [];
    const log = {
      info: () => undefined,
      warn: (m: string) => lines.push(`W ${m}`),
      error: (m: string) => lines.push(`E ${m}`),
    };
    const handlers = new Proxy({} as IpcHandlers, {
      get: (_target, channel: string) => async () => {
        if (channel === 'profiles:list') throw new TypeError('boom in the profile list');
        throw problem('not-found', 'That profile no longer exists.', { status: 404 });
      },
    });
    const router = createIpcRouter({
      handlers,
      isTrustedSender: (sender) => sender.webContentsId === 1,
      log,
    });
    await router.handle(APP_FRAME, 'profiles:list', null);
    await router.handle(APP_FRAME, 'session:get', { profileId: 'gone' });
    await router.handle({ ...APP_FRAME, webContentsId: 2 }, 'session:get', { profileId: 'p1' });
    expect(lines).toEqual([
      'E [ipc] profiles:list failed: boom in the profile list',
      'W [ipc] session:get: not-found (HTTP 404)',
      'W [ipc] refused session:get from an untrusted frame',
    ]);
  });
});
