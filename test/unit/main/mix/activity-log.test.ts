import { describe, expect, it } from 'vitest';
import { createActivityLog, redactRequestPath } from '../../../../main/mix/activity-log';
import { FakeClock } from '../session/fakes';
import { clientKit } from './client-kit';
import { sendJson } from './scripted-server';

const entry = (path: string) => ({
  profileId: 'p1',
  method: 'GET' as const,
  path,
  durationMs: 5,
  retried: 0,
  waitedForRenewal: false,
});

describe('activity log', () => {
  it('keeps the newest 1000 entries, oldest first, dropping the oldest', () => {
    const log = createActivityLog({ capacity: 1000, clock: new FakeClock() });
    for (let index = 0; index < 1005; index += 1) log.add(entry(`/v4/projects/${index}`));

    const entries = log.list();

    expect(entries).toHaveLength(1000);
    expect(entries[0]).toMatchObject({ id: 6, path: '/v4/projects/5' });
    expect(entries.at(-1)).toMatchObject({ id: 1005, path: '/v4/projects/1004' });
  });

  it('stamps each entry with its start time and tells listeners until they leave', () => {
    const clock = new FakeClock();
    const log = createActivityLog({ clock });
    const heard: number[] = [];
    const stop = log.onEntry((added) => heard.push(added.id));

    const first = log.add(entry('/a'));
    stop();
    log.add(entry('/b'));

    expect(first.time).toBe(clock.now() - 5);
    expect(heard).toEqual([1]);
  });

  it('redacts known secret parameters and any token that was sent, in every encoding', () => {
    const token = 'eyJhbGciOi.J+IUzI1/NiJ9~x';
    const path = `/v4/projects?filter=${encodeURIComponent(token)}&code=abc123&x=${new URLSearchParams({ t: token }).toString().slice(2)}`;

    const shown = redactRequestPath(path, [token]);

    expect(shown).toBe('/v4/projects?filter=[redacted]&code=[redacted]&x=[redacted]');
  });

  it('writes one redacted entry per request from the client; a token in the query never appears', async () => {
    const t = await clientKit((_request, res) => sendJson(res, 200, { projects: [] }));
    t.sessions.current = 'a-long-secret-access-token';

    await t.client.get('p1', 'projects.list', { filter: 'a-long-secret-access-token', orgId: '1' });

    const entries = t.activity.list();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      profileId: 'p1',
      method: 'GET',
      endpoint: 'projects.list',
      path: '/v4/projects?orgId=1&filter=[redacted]',
      status: 200,
      retried: 0,
      waitedForRenewal: false,
      bytes: JSON.stringify({ projects: [] }).length,
    });
    expect(JSON.stringify(entries)).not.toContain('a-long-secret-access-token');
  });
});
