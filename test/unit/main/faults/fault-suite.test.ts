import { readdirSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../../../../common/ipc-contract';
import { MAX_TOTAL_RETRY_WAIT_MS } from '../../../../main/mix/retry-policy';
import { DEFAULT_MIX_LIMITS } from '../../../../main/mix/mix-limits';
import { JSON_CAP, hostileMix, type Fault, type HostileMix } from './hostile-mix';

// The project's own fault suite: a hostile Mix (Mix.api and token endpoint on one host) in front of the real
// main services, driven through the IPC router as the renderer drives them. Every case must settle within
// its deadline with a typed problem (or correct data), leave no secret in any problem, event, activity entry
// or log line, leave no file behind, and hold bounded memory.

/** Longest a read may take in the app's time: its own timeout plus every pause between retries. */
const DEADLINE_MS = DEFAULT_MIX_LIMITS.requestTimeoutMs * 4 + MAX_TOTAL_RETRY_WAIT_MS;
/** Held memory a case may leave or add (the gzip bomb inflates to 128 MB, the huge body is 8 × the cap). */
const MEMORY_BOUND = 64 * 1024 * 1024;

interface Outcome {
  ok: boolean;
  value?: unknown;
  problem?: { code: ProblemCode; message: string };
  waitedMs: number;
}

/**
 * Awaits the call, moving the app's clock only while nothing is on the wire (pauses between retries, a
 * renewal's wait) or, for a stall, while the hostile server holds the answer: never under a live answer.
 * `still`: the clock never moves (a download's file work in the thread pool must not race a moving clock).
 */
async function settle(
  h: HostileMix,
  call: Promise<{ ok: boolean; value?: unknown; problem?: unknown }>,
  time: 'quiet' | 'stall' | 'still',
) {
  const started = h.kit.clock.now();
  let result: { ok: boolean; value?: unknown; problem?: unknown } | undefined;
  void call.then((value) => (result = value));
  // A guard on real time, far above any case's need (a hang fails the case instead of the whole run).
  const givenUpAt = Date.now() + 15_000;
  while (result === undefined) {
    if (Date.now() > givenUpAt) throw new Error('The call never settled.');
    await new Promise<void>((resolve) => setImmediate(resolve));
    const quiet = time !== 'still' && h.traffic.inFlight === 0 && h.server.stats.active === 0;
    const held = time === 'stall' && h.server.stats.active > 0;
    if (result === undefined && (quiet || held)) h.kit.clock.advance(250);
  }
  return { ...result, waitedMs: h.kit.clock.now() - started } as Outcome;
}

const json =
  (status: number, body: string, headers: Record<string, string> = {}): Fault =>
  (_request, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };

const never: Fault = () => new Promise<void>(() => undefined);

/** Headers, one byte, then one more byte every 20 ms (real time) until the client hangs up. */
const slowloris: Fault = (_request, res) =>
  new Promise<void>((resolve) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{');
    const timer = setInterval(() => res.write(' '), 20);
    res.on('close', () => {
      clearInterval(timer);
      resolve();
    });
  });

let bomb: Buffer | undefined;
/** 128 MB of spaces, gzipped to a few hundred KB, made once. */
async function gzipBomb(): Promise<Buffer> {
  if (bomb) return bomb;
  const gzip = createGzip({ level: 9 });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => gzip.on('end', resolve));
  const mb = Buffer.alloc(1024 * 1024, 0x20);
  for (let n = 0; n < 128; n += 1) gzip.write(mb);
  gzip.end();
  await done;
  bomb = Buffer.concat(chunks);
  return bomb;
}

const bombFault: Fault = async (_request, res) => {
  const body = await gzipBomb();
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-encoding': 'gzip',
    'content-length': String(body.length),
  });
  res.end(body);
};

const hugeBody: Fault = (_request, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  const item = JSON.stringify({ id: '1234567890', displayName: 'A project with a long enough name' });
  const chunk = `${Array.from({ length: 1000 }, () => item).join(',')},`;
  res.write('{"projects":[');
  let written = 0;
  const more = () => {
    while (written < JSON_CAP * 8) {
      written += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', more);
    }
    res.end('{}]}');
  };
  res.on('close', () => (written = Infinity));
  more();
};

/** Headers and part of the body, then the connection is torn down. */
const resetMidBody =
  (contentType: string, start: string): Fault =>
  (_request, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': '1000' });
    res.write(start);
    setImmediate(() => res.socket?.destroy());
  };

