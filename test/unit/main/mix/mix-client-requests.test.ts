import axios from 'axios';
import { afterEach, describe, expect, it } from 'vitest';
import { createAccountLookup, readAllOrganizations } from '../../../../main/mix/account-lookup';
import { createMixClient, type MixClientDeps } from '../../../../main/mix/mix-client';
import { accountFromOrganizations } from '../../../../main/mix/organizations';
import { systemClock } from '../../../../main/ports/clock';
import { problem } from '../../../../main/problem';
import { boundToProfile } from '../../../../main/profiles/bound-http';
import { FakeProfiles, testProfile } from '../session/fakes';
import { USER_AGENT, fakeSessions, rejection } from './client-kit';
import { json, startServer, type Route } from './test-server';

const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** main's one Mix client, as create-main-services builds it, over real HTTP. */
function mixClient(deps: Omit<MixClientDeps, 'clock' | 'userAgent'>) {
  const client = createMixClient({ ...deps, userAgent: USER_AGENT, clock: systemClock });
  return {
    client,
    /** `GET /v4/version`'s body. */
    version: async (profileId: string) => (await client.get(profileId, 'system.version')).data,
    /** Every organization, as the account lookup pages them. */
    organizations: (profileId: string) => readAllOrganizations(client, profileId),
  };
}

async function setup(route: Route, apiPath = '') {
  const server = await startServer(route);
  closers.push(server.close);
  const profiles = new FakeProfiles(
    testProfile('p1', { system: 'custom', apiUrl: `${server.url}${apiPath}` }),
  );
  const sessions = fakeSessions();
  // Retries of 502/503 pause without waiting in real time.
  const sleep = () => Promise.resolve();
  const gateway = mixClient({ http: () => axios.create(), profiles, sessions, sleep });
  return { server, sessions, gateway, profiles };
}

function organizations(total: number) {
  return Array.from({ length: total }, (_, index) => ({
    id: String(index + 1),
    displayName: index === 0 ? 'ada@example.com' : `Org ${index + 1}`,
    type: index === 0 ? 'PERSONAL' : 'STANDARD',
    members: [{ id: 'm', email: 'x@example.com' }],
  }));
}

/** Serves a list the way Mix pages it: `limit`/`offset` in, `totalSize`/`count` out. */
function pagedOrganizations(all: ReturnType<typeof organizations>, withTotals = true): Route {
  return (request) => {
    const limit = Number(request.query.get('limit'));
    const offset = Number(request.query.get('offset'));
    const page = all.slice(offset, offset + limit);
    const totals = withTotals ? { totalSize: all.length, count: page.length } : {};
    return json(200, { organizations: page, ...totals, limit, offset });
  };
}

describe('Mix client requests', () => {
  it('sends the bearer token, user agent and Accept header, and returns the version body as Mix sent it', async () => {
    const t = await setup(() =>
      json(200, {
        mixEnvironment: 'prod',
        mixVersion: '3.14.0',
        apiVersion: '4.2.0',
        extra: { nested: true },
      }),
    );

    const version = await t.gateway.version('p1');

    // The body as Mix sent it: the renderer reads it with the tolerant reader.
    expect(version).toEqual({
      mixEnvironment: 'prod',
      mixVersion: '3.14.0',
      apiVersion: '4.2.0',
      extra: { nested: true },
    });
    const [request] = t.server.seen;
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe('/v4/version');
    expect(request?.headers.authorization).toBe('Bearer tok-1');
    expect(request?.headers['user-agent']).toBe(USER_AGENT);
    expect(request?.headers.accept).toBe('application/json');
  });

  it('reads the current token on every request', async () => {
    const t = await setup(() => json(200, {}));
    await t.gateway.version('p1');
    t.sessions.current = 'tok-9';
    await t.gateway.version('p1');
    expect(t.server.seen.map((request) => request.headers.authorization)).toEqual([
      'Bearer tok-1',
      'Bearer tok-9',
    ]);
  });

  it('fetches every organization across pages', async () => {
    const all = organizations(250);
    const t = await setup(pagedOrganizations(all));

    const list = await t.gateway.organizations('p1');

    expect(t.server.seen.map((request) => request.query.get('offset'))).toEqual(['0', '100', '200']);
    expect(t.server.seen.every((request) => request.query.get('view') === 'FULL')).toBe(true);
    expect(list.totalSize).toBe(250);
    expect(list.organizations.map((organization) => organization.id)).toEqual(
      all.map((organization) => organization.id),
    );
    expect(list.organizations[1]).toEqual({ id: '2', displayName: 'Org 2', type: 'STANDARD' });
    expect(accountFromOrganizations(list)).toBe('ada@example.com');
  });

  it('tolerates missing totalSize and count, paging on while pages come back full', async () => {
    const t = await setup(pagedOrganizations(organizations(130), false));

    const list = await t.gateway.organizations('p1');

    expect(t.server.seen).toHaveLength(2);
    expect(list.organizations).toHaveLength(130);
    expect(list.totalSize).toBe(130);
  });

  it('reads an empty answer (grpc-gateway drops zero values) as no organizations', async () => {
    const t = await setup(() => json(200, { limit: 100 }));
    expect(await t.gateway.organizations('p1')).toEqual({ organizations: [], totalSize: 0 });
  });

  it('skips malformed organizations and stops at the cap when the server never stops', async () => {
    const t = await setup((request) => {
      const offset = Number(request.query.get('offset'));
      const page = Array.from({ length: 100 }, (_, index) => ({ id: offset + index, displayName: 'x' }));
      return json(200, { organizations: [...page, { displayName: 'no id' }, 'junk'], totalSize: 1e9 });
    });

    const list = await t.gateway.organizations('p1');

    expect(list.organizations).toHaveLength(1000);
    expect(list.organizations[0]).toEqual({ id: '0', displayName: 'x' });
    expect(t.server.seen.length).toBeLessThanOrEqual(40);
  });
});

