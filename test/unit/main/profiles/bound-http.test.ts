import axios from 'axios';
import { afterEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../../../common/ipc-contract';
import { boundToProfile } from '../../../../main/profiles/bound-http';
import { json, startServer } from '../mix/test-server';
import { testProfile } from '../session/fakes';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function setUp() {
  const server = await startServer(() => json(200, { ok: true }));
  closers.push(() => server.close());
  const stored = new Map<string, Profile>();
  const profile = testProfile('p1', { authServerUrl: server.url, apiUrl: server.url });
  stored.set(profile.id, profile);
  const http = boundToProfile(
    () => axios.create(),
    (id) => stored.get(id),
  );
  return { server, stored, profile, client: http(profile) };
}

describe('HTTP clients bound to the hosts their profile had', () => {
  it('send while the profile keeps its hosts and client ID, whatever else changes', async () => {
    const { server, stored, profile, client } = await setUp();
    stored.set(profile.id, { ...profile, name: 'Renamed', scope: 'mix-api other' });
    await client.get(`${server.url}/v4/version`);
    expect(server.seen).toHaveLength(1);
  });

  it.each([
    ['another Mix.api host', { apiUrl: 'https://mix.api.example.org' }],
    ['another authorization server', { authServerUrl: 'https://auth.example.org' }],
    ['another client ID', { clientId: 'appID:OTHER' }],
  ])('send nothing once the profile moved to %s', async (_what, change) => {
    const { server, stored, profile, client } = await setUp();
    stored.set(profile.id, { ...profile, ...change });
    await expect(client.get(`${server.url}/v4/version`)).rejects.toMatchObject({
      problem: { code: 'cancelled' },
    });
    expect(server.seen).toEqual([]);
  });

  it('send nothing once the profile is removed', async () => {
    const { server, stored, profile, client } = await setUp();
    stored.delete(profile.id);
    await expect(client.get(`${server.url}/v4/version`)).rejects.toMatchObject({
      problem: { code: 'cancelled' },
    });
    expect(server.seen).toEqual([]);
  });
});
