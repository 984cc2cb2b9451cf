import axios, { type AxiosInstance } from 'axios';
import { afterEach } from 'vitest';
import { createActivityLog } from '../../../../main/mix/activity-log';
import { createMixClient, type MixClientDeps } from '../../../../main/mix/mix-client';
import type { Problem } from '../../../../common/ipc-contract';
import type { MixSessions } from '../../../../main/mix/mix-client';
import { sessionExpired } from '../../../../main/session/session-problems';
import { FakeClock, FakeProfiles, testProfile } from '../session/fakes';
import { startScriptedServer, type Handler } from './scripted-server';

export const USER_AGENT = 'MixExplorer/0.0.0-test';

const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

export function onCleanup(close: () => Promise<void>): void {
  closers.push(close);
}

/**
 * Sessions as the session manager behaves toward the client: they hand out `current`; a 401 for the current
 * token renews it to `tok-<n+1>`, a 401 for an older one gets the current one; a refused fresh token ends the
 * session (later reads are told `session-expired`). Counts renewals and records rejections.
 */
export function fakeSessions(first = 'tok-1') {
  const sessions = {
    current: first,
    renewals: 0,
    reads: 0,
    ended: false,
    rejections: [] as { token: string; reason: Problem }[],
    accessToken: async (_profileId: string): Promise<string> => {
      sessions.reads += 1;
      if (sessions.ended) throw sessionExpired();
      return sessions.current;
    },
    renew: async (_profileId: string, rejectedToken: string): Promise<string> => {
      if (sessions.ended) throw sessionExpired();
      if (rejectedToken !== sessions.current) return sessions.current;
      sessions.renewals += 1;
      sessions.current = `tok-${sessions.renewals + 1}`;
      return sessions.current;
    },
    rejected: (_profileId: string, token: string, reason: Problem): void => {
      sessions.rejections.push({ token, reason });
      if (token === sessions.current) sessions.ended = true;
    },
  } satisfies MixSessions & Record<string, unknown>;
  return sessions;
}

/** A sleep that returns at once and remembers what it was asked to wait. */
export function fakeSleep() {
  const requested: number[] = [];
  const sleep = async (ms: number) => {
    requested.push(ms);
  };
  return { requested, sleep };
}

export type Adapter = 'http' | 'fetch';

export function axiosFor(adapter: Adapter): () => AxiosInstance {
  // The app runs axios's fetch adapter on Electron's network stack; Node's fetch stands in for it here.
  return () => (adapter === 'fetch' ? axios.create({ adapter: 'fetch' }) : axios.create());
}

export async function clientKit(
  handler: Handler,
  options: Partial<Omit<MixClientDeps, 'profiles' | 'sessions' | 'clock'>> & { adapter?: Adapter } = {},
) {
  const server = await startScriptedServer(handler);
  onCleanup(server.close);
  const clock = new FakeClock();
  const sessions = fakeSessions();
  const sleeper = fakeSleep();
  const activity = createActivityLog({ clock });
  const profiles = new FakeProfiles(testProfile('p1', { system: 'custom', apiUrl: server.url }));
  const { adapter = 'http', ...rest } = options;
  const client = createMixClient({
    http: axiosFor(adapter),
    profiles,
    sessions,
    userAgent: USER_AGENT,
    clock,
    sleep: sleeper.sleep,
    random: () => 0.5,
    activity,
    ...rest,
  });
  return { server, clock, sessions, sleeps: sleeper.requested, activity, profiles, client };
}

export { rejection } from '../support/problems';