describe('Mix client sessions', () => {
  it('renews once on 401 and retries with the new token', async () => {
    const t = await setup((request) =>
      request.headers.authorization === 'Bearer tok-2'
        ? json(200, { apiVersion: '4' })
        : json(401, { code: 401, status: 'Unauthorized', message: 'The request could not be authorized' }),
    );

    const version = await t.gateway.version('p1');

    expect(version).toEqual({ apiVersion: '4' });
    expect(t.sessions.renewals).toBe(1);
    expect(t.server.seen.map((request) => request.headers.authorization)).toEqual([
      'Bearer tok-1',
      'Bearer tok-2',
    ]);
  });

  it('reports an expired session when the retry is refused too', async () => {
    const t = await setup(() => json(401, { message: 'The request could not be authorized' }));

    const error = await rejection(t.gateway.version('p1'));

    expect(error.problem).toMatchObject({ code: 'session-expired', status: 401, actions: ['sign-in'] });
    expect(t.sessions.renewals).toBe(1);
    expect(t.server.seen).toHaveLength(2);
  });

  it('passes on a session problem without sending anything', async () => {
    const t = await setup(() => json(200, {}));
    t.sessions.accessToken = () => Promise.reject(problem('not-signed-in', 'You are not signed in.'));

    const error = await rejection(t.gateway.version('p1'));

    expect(error.problem.code).toBe('not-signed-in');
    expect(t.server.seen).toHaveLength(0);
  });

  it('rejects an unknown profile', async () => {
    const t = await setup(() => json(200, {}));
    expect((await rejection(t.gateway.version('nope'))).problem.code).toBe('not-found');
  });
});

describe('Mix client errors', () => {
  it("shows a bare {message} body's message with its status", async () => {
    const t = await setup(() => json(400, { message: 'Organization 99999 is not available.' }));
    const error = await rejection(t.gateway.organizations('p1'));
    expect(error.problem).toMatchObject({
      code: 'http',
      message: 'Organization 99999 is not available.',
      status: 400,
    });
  });

  it('maps 403 to forbidden', async () => {
    const t = await setup(() => json(403, { code: 7, message: 'Permission denied.' }));
    expect((await rejection(t.gateway.version('p1'))).problem).toMatchObject({
      code: 'forbidden',
      status: 403,
    });
  });

  it('explains an HTML error page without showing it', async () => {
    const t = await setup(() => ({
      status: 502,
      contentType: 'text/html',
      body: '<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>',
    }));

    const error = await rejection(t.gateway.version('p1'));

    expect(error.problem).toMatchObject({ code: 'http', status: 502, actions: ['retry'] });
    expect(error.problem.message).toContain('502');
    expect(error.problem.detail).toContain('web page');
    expect(JSON.stringify(error.problem)).not.toContain('<');
  });

  it('turns a 200 with a junk body into a problem instead of crashing', async () => {
    const t = await setup(() => ({ status: 200, body: 'not json {' }));
    expect((await rejection(t.gateway.organizations('p1'))).problem).toMatchObject({
      code: 'http',
      status: 200,
    });
  });

  it('names the host when the network fails', async () => {
    const closed = await startServer(() => json(200, {}));
    await closed.close();
    const profiles = new FakeProfiles(testProfile('p1', { apiUrl: closed.url }));
    const gateway = mixClient({ http: () => axios.create(), profiles, sessions: fakeSessions() });

    const error = await rejection(gateway.version('p1'));

    expect(error.problem).toMatchObject({ code: 'network', host: closed.host, actions: ['retry'] });
    expect(error.problem.message).toContain(closed.host);
    expect(JSON.stringify(error.problem)).not.toContain('tok-1');
  });
});

