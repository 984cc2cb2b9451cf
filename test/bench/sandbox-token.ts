import axios from 'axios';
import type { Profile } from '../../common/ipc-contract';
import { sandboxProfileDraft } from '../../common/profile-defaults';
import type { MixClient, MixSessions } from '../../main/mix';
import { createMixClient } from '../../main/mix';
import { systemClock } from '../../main/ports/clock';
import { DEFAULT_SANDBOX_CLIENT } from '../../main/emulator/index';

/**
 * A token straight from the sandbox (client_credentials) for benchmarks of the Mix.api client alone,
 * where the sign-in flow is not what is measured. It sees the standard organizations (1, 3, 27, 500).
 */
export async function clientCredentialsToken(sandboxUrl: string): Promise<string> {
  const { clientId, clientSecret } = DEFAULT_SANDBOX_CLIENT;
  const answer = await axios.post<{ access_token?: unknown }>(
    `${sandboxUrl}/oauth2/token`,
    new URLSearchParams({ grant_type: 'client_credentials', scope: 'mix-api' }).toString(),
    {
      auth: { username: clientId, password: clientSecret },
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    },
  );
  const token = answer.data.access_token;
  if (typeof token !== 'string')
    throw new Error('The sandbox token endpoint answered without an access token.');
  return token;
}

/** Sessions that always hand out one fixed token: no renewal happens during a benchmark. */
export function fixedSessions(token: string): MixSessions {
  return { accessToken: async () => token, renew: async () => token, rejected: () => undefined };
}

/** The profile the Mix client reads hosts from: the sandbox serves Mix.api and the auth service. */
export function sandboxProfile(sandboxUrl: string): Profile {
  const { clientSecret: _secret, id: _id, ...settings } = sandboxProfileDraft(sandboxUrl);
  return { ...settings, id: 'bench', hasClientSecret: true };
}

/**
 * Main's Mix client reading the sandbox with a client-credentials token, for the benchmarks of main's reads.
 * One axios instance for every read, so variants measured side by side share Node's keep-alive pool.
 */
export async function sandboxMixClient(sandboxUrl: string): Promise<{ client: MixClient; profile: Profile }> {
  const profile = sandboxProfile(sandboxUrl);
  const instance = axios.create();
  const client = createMixClient({
    http: () => instance,
    profiles: { get: (id) => (id === profile.id ? profile : undefined) },
    sessions: fixedSessions(await clientCredentialsToken(sandboxUrl)),
    userAgent: 'MixExplorer/bench',
    clock: systemClock,
  });
  return { client, profile };
}
