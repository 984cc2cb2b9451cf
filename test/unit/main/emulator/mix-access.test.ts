// Error paths: unknown ids (404 code 5), missing or bad parameters (400 code 3), and other people's content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SANDBOX_USER } from '../../../../main/emulator/defaults';
import type { Body } from './mix-endpoint-table';
import { mixGet, serviceAccessToken, userAccessToken } from './sandbox-test-kit';
import { startSandbox } from '../../../../main/emulator/server';
import type { RunningSandbox } from '../../../../main/emulator/types';

const OTHER_USER = { email: 'bob@mix.example', password: 'bob', name: 'Bob' };
let sandbox: RunningSandbox;
let alice: string;
let bob: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, users: [DEFAULT_SANDBOX_USER, OTHER_USER] });
  alice = await userAccessToken(sandbox);
  bob = await userAccessToken(sandbox, OTHER_USER);
});
afterAll(() => sandbox.close());

async function expectError(
  path: string,
  token: string,
  status: number,
  code: number,
  message?: string | RegExp,
) {
  const response = await mixGet(sandbox, path, token);
  expect(response.status, path).toBe(status);
  const body = (await response.json()) as Body;
  expect(body).toEqual({ code, message: expect.any(String), details: [] });
  if (message !== undefined) expect(body.message).toMatch(message);
}

