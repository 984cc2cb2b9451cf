import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SANDBOX_USER } from '../../../../main/emulator/defaults';
import { DOWNLOAD_ENDPOINTS, GRAMMAR_EXPORT, JSON_ENDPOINTS, type Body } from './mix-endpoint-table';
import { manualClock, mixGet, userAccessToken } from './sandbox-test-kit';
import { startSandbox } from '../../../../main/emulator/server';
import type { RunningSandbox } from '../../../../main/emulator/types';
import { readZip } from '../../../../main/emulator/zip-reader';

const PS_USER = { email: 'ps@nuance.example', password: 'ps', professionalServices: true };
const clock = manualClock(Date.UTC(2026, 1, 3, 4, 5, 6));
let sandbox: RunningSandbox;
let token: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: clock.now, users: [DEFAULT_SANDBOX_USER, PS_USER] });
  token = await userAccessToken(sandbox);
});
afterAll(() => sandbox.close());

describe('the endpoint table', () => {
  it('covers every GET of mix-api.md §3, #1 to #43', () => {
    const numbers = [...JSON_ENDPOINTS, ...DOWNLOAD_ENDPOINTS].map((e) => e.n).concat(39);
    expect([...new Set(numbers)].sort((a, b) => a - b)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
  });
});

describe('JSON reads', () => {
  it.each(JSON_ENDPOINTS.map((e) => [e.n, e.path, e] as const))('#%i GET %s', async (_n, path, endpoint) => {
    const response = await mixGet(sandbox, path, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    endpoint.check((await response.json()) as Body);
  });
});

describe('downloads', () => {
  it.each(DOWNLOAD_ENDPOINTS.map((e) => [e.n, e.path, e] as const))(
    '#%i GET %s',
    async (_n, path, endpoint) => {
      const response = await mixGet(sandbox, path, token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(endpoint.contentType);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"/\\]+"$/);
      const body = Buffer.from(await response.arrayBuffer());
      expect(Number(response.headers.get('content-length'))).toBe(body.length);
      if (endpoint.zip) {
        expect(body.subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));
        expect(readZip(body).size).toBeGreaterThan(0);
      } else {
        expect(JSON.parse(body.toString('utf8'))).toMatchObject({ project: { id: '1922' } });
      }
    },
  );

  it('names the project export <projectid>-<projectname>-yyyy-mm-dd-hh-mm-ss.zip in GMT, from the clock', async () => {
    const response = await mixGet(sandbox, '/v4/projects/1922/.export', token);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="1922-Coffee Assistant-2026-02-03-04-05-06.zip"',
    );
    const files = readZip(Buffer.from(await response.arrayBuffer()));
    expect([...files.keys()]).toEqual(['project.json', 'en-US.trsx', 'fr-CA.trsx', 'dialog.json']);
    expect(JSON.parse(files.get('project.json')?.toString() ?? '')).toMatchObject({ id: '1922' });
    const trsx = files.get('en-US.trsx')?.toString() ?? '';
    expect(trsx).toContain('<intent name="ORDER_COFFEE">');
    expect(trsx).toContain('<entry literal="venti" value="large"/>');
    const metadata = await mixGet(sandbox, '/v4/projects/1922/metadata/.export', token);
    expect(metadata.headers.get('content-disposition')).toBe(
      'attachment; filename="1922-Coffee Assistant-metadata-2026-02-03-04-05-06.json"',
    );
  });

  it('exports samples and literals per requested locale', async () => {
    const samples = readZip(
      Buffer.from(
        await (
          await mixGet(sandbox, '/v4/projects/1922/intents/ORDER_COFFEE/samples/.export?locales=fr-CA', token)
        ).arrayBuffer(),
      ),
    );
    expect([...samples.keys()]).toEqual(['samples-fr-CA.trsx']);
    expect(samples.get('samples-fr-CA.trsx')?.toString()).toContain(
      '<sample intentref="ORDER_COFFEE" count="1">one flat white please</sample>',
    );
    const literals = readZip(
      Buffer.from(
        await (
          await mixGet(
            sandbox,
            '/v4/projects/1922/entities/DrinkSize/literals/.export?locales=en-US&locales=fr-CA',
            token,
          )
        ).arrayBuffer(),
      ),
    );
    expect([...literals.keys()]).toEqual(['DrinkSize-en-US.txt', 'DrinkSize-fr-CA.txt']);
    expect(literals.get('DrinkSize-en-US.txt')?.toString().split('\n')).toContain('grande\tmedium');
  });

  it('#39 grammars export: 403 code 7 for a normal user, a zip for a Professional Services user', async () => {
    const denied = await mixGet(sandbox, GRAMMAR_EXPORT, token);
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({ code: 7, message: expect.any(String), details: [] });

    // The PS user is not in personal org 14 (project 1922), so the grammar comes from org 1's project 8681.
    const psToken = await userAccessToken(sandbox, PS_USER);
    expect((await mixGet(sandbox, GRAMMAR_EXPORT, psToken)).status).toBe(404);
    const allowed = await mixGet(sandbox, '/v4/projects/8681/entities/STORE_HOURS/grammars/.export', psToken);
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('content-type')).toBe('application/zip');
    const files = readZip(Buffer.from(await allowed.arrayBuffer()));
    expect([...files.keys()]).toEqual(['STORE_HOURS-en-US.grxml']);
    expect(files.get('STORE_HOURS-en-US.grxml')?.toString()).toContain('root="STORE_HOURS"');
  });

  it('makes the same bytes for the same request at the same time', async () => {
    const first = Buffer.from(
      await (await mixGet(sandbox, '/v4/projects/1922/.export', token)).arrayBuffer(),
    );
    const second = Buffer.from(
      await (await mixGet(sandbox, '/v4/projects/1922/.export', token)).arrayBuffer(),
    );
    expect(second.equals(first)).toBe(true);
  });
});

describe('the bearer check on every read', () => {
  const everyPath = [...JSON_ENDPOINTS, ...DOWNLOAD_ENDPOINTS].map((e) => e.path).concat(GRAMMAR_EXPORT);

  it.each(everyPath)('GET %s needs a valid, unexpired token', async (path) => {
    const unauthorized = {
      code: 401,
      status: 'Unauthorized',
      message: 'The request could not be authorized',
    };
    const anonymous = await mixGet(sandbox, path);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual(unauthorized);
    const forged = await mixGet(sandbox, path, 'not-a-token');
    expect(forged.status).toBe(401);
  });

  it('rejects the old token on every read after the clock passes its expiry', async () => {
    const local = manualClock();
    const other = await startSandbox({ port: 0, now: local.now });
    try {
      const expiring = await userAccessToken(other);
      local.advance(900_000);
      for (const path of everyPath) expect((await mixGet(other, path, expiring)).status, path).toBe(401);
    } finally {
      await other.close();
    }
  });
});
