import type { AxiosInstance, AxiosResponse } from 'axios';
import type { Profile } from '../../common/ipc-contract';
import { mixUrl, type QueryValue } from './mix-url';
import {
  networkProblem,
  notJsonProblem,
  parseJsonObject,
  rejectedSessionProblem,
  responseProblem,
  type JsonObject,
} from './mix-errors';

export const MIX_TIMEOUT_MS = 30_000;

/** Where requests get their token; read on every request so long work never sends a stale one. */
export interface TokenSource {
  current(): Promise<string>;
  renew(): Promise<string>;
}

export interface MixRequester {
  /** GET a Mix.api path; resolves to the JSON object, rejects with a ProblemError. */
  getJson(path: string, query?: Record<string, QueryValue>): Promise<JsonObject>;
}

export function createMixRequester(options: {
  client: AxiosInstance;
  profile: Profile;
  tokens: TokenSource;
  userAgent: string;
}): MixRequester {
  const { client, profile, tokens, userAgent } = options;

  async function send(url: URL, token: string): Promise<AxiosResponse<unknown>> {
    try {
      return await client.request<unknown>({
        method: 'GET',
        url: url.href,
        headers: { Authorization: `Bearer ${token}`, 'User-Agent': userAgent, Accept: 'application/json' },
        // Our own parse: a junk body becomes a Problem, never an exception from deep inside axios.
        responseType: 'text',
        transformResponse: [(data: unknown) => data],
        timeout: MIX_TIMEOUT_MS,
        // A redirect could carry the token to another origin: neither the Node nor the fetch adapter follows one.
        maxRedirects: 0,
        fetchOptions: { redirect: 'manual' },
        validateStatus: () => true,
      });
    } catch (error) {
      throw networkProblem(error, url.host, MIX_TIMEOUT_MS);
    }
  }

  return {
    async getJson(path, query = {}) {
      const url = mixUrl(profile.apiUrl, path, query);
      let response = await send(url, await tokens.current());
      if (response.status === 401) {
        response = await send(url, await tokens.renew());
        if (response.status === 401) throw rejectedSessionProblem(url.host);
      }
      const body = typeof response.data === 'string' ? response.data : '';
      if (response.status < 200 || response.status >= 300) {
        throw responseProblem(
          response.status,
          String(response.headers['content-type'] ?? ''),
          body,
          url.host,
        );
      }
      const json = parseJsonObject(body);
      if (!json) throw notJsonProblem(response.status, url.host);
      return json;
    },
  };
}
