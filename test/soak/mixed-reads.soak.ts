import { expect, it } from 'vitest';
import { systemClock } from '../../main/ports/clock';
import type { Fault } from '../unit/main/faults/hostile-mix';
import { hostileMix } from '../unit/main/faults/hostile-mix';

// Two minutes (SOAK_SECONDS) of mixed reads from many callers at once against a Mix that fails one answer in
// ten (FAULT_RATE), in one of the ways the fault suite knows, and revokes the token now and then.

const SECONDS = Number(process.env['SOAK_SECONDS'] ?? 120);
const FAULT_RATE = Number(process.env['FAULT_RATE'] ?? 0.1);
const CALLERS = 12;
/** Real time after which a call counts as hung: far over its timeouts (1 s each) and retry waits (60 s). */
const HANG_MS = 100_000;

const HEALTHY: Record<string, unknown> = {
  '/v4/version': { mixVersion: '4.0', apiVersion: 'v4' },
  '/v4/organizations': { organizations: [], totalSize: 0 },
};
/** Distinct reads (identical GETs in flight share one request, which would hide the load). */
function randomRead(): { endpoint: string; path: string; params?: Record<string, unknown> } {
  return Math.random() < 0.2
    ? { endpoint: 'system.version', path: '/v4/version' }
    : {
        endpoint: 'organizations.list',
        path: '/v4/organizations',
        params: { offset: Math.floor(Math.random() * 10_000) },
      };
}

const status =
  (code: number, body: string, headers: Record<string, string> = {}): Fault =>
  (_request, res) => {
    res.writeHead(code, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };

const FAULTS: Fault[] = [
  status(200, 'not json {'),
  status(200, '{"mixVersion": "4.'),
  (_request, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>proxy</html>'),
  (_request, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    res.write('{"mix');
    setImmediate(() => res.socket?.destroy());
  },
  status(503, '{"message":"unavailable"}'),
  status(429, '{"message":"slow down"}', { 'retry-after': '1' }),
  status(429, '{"message":"slow down"}', { 'retry-after': '-5' }),
  status(502, '<html>bad gateway</html>'),
  // A stall: the read's 1 s timeout ends it.
  () => new Promise<void>(() => undefined),
];

it('stays up, correct and bounded under mixed reads with random faults', async () => {
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);

  const h = await hostileMix({
    clock: systemClock,
    limits: { requestTimeoutMs: 1_000, renewalAttemptTimeoutMs: 1_000 },
  });
  const revoked = new Set<string>();
  let revocations = 0;
  h.state.api = (request, res) => {
    const token = request.authorization?.replace(/^Bearer /, '') ?? '';
    if (revoked.has(token)) return status(401, '{"code":16,"message":"revoked"}')(request, res);
    const roll = Math.random();
    if (roll < FAULT_RATE * 0.1) {
      // A revocation: this token is refused from now on, so the app must renew once.
      revoked.add(token);
      revocations += 1;
      return status(401, '{"code":16,"message":"revoked"}')(request, res);
    }
    if (roll < FAULT_RATE) return FAULTS[Math.floor(Math.random() * FAULTS.length)]?.(request, res);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(HEALTHY[request.path] ?? {}));
  };

  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const grantsBefore = h.state.grants;
  const requestsBefore = h.server.seen.length;
  h.server.stats.maxActive = 0;
  const totals = { calls: 0, ok: 0, problems: 0, hangs: 0, wrong: 0 };
  const problems = new Map<string, number>();
  const endAt = Date.now() + SECONDS * 1000;

  const caller = async () => {
    while (Date.now() < endAt) {
      const { endpoint, path, params } = randomRead();
      totals.calls += 1;
      let timer: NodeJS.Timeout | undefined;
      const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), HANG_MS)));
      const result = await Promise.race([
        h.kit.call('mix:get', { profileId: h.profileId, endpoint, ...(params && { params }) }),
        hung,
      ]);
      clearTimeout(timer);
      if (result === 'hung') totals.hangs += 1;
      else if (result.ok) {
        totals.ok += 1;
        const data = (result.value as { data?: unknown } | undefined)?.data;
        if (JSON.stringify(data) !== JSON.stringify(HEALTHY[path])) totals.wrong += 1;
      } else {
        totals.problems += 1;
        const code = (result.problem as { code: string }).code;
        problems.set(code, (problems.get(code) ?? 0) + 1);
        // A problem is the right answer to a fault, never to a healthy host: no secret in it either.
        for (const secret of h.secrets)
          if (JSON.stringify(result.problem).includes(secret)) totals.wrong += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: CALLERS }, caller));

  gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const tokenRequests = h.state.grants - grantsBefore;
  process.off('uncaughtException', onCrash);
  process.off('unhandledRejection', onCrash);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(
    [
      `soak: ${SECONDS} s, ${CALLERS} callers, ${Math.round(FAULT_RATE * 100)}% faults${gc ? '' : ' (no gc: heap figures include garbage)'}`,
      `calls ${totals.calls} (ok ${totals.ok}, problems ${totals.problems}: ${[...problems].map(([code, n]) => `${code} ${n}`).join(', ')})`,
      `crashes ${crashes.length}, hangs ${totals.hangs}, wrong results ${totals.wrong}`,
      `requests to Mix ${h.server.seen.length - requestsBefore}, max in flight ${h.server.stats.maxActive}, token requests ${tokenRequests}, revocations ${revocations}`,
      `heap before ${mb(heapBefore)} MB, after ${mb(heapAfter)} MB, growth ${mb(heapAfter - heapBefore)} MB`,
    ].join('\n'),
  );

  expect(crashes).toEqual([]);
  expect(totals.hangs).toBe(0);
  expect(totals.wrong).toBe(0);
  expect(h.server.stats.maxActive).toBeLessThanOrEqual(6);
  expect(heapAfter - heapBefore).toBeLessThan(30 * 1024 * 1024);
  expect(tokenRequests).toBeLessThanOrEqual(revocations + 1);
});
