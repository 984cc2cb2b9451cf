import { describe, expect, it } from 'vitest';
import { createMixClient } from '../../../../main/mix/mix-client';
import { problem } from '../../../../main/problem';
import { FakeClock, FakeProfiles, testProfile } from '../session/fakes';
import { clientKit, fakeSessions, rejection, USER_AGENT, axiosFor } from './client-kit';
import { sendJson, startScriptedServer } from './scripted-server';

describe('Mix client requests', () => {
  it('sends the token, user agent and Accept header to the catalogue path and returns the JSON', async () => {
    const t = await clientKit((_request, res) =>
      sendJson(res, 200, { projects: [{ id: '1' }], totalSize: 1 }),
    );

    const result = await t.client.get('p1', 'projects.list', {
      orgId: '64',
      limit: 25,
      excludeChannels: true,
    });

    expect(result).toMatchObject({ status: 200, data: { projects: [{ id: '1' }], totalSize: 1 } });
    expect(result.bytes).toBe(JSON.stringify({ projects: [{ id: '1' }], totalSize: 1 }).length);
    const [request] = t.server.seen;
    expect(request?.path).toBe('/v4/projects');
    expect([...(request?.query.entries() ?? [])]).toEqual([
      ['orgId', '64'],
      ['excludeChannels', 'true'],
      ['limit', '25'],
    ]);
    expect(request?.authorization).toBe('Bearer tok-1');
    expect(request?.headers['user-agent']).toBe(USER_AGENT);
    expect(request?.headers.accept).toBe('application/json');
  });

  it('sends each path parameter as one encoded segment', async () => {
    const t = await clientKit((_request, res) => sendJson(res, 200, {}));

    await t.client.get('p1', 'intents.get', { projectId: '7', intentName: 'a/b c' });
    await t.client.get('p1', 'entities.get', { projectId: 7, entityName: 'Größe.v2' });

    expect(t.server.seen.map((request) => request.rawPath)).toEqual([
      '/v4/projects/7/intents/a%2Fb%20c',
      '/v4/projects/7/entities/Gr%C3%B6%C3%9Fe.v2',
    ]);
  });

  it('refuses parameters that are unknown, mistyped or would climb out of the path, sending nothing', async () => {
    const t = await clientKit((_request, res) => sendJson(res, 200, {}));

    const unknown = await rejection(t.client.get('p1', 'projects.list', { orgid: '1' }));
    const climbing = await rejection(t.client.get('p1', 'intents.get', { projectId: '7', intentName: '..' }));
    const missing = await rejection(t.client.get('p1', 'builds.list', { projectId: '7' }));

    expect(unknown.problem).toMatchObject({ code: 'invalid-input' });
    expect(climbing.problem.message).toContain('intentName');
    expect(missing.problem.message).toContain('"type" is required');
    expect(t.server.seen).toHaveLength(0);
  });

  it('rejects an unknown profile', async () => {
    const t = await clientKit((_request, res) => sendJson(res, 200, {}));
    expect((await rejection(t.client.get('nope', 'system.version'))).problem.code).toBe('not-found');
  });
});

describe('Mix client sessions', () => {
  it('renews once on 401 and retries with the new token', async () => {
    const t = await clientKit((request, res) =>
      request.authorization === 'Bearer tok-2'
        ? sendJson(res, 200, { apiVersion: '4' })
        : sendJson(res, 401, {
            code: 401,
            status: 'Unauthorized',
            message: 'The request could not be authorized',
          }),
    );

    const result = await t.client.get('p1', 'system.version');

    expect(result.data).toEqual({ apiVersion: '4' });
    expect(t.sessions.renewals).toBe(1);
    expect(t.server.seen.map((request) => request.authorization)).toEqual(['Bearer tok-1', 'Bearer tok-2']);
    expect(t.activity.list()).toMatchObject([{ status: 200, retried: 1, waitedForRenewal: true }]);
  });

  it('reports an expired session when the retry is refused too', async () => {
    const t = await clientKit((_request, res) =>
      sendJson(res, 401, { message: 'The request could not be authorized' }),
    );

    const error = await rejection(t.client.get('p1', 'system.version'));

    expect(error.problem).toMatchObject({ code: 'session-expired', status: 401, actions: ['sign-in'] });
    expect(t.sessions.renewals).toBe(1);
    expect(t.server.seen).toHaveLength(2);
  });

  it('passes on a failed renewal without sending again', async () => {
    const t = await clientKit((_request, res) => sendJson(res, 401, {}));
    t.sessions.renew = () => Promise.reject(problem('session-expired', 'Your Mix session has expired.'));

    const error = await rejection(t.client.get('p1', 'system.version'));

    expect(error.problem.code).toBe('session-expired');
    expect(t.server.seen).toHaveLength(1);
  });

  it('reads the token again for every attempt, so a retry after a pause carries the current one', async () => {
    let calls = 0;
    const t = await clientKit((_request, res) => {
      calls += 1;
      if (calls === 1) sendJson(res, 503, { message: 'Try later' });
      else sendJson(res, 200, { ok: true });
    });
    t.sessions.current = 'tok-old';
    const sleep = async () => {
      t.sessions.current = 'tok-renewed-meanwhile';
    };
    const client = createMixClient({
      http: axiosFor('http'),
      profiles: t.profiles,
      sessions: t.sessions,
      userAgent: USER_AGENT,
      clock: t.clock,
      sleep,
    });

    await client.get('p1', 'system.version');

    expect(t.server.seen.map((request) => request.authorization)).toEqual([
      'Bearer tok-old',
      'Bearer tok-renewed-meanwhile',
    ]);
  });
});

