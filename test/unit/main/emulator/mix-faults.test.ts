// Injected faults: decided by request counters, so every run fails the same requests the same way.
import { describe, expect, it } from 'vitest';
import type { SandboxFaults } from '../../../../main/emulator/faults';
import { FaultInjector } from '../../../../main/emulator/faults';
import { mixGet, userAccessToken, sandboxesPerTest } from './sandbox-test-kit';
import { startSandbox } from '../../../../main/emulator/server';
import type { RunningSandbox } from '../../../../main/emulator/types';
import { readZip } from '../../../../main/emulator/zip-reader';

const startTestSandbox = sandboxesPerTest();

async function start(faults: SandboxFaults): Promise<{ sandbox: RunningSandbox; token: string }> {
  const sandbox = await startTestSandbox({ faults });
  return { sandbox, token: await userAccessToken(sandbox) };
}

describe('FaultInjector', () => {
  it('fails exactly errorRate of requests, alternating 503 and 500, the same way every time', () => {
    const run = () => {
      const injector = new FaultInjector({ errorRate: 0.1 });
      return Array.from({ length: 100 }, () => injector.next());
    };
    const first = run();
    expect(run()).toEqual(first);
    const failed = first.flatMap((fault, i) => (fault?.kind === 'error' ? [[i + 1, fault.status]] : []));
    expect(failed).toHaveLength(10);
    expect(failed.slice(0, 3)).toEqual([
      [10, 503],
      [20, 500],
      [30, 503],
    ]);
  });

  it('gives one fault per request: drop before rate limit before error before truncation', () => {
    const injector = new FaultInjector({ dropEvery: 6, rateLimitEvery: 3, errorRate: 0.5, truncateEvery: 1 });
    expect(Array.from({ length: 6 }, () => injector.next()?.kind)).toEqual([
      'truncate',
      'error',
      'rate-limit',
      'error',
      'truncate',
      'drop',
    ]);
  });

  it.each([
    [{ errorRate: 1.5 }, /errorRate/],
    [{ rateLimitEvery: 0 }, /rateLimitEvery/],
    [{ dropEvery: 1.5 }, /dropEvery/],
    [{ latencyMs: -1 }, /latencyMs/],
    [{ slowDownloadBytesPerSecond: 0 }, /slowDownloadBytesPerSecond/],
  ])('startSandbox rejects faults %j', async (faults, message) => {
    await expect(startSandbox({ port: 0, faults })).rejects.toThrow(message);
  });
});

describe('faults on /v4', () => {
  it('answers every Nth request 429 with Retry-After: 1', async () => {
    const { sandbox, token } = await start({ rateLimitEvery: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await mixGet(sandbox, '/v4/projects', token);
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.headers.get('retry-after')).toBe('1');
        expect(await response.json()).toEqual({ code: 8, message: expect.any(String), details: [] });
      } else await response.body?.cancel();
    }
    expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);
  });

  it('answers the errorRate share with 503 code 14 and 500 code 13', async () => {
    const { sandbox, token } = await start({ errorRate: 0.25 });
    const answers: [number, number | undefined][] = [];
    for (let i = 0; i < 12; i++) {
      const response = await mixGet(sandbox, '/v4/version', token);
      const body = (await response.json()) as { code?: number };
      answers.push([response.status, response.status === 200 ? undefined : body.code]);
    }
    expect(answers.filter(([status]) => status !== 200)).toEqual([
      [503, 14],
      [500, 13],
      [503, 14],
    ]);
    expect(answers.map(([status]) => status).indexOf(503)).toBe(3);
  });

  it('cuts every Nth JSON answer in half, with a Content-Length that matches', async () => {
    const { sandbox, token } = await start({ truncateEvery: 2 });
    const whole = await (await mixGet(sandbox, '/v4/projects', token)).text();
    const response = await mixGet(sandbox, '/v4/projects', token);
    expect(response.status).toBe(200);
    const cut = await response.text();
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(cut));
    expect(whole.startsWith(cut)).toBe(true);
    expect(cut.length).toBeLessThan(whole.length);
    expect(() => JSON.parse(cut) as unknown).toThrow(SyntaxError);
  });

  it('drops the connection of every Nth request', async () => {
    const { sandbox, token } = await start({ dropEvery: 2 });
    expect((await mixGet(sandbox, '/v4/version', token)).status).toBe(200);
    await expect(mixGet(sandbox, '/v4/version', token)).rejects.toThrow();
    expect((await mixGet(sandbox, '/v4/version', token)).status).toBe(200);
  });

  it('counts requests without a token too, so a client sees faults before the 401', async () => {
    const { sandbox } = await start({ rateLimitEvery: 1 });
    expect((await mixGet(sandbox, '/v4/version')).status).toBe(429);
  });

  it('delays answers by latencyMs', async () => {
    const { sandbox, token } = await start({ latencyMs: 150 });
    const started = performance.now();
    expect((await mixGet(sandbox, '/v4/version', token)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('sends downloads at slowDownloadBytesPerSecond, complete and valid in the end', async () => {
    const { sandbox, token } = await start({ slowDownloadBytesPerSecond: 4_000 });
    const started = performance.now();
    const response = await mixGet(sandbox, '/v4/projects/1922/.export', token);
    const body = Buffer.from(await response.arrayBuffer());
    const elapsed = performance.now() - started;
    expect(body.length).toBe(Number(response.headers.get('content-length')));
    expect(readZip(body).size).toBe(4);
    // At 4,000 B/s the first 200 bytes leave at once, the rest every 50 ms.
    expect(elapsed).toBeGreaterThanOrEqual(((body.length - 200) / 4_000) * 1000 * 0.9);
  });
});