/** Declares more bytes than it sends, then ends cleanly. */
const shortBody =
  (contentType: string, body: string): Fault =>
  (_request, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': String(body.length + 500) });
    res.write(body);
    setImmediate(() => res.socket?.end());
  };

const redirect =
  (location: (path: string) => string): Fault =>
  (request, res) => {
    res.writeHead(302, { location: location(request.path) });
    res.end();
  };

/** Answers 401 to the access token a case starts with; later tokens are served normally. */
function refuseFirstToken(h: HostileMix): void {
  h.state.api = (request, res) => {
    if (request.authorization !== 'Bearer hostile-access-token-1') {
      h.state.api = undefined;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ mixVersion: '4.0', apiVersion: 'v4' }));
      return;
    }
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ code: 16, message: 'token expired' }));
  };
}

interface FaultCase {
  name: string;
  /** How Mix.api misbehaves. */
  api?: Fault;
  /** Sets up faults that need the kit, once the profile is signed in. */
  arrange?(h: HostileMix): void | Promise<void>;
  call?: 'read' | 'download';
  stalls?: boolean;
  /** Needs no time to pass: the app's clock stays still. */
  still?: boolean;
  /** The problem codes this case may end with; 'data' when the app must get the right answer after all. */
  expect: (ProblemCode | 'data')[];
  /** What the problem's message must say, when the code alone does not tell. */
  message?: RegExp;
  /** Most token requests after sign-in. */
  maxTokenRequests?: number;
}