describe('unknown ids → 404 code 5', () => {
  it('answers an unknown project with Mix’s exact body', async () => {
    const response = await mixGet(sandbox, '/v4/projects/999999', alice);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      code: 5,
      message: 'Project with id=999999 does not exist.',
      details: [],
    });
  });

  it.each([
    ['/v4/projects/999999/builds?type=ASR', 'Project with id=999999 does not exist.'],
    ['/v4/projects/999999/.export', 'Project with id=999999 does not exist.'],
    ['/v4/builds/NLU_1922_99', 'Build with label=NLU_1922_99 does not exist.'],
    ['/v4/builds/NLU_1922_99/.download', 'Build with label=NLU_1922_99 does not exist.'],
    ['/v4/apps/999/app-configs', 'Application with id=999 does not exist.'],
    ['/v4/apps/999/credentials', 'Application with id=999 does not exist.'],
    ['/v4/app-configs/999', 'Application configuration with id=999 does not exist.'],
    ['/v4/bots/999/configs', 'Bot with id=999 does not exist.'],
    ['/v4/bots/49/configs/999/interface', 'Bot configuration with id=999 does not exist.'],
    ['/v4/bots/49/configs/191/interface', /no interface/],
    ['/v4/projects/1922/jobs/00000000-0000-4000-8000-000000000000', /^Job with id=/],
    ['/v4/projects/1922/intents/NOPE', 'Intent NOPE does not exist in project 1922.'],
    ['/v4/projects/1922/entities/NOPE', 'Entity NOPE does not exist in project 1922.'],
    ['/v4/projects/1922/.lock', 'Project 1922 is not locked.'],
    ['/v4/app-configs/191/.download?appId=ACME-DEV', /not deployed/],
    ['/v4/app-configs/190/.download?appId=ACME-PROD', /not deployed for app ID ACME-PROD/],
  ])('GET %s', async (path, message) => {
    await expectError(path, alice, 404, 5, message);
  });

  it('answers unknown paths 404 and other methods 501 code 12', async () => {
    await expectError('/v4/projects/1922/nothing', alice, 404, 5);
    await expectError('/v4/projects/.nothing', alice, 404, 5);
    const post = await fetch(`${sandbox.apiUrl}/v4/projects/1922`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${alice}` },
    });
    expect(post.status).toBe(501);
    expect(((await post.json()) as Body).code).toBe(12);
  });
});

describe('missing or bad parameters → 400 code 3', () => {
  it.each([
    ['/v4/projects/1922/builds', /type is required/],
    ['/v4/projects/1922/builds?type=', /type is required/],
    ['/v4/projects/1922/builds?type=TTS', /type/],
    ['/v4/projects/1922/ontology/.export', /locales is required/],
    ['/v4/projects/1922/intents/ORDER_COFFEE/samples/.export', /locales is required/],
    ['/v4/projects/1922/entities/DrinkSize/literals/.export', /locales is required/],
    ['/v4/projects/1922/ontology/.export?locales=de-DE', 'Locale de-DE is not available in project 1922.'],
    ['/v4/projects/1922/entities/ORDER_NOTE/literals/.export?locales=en-US', /not a list entity/],
    ['/v4/projects/1922/entities/DrinkSize/grammars/.export', /not a rule-based entity/],
    ['/v4/app-configs/190/.download', 'appId is required.'],
    ['/v4/builds/DIALOG_8681_1/data-hosts', 'applicationId is required.'],
    ['/v4/builds/NLU_8681_1/data-hosts?applicationId=49', /not a dialog build/],
    ['/v4/apps?orgId=1&view=FULL', /view/],
    ['/v4/apps/49/credentials?view=BCV_FULL', /view/],
    ['/v4/organizations/1/bots?view=AV_FULL', /view/],
    ['/v4/projects/1922/entities?type=list', /type/],
    ['/v4/projects?limit=-1', /limit/],
    ['/v4/projects?sortBy=colour', /sortBy/],
    ['/v4/projects?excludeChannels=yes', /excludeChannels/],
    ['/v4/apps/49/app-configs?liveOnly=maybe', /liveOnly/],
    ['/v4/projects/1922/jobs?sortBy=status', /sortBy/],
  ])('GET %s', async (path, message) => {
    await expectError(path, alice, 400, 3, message);
  });

  it('a failed build has nothing to download: 400 code 9', async () => {
    await expectError('/v4/builds/NLU_1922_4/.download', alice, 400, 9, /did not complete/);
  });
});

describe('someone else’s content', () => {
  it.each([
    '/v4/organizations/14/deployment-flows',
    '/v4/organizations/14/environments',
    '/v4/organizations/14/engine-packs',
    '/v4/organizations/14/language-topics',
    '/v4/organizations/14/voices',
    '/v4/organizations/14/bots',
    '/v4/organizations/14/apps',
    '/v4/apps?orgId=14',
    '/v4/projects?orgId=14',
    '/v4/projects/.locks?orgId=14',
    '/v4/organizations/99999/apps',
  ])('another user’s (or no) organization: GET %s → 400 code 3 “not available”', async (path) => {
    const orgId = /(?:organizations\/|orgId=)(\d+)/.exec(path)?.[1] ?? '';
    await expectError(path, bob, 400, 3, `Organization ${orgId} is not available.`);
  });

  it.each([
    ['/v4/projects/1922', 'Project with id=1922 does not exist.'],
    ['/v4/projects/1922/intents', 'Project with id=1922 does not exist.'],
    ['/v4/projects/1923/.lock', 'Project with id=1923 does not exist.'],
    ['/v4/projects/1922/.export', 'Project with id=1922 does not exist.'],
    ['/v4/builds/NLU_1922_6', 'Build with label=NLU_1922_6 does not exist.'],
    ['/v4/apps/48/app-configs', 'Application with id=48 does not exist.'],
    ['/v4/app-configs/180', 'Application configuration with id=180 does not exist.'],
    ['/v4/bots/48/configs', 'Bot with id=48 does not exist.'],
    ['/v4/apps/49/projects/1922/data-hosts/.latest', 'Project with id=1922 does not exist.'],
  ])('another user’s project or app: GET %s answers like an unknown id', async (path, message) => {
    await expectError(path, bob, 404, 5, message);
  });

  it('lists only what the caller may see', async () => {
    const projects = async (token: string) =>
      (((await (await mixGet(sandbox, '/v4/projects', token)).json()) as Body).projects as Body[]).map(
        (p) => p.id,
      );
    expect(await projects(alice)).toEqual(['61', '525', '1922', '1923', '1924', '8681', '8682']);
    expect(await projects(bob)).toEqual(['61', '525', '3001', '8681', '8682']);
    expect(await projects(await serviceAccessToken(sandbox))).toEqual(['61', '525', '8681', '8682']);
    await expectError('/v4/projects/3001', alice, 404, 5, 'Project with id=3001 does not exist.');
    const locks = (await (await mixGet(sandbox, '/v4/projects/.locks', bob)).json()) as Body;
    expect((locks.locks as Body[]).map((l) => l.lockId)).toEqual(['16']);
  });

  it('a service account sees standard organizations, not personal ones', async () => {
    const service = await serviceAccessToken(sandbox);
    await expectError('/v4/projects/1922', service, 404, 5);
    await expectError('/v4/organizations/14/apps', service, 400, 3);
    expect((await mixGet(sandbox, '/v4/organizations/1/apps', service)).status).toBe(200);
  });
});
