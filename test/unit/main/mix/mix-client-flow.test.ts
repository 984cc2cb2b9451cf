import { describe, expect, it } from 'vitest';
import { clientKit, rejection } from './client-kit';
import { gate, sendJson, type ScriptedRequest } from './scripted-server';

function projects(total: number) {
  return Array.from({ length: total }, (_, index) => ({
    id: String(index + 1),
    displayName: `P${index + 1}`,
  }));
}

/** Serves a list the way Mix pages it: `limit`/`offset` in, `totalSize`/`count` out (optional). */
function pagedProjects(all: { id: string }[], withTotals = true) {
  return (request: ScriptedRequest, res: Parameters<typeof sendJson>[0]) => {
    const limit = Number(request.query.get('limit'));
    const offset = Number(request.query.get('offset'));
    const page = all.slice(offset, offset + limit);
    const totals = withTotals ? { totalSize: all.length, count: page.length } : {};
    sendJson(res, 200, { projects: page, ...totals, limit, offset });
  };
}

describe('getAll', () => {
  it('follows totalSize across three pages', async () => {
    const all = projects(250);
    const t = await clientKit(pagedProjects(all));

    const result = await t.client.getAll('p1', 'projects.list', { orgId: '64' }, { pageSize: 100 });

    expect(t.server.seen.map((request) => request.query.get('offset'))).toEqual(['0', '100', '200']);
    expect(t.server.seen.every((request) => request.query.get('orgId') === '64')).toBe(true);
    expect(result).toMatchObject({ totalSize: 250, truncated: false, pages: 3 });
    expect(result.items).toEqual(all);
  });

  it('without totalSize, stops at the first short page', async () => {
    const t = await clientKit(pagedProjects(projects(130), false));

    const result = await t.client.getAll('p1', 'projects.list', {}, { pageSize: 50 });

    expect(t.server.seen.map((request) => request.query.get('offset'))).toEqual(['0', '50', '100']);
    expect(result).toMatchObject({ totalSize: 130, truncated: false, pages: 3 });
  });

  it('without totalSize, stops at an empty page when the last page was full', async () => {
    const t = await clientKit(pagedProjects(projects(100), false));
    const result = await t.client.getAll('p1', 'projects.list', {}, { pageSize: 50 });
    expect(t.server.seen).toHaveLength(3);
    expect(result.items).toHaveLength(100);
  });

  it('stops at the cap against a server that never stops', async () => {
    const t = await clientKit((request, res) => {
      const offset = Number(request.query.get('offset'));
      sendJson(res, 200, {
        projects: projects(100).map((p) => ({ id: `${offset}-${p.id}` })),
        totalSize: 1e9,
      });
    });

    const result = await t.client.getAll('p1', 'projects.list', {}, { cap: 250, pageSize: 100 });

    expect(result.items).toHaveLength(250);
    expect(result.truncated).toBe(true);
    expect(t.server.seen).toHaveLength(3);
  });

  it('returns the items of an unpaged list from one request', async () => {
    const t = await clientKit((_request, res) =>
      sendJson(res, 200, { intents: [{ name: 'A' }, { name: 'B' }] }),
    );
    const result = await t.client.getAll('p1', 'intents.list', { projectId: '1' });
    expect(result).toEqual({
      items: [{ name: 'A' }, { name: 'B' }],
      totalSize: 2,
      truncated: false,
      pages: 1,
    });
    expect(t.server.seen[0]?.query.has('limit')).toBe(false);
  });
});

describe('sharing and bounding requests', () => {
  it('sends two identical concurrent GETs once', async () => {
    const held = gate();
    const t = await clientKit(async (_request, res) => {
      await held.promise;
      sendJson(res, 200, { projects: [] });
    });

    const first = t.client.get('p1', 'projects.list', { orgId: '1' });
    const second = t.client.get('p1', 'projects.list', { orgId: '1' });
    await t.server.requests(1);
    held.open();

    expect((await first).data).toEqual({ projects: [] });
    expect((await second).data).toEqual({ projects: [] });
    expect(t.server.seen).toHaveLength(1);
    expect(t.activity.list()).toHaveLength(1);
  });

  it('keeps at most six requests in flight per profile; the rest wait their turn', async () => {
    const releases: (() => void)[] = [];
    const t = await clientKit(async (_request, res) => {
      const held = gate();
      releases.push(held.open);
      await held.promise;
      sendJson(res, 200, { projects: [] });
    });

    const all = Array.from({ length: 20 }, (_, offset) =>
      t.client.get('p1', 'projects.list', { offset, limit: 1 }),
    );
    // Answer one at a time: each answer lets exactly one queued request through.
    for (let seen = 6; seen <= 20; seen += 1) {
      await t.server.requests(seen);
      releases.shift()?.();
    }
    releases.splice(0).forEach((release) => release());
    await Promise.all(all);

    expect(t.server.seen).toHaveLength(20);
    expect(t.server.stats.maxActive).toBe(6);
  });
});

describe('cancellation', () => {
  it('aborts a request in flight: the caller gets cancelled and the server sees the connection close', async () => {
    const t = await clientKit(() => undefined);
    const controller = new AbortController();

    const pending = rejection(t.client.get('p1', 'system.version', {}, { signal: controller.signal }));
    await t.server.requests(1);
    const closed = t.server.nextEarlyClose();
    controller.abort();

    expect((await pending).problem.code).toBe('cancelled');
    await closed;
    expect(t.server.stats.closedEarly).toBe(1);
    expect(t.activity.list()[0]?.error).toBe('The request was cancelled.');
  });

  it('lets one of two sharing callers leave while the other still gets the data', async () => {
    const held = gate();
    const t = await clientKit(async (_request, res) => {
      await held.promise;
      sendJson(res, 200, { apiVersion: '4' });
    });
    const leaving = new AbortController();

    const left = rejection(t.client.get('p1', 'system.version', {}, { signal: leaving.signal }));
    const staying = t.client.get('p1', 'system.version');
    await t.server.requests(1);
    leaving.abort();
    expect((await left).problem.code).toBe('cancelled');
    held.open();

    expect((await staying).data).toEqual({ apiVersion: '4' });
    expect(t.server.stats.closedEarly).toBe(0);
    expect(t.server.seen).toHaveLength(1);
  });

  it('frees the slot of a request cancelled while queued', async () => {
    const releases: (() => void)[] = [];
    const t = await clientKit(
      async (_request, res) => {
        const held = gate();
        releases.push(held.open);
        await held.promise;
        sendJson(res, 200, {});
      },
      { maxInFlight: 1 },
    );
    const controller = new AbortController();

    const first = t.client.get('p1', 'projects.list', { offset: 0 });
    await t.server.requests(1);
    const queued = rejection(
      t.client.get('p1', 'projects.list', { offset: 1 }, { signal: controller.signal }),
    );
    const third = t.client.get('p1', 'projects.list', { offset: 2 });
    controller.abort();
    expect((await queued).problem.code).toBe('cancelled');
    releases.shift()?.();
    await first;
    await t.server.requests(2);
    releases.shift()?.();
    await third;

    expect(t.server.seen.map((request) => request.query.get('offset'))).toEqual(['0', '2']);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const t = await clientKit((_request, res) => sendJson(res, 200, {}));
    const error = await rejection(t.client.get('p1', 'system.version', {}, { signal: AbortSignal.abort() }));
    expect(error.problem.code).toBe('cancelled');
    expect(t.server.seen).toHaveLength(0);
  });
});