const CASES: FaultCase[] = [
  { name: 'invalid JSON', api: json(200, 'not json {'), expect: ['http'] },
  {
    name: 'truncated JSON',
    api: json(200, '{"mixVersion": "4.'),
    expect: ['http'],
  },
  {
    name: 'an HTML page with 200',
    api: (_request, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Please log in to the proxy</body></html>');
    },
    expect: ['http'],
  },
  {
    name: 'a reset in the middle of the body',
    api: resetMidBody('application/json', '{"mixVer'),
    expect: ['network'],
  },
  {
    name: 'no answer at all',
    api: never,
    stalls: true,
    expect: ['network'],
    message: /did not answer within/,
  },
  {
    name: 'headers, then nothing',
    api: (_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{');
      return never(_request, res);
    },
    stalls: true,
    expect: ['network'],
    message: /did not answer within/,
  },
  {
    name: 'slowloris',
    api: slowloris,
    stalls: true,
    expect: ['network'],
    message: /did not answer within/,
  },
  {
    name: 'a gzip bomb',
    arrange: async (h) => {
      await gzipBomb();
      h.state.api = bombFault;
    },
    expect: ['too-large'],
  },
  { name: 'a huge body', api: hugeBody, expect: ['too-large'] },
  {
    name: 'a Content-Length longer than the body',
    api: shortBody('application/json', '{"mixVersion":"4.0"}'),
    expect: ['network'],
  },
  {
    name: 'a redirect to a foreign host',
    api: redirect(() => 'http://collector.invalid/steal'),
    expect: ['http'],
  },
  { name: 'a redirect loop', api: redirect((path) => path), expect: ['http'] },
  {
    name: 'a 401 storm',
    api: json(401, '{"code":16,"message":"unauthenticated"}'),
    expect: ['unauthorized', 'session-expired'],
    maxTokenRequests: 1,
  },
  {
    name: '503 on every try',
    api: json(503, '{"message":"unavailable"}'),
    expect: ['http'],
  },
  {
    name: '429 asking for a day',
    api: json(429, '{"message":"slow down"}', { 'retry-after': '86400' }),
    expect: ['http'],
  },
  {
    name: '429 with a negative Retry-After',
    api: json(429, '{"message":"slow down"}', { 'retry-after': '-5' }),
    expect: ['http'],
  },
  ...(
    [
      [
        'an HTML page',
        (_request, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>'),
      ],
      ['no access_token', json(200, '{"token_type":"bearer","expires_in":900}')],
      ['a 500', json(500, '{"error":"server_error"}')],
      ['no answer', never],
    ] as [string, Fault][]
  ).map(([what, fault]): FaultCase => ({
    name: `renewal meets a token endpoint answering ${what}`,
    arrange: (h) => {
      refuseFirstToken(h);
      h.state.token = fault;
    },
    stalls: fault === never,
    expect: ['session-expired', 'unauthorized', 'token-error', 'timeout', 'network', 'not-signed-in'],
    maxTokenRequests: 8,
  })),
  ...(
    [
      [
        'an odd expires_in',
        '{"access_token":"hostile-access-token-odd-1","token_type":"bearer","expires_in":"soon"}',
      ],
      [
        'a negative expires_in',
        '{"access_token":"hostile-access-token-odd-2","token_type":"bearer","expires_in":-5}',
      ],
      [
        'a huge expires_in',
        '{"access_token":"hostile-access-token-odd-3","token_type":"bearer","expires_in":1e13}',
      ],
      [
        'an odd token_type',
        '{"access_token":"hostile-access-token-odd-4","token_type":"mac","expires_in":900}',
      ],
    ] as const
  ).map(([what, body]): FaultCase => ({
    name: `renewal meets ${what}`,
    arrange: (h) => {
      h.secrets.push(JSON.parse(body).access_token as string);
      refuseFirstToken(h);
      h.state.token = json(200, body);
    },
    expect: what === 'an odd token_type' ? ['network', 'token-error'] : ['data'],
    maxTokenRequests: 1,
  })),
  {
    name: 'a download answered with an HTML page',
    still: true,
    call: 'download',
    api: (_request, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>proxy</html>');
    },
    expect: ['http'],
  },
  {
    name: 'a download whose body stops short of its Content-Length',
    still: true,
    call: 'download',
    api: shortBody('application/zip', 'PK\x03\x04part'),
    expect: ['network', 'http'],
  },
  {
    name: 'a download reset mid-body',
    still: true,
    call: 'download',
    api: resetMidBody('application/zip', 'PK\x03\x04'),
    expect: ['network'],
  },
  {
    name: 'a download that stalls',
    call: 'download',
    api: never,
    stalls: true,
    expect: ['network'],
    message: /did not answer within/,
  },
];

const held = () => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};

describe('the fault suite: a hostile Mix in front of the real main services', () => {
  it.each(CASES.map((faultCase) => [faultCase.name, faultCase] as const))('%s', async (_name, faultCase) => {
    const h = await hostileMix();
    const grantsBefore = h.state.grants;
    if (faultCase.api) h.state.api = faultCase.api;
    await faultCase.arrange?.(h);
    const heapBefore = held();

    const request =
      faultCase.call === 'download'
        ? h.kit.call('mix:download', {
            profileId: h.profileId,
            endpoint: 'projects.export',
            params: { projectId: '42' },
            downloadId: 'd-1',
          })
        : h.kit.call('mix:get', { profileId: h.profileId, endpoint: 'system.version' });
    const time = faultCase.stalls ? 'stall' : faultCase.still ? 'still' : 'quiet';
    const outcome = await settle(h, request, time);

    // Settles in time, with a typed problem or the right data.
    expect(outcome.waitedMs, JSON.stringify(outcome)).toBeLessThanOrEqual(DEADLINE_MS);
    if (outcome.ok) {
      expect(faultCase.expect).toContain('data');
      expect(outcome.value).toMatchObject({ data: { mixVersion: '4.0' } });
    } else {
      expect(faultCase.expect, JSON.stringify(outcome.problem)).toContain(outcome.problem?.code);
      if (faultCase.message) expect(outcome.problem?.message).toMatch(faultCase.message);
      expect(outcome.problem?.message).not.toMatch(/Something went wrong|at .+\(.+:\d+:\d+\)/);
    }
    // No file left behind.
    expect(
      readdirSync(h.downloads).filter(
        (name) => faultCase.call !== 'download' || !outcome.ok || name !== 'package.zip',
      ),
    ).toEqual([]);
    // Token requests stay within one renewal's worth.
    expect(h.state.grants - grantsBefore).toBeLessThanOrEqual(faultCase.maxTokenRequests ?? 0);
    // No secret anywhere the user or a log can see.
    const activity = await h.kit.invoke('activity:list', null);
    const visible = [
      JSON.stringify(outcome),
      JSON.stringify(h.kit.events),
      JSON.stringify(activity),
      await h.logText(),
    ].join('\n');
    for (const secret of h.secrets) expect(visible).not.toContain(secret);
    // Bounded memory.
    expect(held() - heapBefore).toBeLessThan(MEMORY_BOUND);
  });
});
