import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccountLookup } from '../../../../main/mix/account-lookup';
import { createMixClient, type MixClient } from '../../../../main/mix/mix-client';
import { setup as sessionSetup } from '../session/session-kit';
import { axiosFor, onCleanup, rejection, USER_AGENT } from './client-kit';
import { gate, sendJson, startScriptedServer } from './scripted-server';
import { waitFor } from '../app/services-kit';

/**
 * The Mix client on the real session manager (fake authorization service, real HTTP to a scripted Mix.api):
 * how 401s, renewals and rejections play together.
 */
async function signedInClient(options: {
  accepts: (token: string) => boolean;
  delayMs?: (n: number) => number;
  /** Holds an answer until the promise settles. */
  hold?: (path: string, token: string) => Promise<void> | undefined;
}) {
  let answered = 0;
  const server = await startScriptedServer(async (request, res) => {
    const token = (request.authorization ?? '').replace(/^Bearer /, '');
    const delay = options.delayMs?.(answered++) ?? 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    await options.hold?.(request.path, token);
    if (options.accepts(token)) sendJson(res, 200, { apiVersion: '4', token });
    else
      sendJson(res, 401, {
        code: 401,
        status: 'Unauthorized',
        message: 'The request could not be authorized',
      });
  });
  onCleanup(server.close);
  const t = sessionSetup({ profile: { system: 'custom', apiUrl: server.url } });
  await t.signIn(t.tokens('at-1', { refreshToken: 'rt' }));
  let issued = 1;
  t.authorizer.onRefresh = async () => t.tokens(`at-${++issued}`);
  const client = createMixClient({
    http: axiosFor('http'),
    profiles: t.profiles,
    sessions: t.manager,
    userAgent: USER_AGENT,
    clock: t.clock,
  });
  return { t, server, client };
}

describe('Mix client with the session manager', () => {
  it('20 reads whose 401s arrive spread out cause one token request, and all succeed', async () => {
    const revoked = new Set(['at-1']);
    const { t, client } = await signedInClient({
      accepts: (token) => !revoked.has(token),
      // The answers to the old token come back over ~200 ms, long after the first renewal finished.
      delayMs: (n) => n * 10,
    });

    const reads = await Promise.all(
      Array.from({ length: 20 }, (_, n) => client.get('p1', 'projects.get', { projectId: String(n + 1) })),
    );

    expect(reads.every((read) => (read.data as { token: string }).token === 'at-2')).toBe(true);
    expect(t.authorizer.refreshes).toHaveLength(1);
  });

  // Every way main reads Mix.api goes through the client and the sessions, so a refused session ends the
  // same way whichever read met it: no caller (IPC or not) has to remember to end it.
  it.each<[string, (client: MixClient, folder: string) => Promise<unknown>]>([
    ['an explorer read (mix:get)', (client) => client.get('p1', 'projects.get', { projectId: '7' })],
    [
      'a download (mix:download)',
      (client, folder) =>
        client.download('p1', 'projects.export', { projectId: '7' }, { targetPath: join(folder, 'p.zip') }),
    ],
    ['the account lookup after sign-in', (client) => createAccountLookup(client)('p1')],
  ])('a refused session ends the same way from %s', async (_name, read) => {
    const folder = await mkdtemp(join(tmpdir(), 'mix-sessions-'));
    onCleanup(() => rm(folder, { recursive: true, force: true }));
    const { t, client, server } = await signedInClient({ accepts: () => false });

    const error = await rejection(read(client, folder));

    expect(error.problem).toMatchObject({ code: 'session-expired', status: 401, actions: ['sign-in'] });
    expect(server.seen.map((request) => request.authorization)).toEqual(['Bearer at-1', 'Bearer at-2']);
    expect(t.manager.state('p1')).toMatchObject({
      status: 'expired',
      renewal: 'failed',
      lastError: { code: 'session-expired', status: 401 },
    });
    expect(t.authorizer.refreshes).toHaveLength(1);
    // Nothing half-written is left behind by the refused download.
    expect(await readdir(folder)).toEqual([]);
    // The session is over for every later read too: nothing more is sent.
    expect((await rejection(client.get('p1', 'system.version'))).problem.code).toBe('session-expired');
    expect(server.seen).toHaveLength(2);
  });

  it('a token Mix.api accepted and then revoked is renewed, even for a read already retrying with it', async () => {
    const revoked = new Set(['at-1']);
    const slowRead = gate();
    const { t, client, server } = await signedInClient({
      accepts: (token) => !revoked.has(token),
      // The second read's first answer (401 for at-1) comes back after at-2 has worked and been revoked.
      hold: (path, token) => (path === '/v4/projects/2' && token === 'at-1' ? slowRead.promise : undefined),
    });

    const second = client.get('p1', 'projects.get', { projectId: '2' });
    await server.requests(1);
    const first = await client.get('p1', 'projects.get', { projectId: '1' });
    expect((first.data as { token: string }).token).toBe('at-2');
    revoked.add('at-2');
    slowRead.open();
    // Renewals are at least 10 s apart: the second read waits for the next one.
    await waitFor(() =>
      server.seen.some(
        (request) => request.authorization === 'Bearer at-2' && request.path === '/v4/projects/2',
      ),
    );
    await waitFor(() => t.manager.state('p1').renewal !== undefined);
    t.clock.advance(10_000);

    expect(((await second).data as { token: string }).token).toBe('at-3');
    expect(t.manager.state('p1').status).toBe('signed-in');
    expect(t.authorizer.refreshes).toHaveLength(2);
  });
});