describe('Mix client HTTP clients', () => {
  it('makes one HTTP client per profile for all its reads, and a new one when its Mix.api URL changes', async () => {
    const first = await startServer(() => json(200, { apiVersion: 'first' }));
    const second = await startServer(() => json(200, { apiVersion: 'second' }));
    closers.push(first.close, second.close);
    const profiles = new FakeProfiles(testProfile('p1', { system: 'custom', apiUrl: first.url }));
    const made: string[] = [];
    const http = (profile: { apiUrl: string }) => {
      made.push(profile.apiUrl);
      return axios.create();
    };
    const gateway = mixClient({ http, profiles, sessions: fakeSessions() });

    for (let read = 0; read < 3; read += 1)
      expect(await gateway.version('p1')).toEqual({ apiVersion: 'first' });
    expect(made).toEqual([first.url]);

    profiles.profiles.set('p1', testProfile('p1', { system: 'custom', apiUrl: second.url }));
    expect(await gateway.version('p1')).toEqual({ apiVersion: 'second' });
    expect(made).toEqual([first.url, second.url]);
    expect(first.seen).toHaveLength(3);
    expect(second.seen).toHaveLength(1);
  });

  it('still refuses to send a read prepared before its profile moved to other hosts', async () => {
    const oldHost = await startServer(() => json(200, { apiVersion: 'old' }));
    const newHost = await startServer(() => json(200, { apiVersion: 'new' }));
    closers.push(oldHost.close, newHost.close);
    const profiles = new FakeProfiles(testProfile('p1', { system: 'custom', apiUrl: oldHost.url }));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const sessions = fakeSessions();
    let reads = 0;
    const gateway = mixClient({
      http: boundToProfile(
        () => axios.create(),
        (id) => profiles.get(id),
      ),
      profiles,
      sessions: {
        ...sessions,
        // The second read waits for its token while the profile moves.
        accessToken: async (id: string) => {
          reads += 1;
          if (reads === 2) await held;
          return sessions.accessToken(id);
        },
      },
    });
    expect(await gateway.version('p1')).toEqual({ apiVersion: 'old' });

    const waiting = rejection(gateway.version('p1'));
    await expect.poll(() => reads).toBe(2);
    profiles.profiles.set('p1', testProfile('p1', { system: 'custom', apiUrl: newHost.url }));
    release();

    expect((await waiting).problem.code).toBe('cancelled');
    expect(oldHost.seen).toHaveLength(1);
    expect(newHost.seen).toHaveLength(0);
  });
});

describe('Mix client origin lock', () => {
  it('keeps requests on the API origin even when the configured URL has a path', async () => {
    const t = await setup(() => json(200, {}), '/some//other.example/path/');
    await t.gateway.version('p1');
    expect(t.server.seen.map((request) => request.path)).toEqual(['/v4/version']);
  });

  it('does not follow a redirect to another origin', async () => {
    const elsewhere = await startServer(() => json(200, { apiVersion: 'stolen' }));
    closers.push(elsewhere.close);
    const t = await setup(() => ({
      status: 302,
      body: '',
      headers: { location: `${elsewhere.url}/v4/version` },
    }));

    const error = await rejection(t.gateway.version('p1'));

    expect(error.problem).toMatchObject({ code: 'http', status: 302, actions: ['open-settings'] });
    expect(elsewhere.seen).toHaveLength(0);
  });

  it('refuses a profile whose API URL is not http(s)', async () => {
    const profiles = new FakeProfiles(testProfile('p1', { apiUrl: 'file:///etc/passwd' }));
    const gateway = mixClient({ http: () => axios.create(), profiles, sessions: fakeSessions() });
    expect((await rejection(gateway.version('p1'))).problem).toMatchObject({
      code: 'invalid-input',
      actions: ['open-settings'],
    });
  });
});

describe('account lookup', () => {
  it("names the account after the PERSONAL organization, through the profile's own client and token", async () => {
    const t = await setup(pagedOrganizations(organizations(3)));
    t.sessions.current = 'current-token';
    const lookup = createAccountLookup(t.gateway.client);

    const found = await lookup('p1');

    expect(found).toEqual({ account: 'ada@example.com', organizationCount: 3 });
    expect(t.server.seen[0]?.headers.authorization).toBe('Bearer current-token');
  });

  it('has no account without a PERSONAL organization', () => {
    expect(
      accountFromOrganizations({
        organizations: [{ id: '1', displayName: 'Acme', type: 'STANDARD' }],
        totalSize: 1,
      }),
    ).toBeUndefined();
  });
});
