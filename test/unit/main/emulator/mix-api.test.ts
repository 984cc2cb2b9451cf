import { describe, expect, it } from 'vitest';
import { DEFAULT_SANDBOX_USER } from '../../../../main/emulator/defaults';
import {
  authorizeUrl,
  browserGet,
  callbackParams,
  CookieJar,
  decide,
  login,
  manualClock,
  mixGet,
  obtainCode,
  REDIRECT_URI,
  tokenRequest,
  sandboxesPerTest,
} from './sandbox-test-kit';
import type { RunningSandbox } from '../../../../main/emulator/types';

const start = sandboxesPerTest();

async function userToken(sandbox: RunningSandbox): Promise<string> {
  const response = await tokenRequest(sandbox, {
    grant_type: 'authorization_code',
    code: await obtainCode(sandbox),
    redirect_uri: REDIRECT_URI,
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

async function clientToken(sandbox: RunningSandbox): Promise<string> {
  const response = await tokenRequest(sandbox, { grant_type: 'client_credentials', scope: 'mix-api' });
  return ((await response.json()) as { access_token: string }).access_token;
}

interface OrgPage {
  organizations: { id: string; displayName: string; type?: string; members?: unknown[] }[];
  totalSize: number;
  count: number;
  limit: number;
  offset: number;
}

async function orgs(sandbox: RunningSandbox, token: string, query = ''): Promise<OrgPage> {
  const response = await mixGet(sandbox, `/v4/organizations${query}`, token);
  expect(response.status).toBe(200);
  return (await response.json()) as OrgPage;
}

const UNAUTHORIZED = { code: 401, status: 'Unauthorized', message: 'The request could not be authorized' };

describe('bearer check', () => {
  it('answers no, malformed or unknown tokens with the gateway 401 body', async () => {
    const sandbox = await start();
    const attempts: Record<string, string>[] = [
      {},
      { authorization: 'Bearer' },
      { authorization: 'Basic abc' },
      { authorization: 'Bearer nope' },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${sandbox.apiUrl}/v4/organizations`, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual(UNAUTHORIZED);
    }
  });

  it('rejects a token once its lifetime has passed on the injected clock', async () => {
    const clock = manualClock();
    const sandbox = await start({ now: clock.now, tokenLifetimeSeconds: 900 });
    const token = await userToken(sandbox);
    clock.advance(899_000);
    expect((await mixGet(sandbox, '/v4/version', token)).status).toBe(200);
    clock.advance(1_000);
    const response = await mixGet(sandbox, '/v4/version', token);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual(UNAUTHORIZED);
  });

  it('rejects every token issued before expireAllTokens, and accepts new ones', async () => {
    const sandbox = await start();
    const user = await userToken(sandbox);
    const service = await clientToken(sandbox);
    sandbox.expireAllTokens();
    expect((await mixGet(sandbox, '/v4/version', user)).status).toBe(401);
    expect((await mixGet(sandbox, '/v4/version', service)).status).toBe(401);
    expect((await mixGet(sandbox, '/v4/version', await clientToken(sandbox))).status).toBe(200);
  });
});

describe('routes', () => {
  it('GET /v4/version returns the version strings and the Mix.api server it was asked (mix-api.md §10)', async () => {
    const sandbox = await start();
    const response = await mixGet(sandbox, '/v4/version', await userToken(sandbox));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['apiVersion', 'mixAPIServer', 'mixEnvironment', 'mixVersion']);
    for (const value of Object.values(body)) expect(typeof value).toBe('string');
    expect(body.mixAPIServer).toBe(new URL(sandbox.apiUrl).host);
  });

  it('answers an unknown path with 404 code 5, and a wrong method with 501 code 12', async () => {
    const sandbox = await start();
    const token = await clientToken(sandbox);
    const missing = await mixGet(sandbox, '/v4/organizations/1/nothing-here', token);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ code: 5, message: expect.any(String), details: [] });
    const outside = await fetch(`${sandbox.url}/favicon.ico`);
    expect(outside.status).toBe(404);
    const post = await fetch(`${sandbox.apiUrl}/v4/organizations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(post.status).toBe(501);
    expect(((await post.json()) as { code: number }).code).toBe(12);
  });
});

describe('GET /v4/organizations', () => {
  it('lists the user’s personal and standard organizations, by id, with paging fields as numbers', async () => {
    const sandbox = await start();
    const page = await orgs(sandbox, await userToken(sandbox));
    expect(page).toEqual({
      organizations: [
        { id: '1', displayName: 'Nuance Sandbox Corp' },
        { id: '3', displayName: 'Sandbox Partners Ltd' },
        { id: '14', displayName: DEFAULT_SANDBOX_USER.email },
        { id: '27', displayName: 'Acme Speech Lab' },
      ],
      totalSize: 4,
      count: 4,
      limit: 25,
      offset: 0,
    });
  });

  it('view=FULL adds type and members', async () => {
    const sandbox = await start();
    const page = await orgs(sandbox, await userToken(sandbox), '?view=FULL&type=PERSONAL');
    expect(page.organizations).toEqual([
      {
        id: '14',
        displayName: DEFAULT_SANDBOX_USER.email,
        type: 'PERSONAL',
        members: [{ id: '1000', email: DEFAULT_SANDBOX_USER.email, name: 'Demo User' }],
      },
    ]);
  });

  it('filters by type; TYPE_UNSPECIFIED means all; showAll changes nothing for a normal user', async () => {
    const sandbox = await start();
    const token = await userToken(sandbox);
    const standard = await orgs(sandbox, token, '?type=STANDARD&view=FULL&showAll=true');
    expect(standard.totalSize).toBe(3);
    expect(standard.organizations.every((o) => o.type === 'STANDARD')).toBe(true);
    expect((await orgs(sandbox, token, '?type=TYPE_UNSPECIFIED')).totalSize).toBe(4);
  });

  it('pages with limit and offset, past the end giving an empty list with the real totalSize', async () => {
    const sandbox = await start();
    const token = await userToken(sandbox);
    const second = await orgs(sandbox, token, '?limit=2&offset=2');
    expect(second.organizations.map((o) => o.id)).toEqual(['14', '27']);
    expect([second.totalSize, second.count, second.limit, second.offset]).toEqual([4, 2, 2, 2]);
    const beyond = await orgs(sandbox, token, '?limit=2&offset=10');
    expect(beyond).toEqual({ organizations: [], totalSize: 4, count: 0, limit: 2, offset: 10 });
  });

  it('sorts with sortBy, including a "+" that URL decoding turned into a space', async () => {
    const sandbox = await start();
    const token = await userToken(sandbox);
    const byName = await orgs(sandbox, token, `?sortBy=${encodeURIComponent('+displayName')}`);
    expect(byName.organizations.map((o) => o.displayName)).toEqual([
      'Acme Speech Lab',
      DEFAULT_SANDBOX_USER.email,
      'Nuance Sandbox Corp',
      'Sandbox Partners Ltd',
    ]);
    const rawPlus = await orgs(sandbox, token, '?sortBy=+displayName');
    expect(rawPlus.organizations).toEqual(byName.organizations);
    const byIdDesc = await orgs(sandbox, token, '?sortBy=-id');
    expect(byIdDesc.organizations.map((o) => o.id)).toEqual(['27', '14', '3', '1']);
    const byNameDesc = await orgs(sandbox, token, '?sortBy=-displayName,id&limit=1');
    expect(byNameDesc.organizations[0]?.displayName).toBe('Sandbox Partners Ltd');
  });

  it.each([
    ['view=EVERYTHING'],
    ['type=personal'],
    ['showAll=yes'],
    ['limit=-1'],
    ['limit=ten'],
    ['offset=1.5'],
    ['sortBy=members'],
  ])('answers a bad query value (%s) with 400 code 3', async (query) => {
    const sandbox = await start();
    const response = await mixGet(sandbox, `/v4/organizations?${query}`, await userToken(sandbox));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: number; message: string; details: unknown[] };
    expect(body.code).toBe(3);
    expect(body.message).toBeTruthy();
    expect(body.details).toEqual([]);
  });

  it('shows a second user their own personal organization', async () => {
    const sandbox = await start({ users: [DEFAULT_SANDBOX_USER, { email: 'b@mix.example', password: 'b' }] });
    const jar = new CookieJar();
    const consent = await login(sandbox, await browserGet(authorizeUrl(sandbox), jar), jar, {
      email: 'b@mix.example',
      password: 'b',
    });
    const code = callbackParams(await decide(sandbox, consent, jar, 'allow')).get('code') ?? '';
    const tokenResponse = await tokenRequest(sandbox, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
    });
    const token = ((await tokenResponse.json()) as { access_token: string }).access_token;
    const page = await orgs(sandbox, token, '?type=PERSONAL');
    expect(page.organizations).toEqual([{ id: '15', displayName: 'b@mix.example' }]);
  });

  it('lets a client-credentials token list the standard organizations only', async () => {
    const sandbox = await start();
    const page = await orgs(sandbox, await clientToken(sandbox));
    expect(page.organizations.map((o) => o.id)).toEqual(['1', '3', '27']);
  });
});