describe('Mix client errors', () => {
  it("maps 403 to forbidden with Mix's message", async () => {
    const t = await clientKit((_request, res) =>
      sendJson(res, 403, { code: 7, message: 'Permission denied.' }),
    );
    expect((await rejection(t.client.get('p1', 'projects.get', { projectId: '1' }))).problem).toMatchObject({
      code: 'forbidden',
      message: 'Permission denied.',
      status: 403,
    });
  });

  it('maps a grpc-gateway 404 (code 5) and a bare {message} 404 to not-found', async () => {
    const t = await clientKit((request, res) =>
      request.path.endsWith('/999')
        ? sendJson(res, 404, { code: 5, message: 'Project with id=999 does not exist.', details: [] })
        : sendJson(res, 404, { message: 'No job found' }),
    );

    const grpc = await rejection(t.client.get('p1', 'projects.get', { projectId: '999' }));
    const bare = await rejection(t.client.get('p1', 'jobs.get', { projectId: '1', jobId: 'x' }));

    expect(grpc.problem).toMatchObject({
      code: 'not-found',
      message: 'Project with id=999 does not exist.',
      status: 404,
      host: t.server.host,
    });
    expect(grpc.problem.detail).toContain('gRPC code 5');
    expect(bare.problem).toMatchObject({ code: 'not-found', message: 'No job found', status: 404 });
  });

  it("does not call an API gateway's HTTP-looking code a gRPC code", async () => {
    // mix-api.md §1.6: the gateway's own body carries the HTTP status in `code`.
    const t = await clientKit((_request, res) =>
      sendJson(res, 403, { code: 403, status: 'Forbidden', message: 'The request could not be authorized' }),
    );
    const { problem } = await rejection(t.client.get('p1', 'projects.get', { projectId: '1' }));
    expect(problem).toMatchObject({ code: 'forbidden', message: 'The request could not be authorized' });
    expect(problem.detail).toBe(`HTTP 403 from ${t.server.host}.`);
  });

  it("keeps Mix's message for a 409 conflict", async () => {
    const t = await clientKit((_request, res) =>
      sendJson(res, 409, { code: 10, message: 'Project is locked.' }),
    );
    expect((await rejection(t.client.get('p1', 'locks.get', { projectId: '1' }))).problem).toMatchObject({
      code: 'conflict',
      message: 'Project is locked.',
      status: 409,
    });
  });

  it('honours Retry-After in seconds and as an HTTP date, and backs off normally for a negative one', async () => {
    const clock = new FakeClock();
    const retryAfter = ['2', new Date(clock.now() + 5_000).toUTCString(), '-5'];
    let calls = 0;
    const t = await clientKit(
      (_request, res) => {
        const header = retryAfter[calls];
        calls += 1;
        if (header) sendJson(res, 429, { message: 'Slow down' }, { 'retry-after': header });
        else sendJson(res, 200, { done: true });
      },
      { maxRetries: 3 },
    );
    t.clock.advance(clock.now() - t.clock.now());

    const result = await t.client.get('p1', 'system.version');

    expect(result.data).toEqual({ done: true });
    // random() = 0.5: the third retry's backoff is three quarters of 2 s.
    expect(t.sleeps).toEqual([2_000, 5_000, 1_500]);
    expect(t.activity.list()).toMatchObject([{ status: 200, retried: 3, waitedForRenewal: false }]);
  });

  it('waits at most 60 s in all for one read: a Retry-After past that ends the read at once', async () => {
    const retryAfter = ['30', '25', '30'];
    let calls = 0;
    const t = await clientKit(
      (_request, res) => {
        const header = retryAfter[calls] ?? '1';
        calls += 1;
        sendJson(res, 429, { message: 'Slow down' }, { 'retry-after': header });
      },
      { maxRetries: 5 },
    );

    const error = await rejection(t.client.get('p1', 'system.version'));

    expect(t.sleeps).toEqual([30_000, 25_000]);
    expect(t.server.seen).toHaveLength(3);
    expect(error.problem).toMatchObject({ code: 'http', status: 429 });
    expect(error.problem.detail).toContain('Mix.api asked to wait 30 s before trying again.');
  });

  it('does not start a day-long pause a server asks for', async () => {
    const t = await clientKit((_request, res) =>
      sendJson(res, 503, { message: 'Maintenance' }, { 'retry-after': '86400' }),
    );
    const error = await rejection(t.client.get('p1', 'system.version'));
    expect(t.sleeps).toEqual([]);
    expect(t.server.seen).toHaveLength(1);
    expect(error.problem.detail).toContain('asked to wait 86400 s');
  });

  it('retries a 503 after a jittered backoff and returns the later answer', async () => {
    let calls = 0;
    const t = await clientKit((_request, res) => {
      calls += 1;
      if (calls === 1) sendJson(res, 503, { message: 'Service unavailable' });
      else sendJson(res, 200, { apiVersion: '4' });
    });

    expect((await t.client.get('p1', 'system.version')).data).toEqual({ apiVersion: '4' });
    expect(t.server.seen).toHaveLength(2);
    // random() = 0.5: three quarters of the first 500 ms ceiling.
    expect(t.sleeps).toEqual([375]);
  });

  it('gives up on a 503 that never ends after maxRetries, saying how often it tried', async () => {
    const t = await clientKit((_request, res) => sendJson(res, 503, { message: 'Down for maintenance' }), {
      maxRetries: 3,
      random: () => 1,
    });

    const error = await rejection(t.client.get('p1', 'system.version'));

    expect(t.server.seen).toHaveLength(4);
    expect(t.sleeps).toEqual([500, 1_000, 2_000]);
    expect(error.problem).toMatchObject({
      code: 'http',
      status: 503,
      message: 'Down for maintenance',
      actions: ['retry'],
    });
    expect(error.problem.detail).toContain('tried 4 times');
  });

  it('does not retry an answer that will not change (400)', async () => {
    const t = await clientKit((_request, res) =>
      sendJson(res, 400, { code: 3, message: 'Organization 9 is not available.' }),
    );
    const error = await rejection(t.client.get('p1', 'projects.list', { orgId: '9' }));
    expect(error.problem).toMatchObject({ code: 'http', status: 400 });
    expect(t.server.seen).toHaveLength(1);
    expect(t.sleeps).toEqual([]);
  });

  it('turns a 200 with a junk body into a problem', async () => {
    const t = await clientKit((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('not json {');
    });
    expect((await rejection(t.client.get('p1', 'system.version'))).problem).toMatchObject({
      code: 'http',
      status: 200,
    });
  });

  it('names the host when nothing listens there, without the token', async () => {
    const closed = await startScriptedServer(() => undefined);
    await closed.close();
    const client = createMixClient({
      http: axiosFor('http'),
      profiles: new FakeProfiles(testProfile('p1', { apiUrl: closed.url })),
      sessions: fakeSessions('secret-token-value'),
      userAgent: USER_AGENT,
      clock: new FakeClock(),
    });

    const error = await rejection(client.get('p1', 'system.version'));

    expect(error.problem).toMatchObject({ code: 'network', host: closed.host, actions: ['retry'] });
    expect(error.problem.message).toContain(closed.host);
    expect(JSON.stringify(error.problem)).not.toContain('secret-token-value');
    expect(client.activity.list()[0]?.error).toContain(closed.host);
  });

  it('times out on the injected clock when the server never answers, and closes the connection', async () => {
    const t = await clientKit(() => undefined, { timeoutMs: 5_000 });

    const pending = rejection(t.client.get('p1', 'system.version'));
    await t.server.requests(1);
    const closed = t.server.nextEarlyClose();
    t.clock.advance(5_000);
    const error = await pending;
    await closed;

    expect(error.problem).toMatchObject({ code: 'network', host: t.server.host });
    expect(error.problem.message).toBe(`${t.server.host} did not answer within 5 seconds.`);
  });
});

describe('failed reads in the log', () => {
  it('writes one [mix] line per failed read, with host, status and problem, and none for a cancel', async () => {
    const lines: string[] = [];
    const log = {
      info: () => undefined,
      warn: (line: string) => void lines.push(line),
      error: () => undefined,
    };
    const t = await clientKit((_request, res) => sendJson(res, 404, { message: 'no such project' }), { log });

    await rejection(t.client.get('p1', 'projects.get', { projectId: '7' }));
    const controller = new AbortController();
    controller.abort();
    await rejection(t.client.get('p1', 'projects.get', { projectId: '8' }, { signal: controller.signal }));

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`^\\[mix\\] GET projects\\.get on ${t.server.host} \\(HTTP 404\\): not-found: `),
    );
    expect(lines[0]).not.toContain(t.sessions.current);
  });
});
