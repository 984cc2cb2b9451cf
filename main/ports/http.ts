import type { AxiosInstance } from 'axios';
import type { Profile } from '../../common/ipc-contract';

/**
 * Makes the axios instance used for one profile's token endpoint and Mix.api calls.
 * In the app: axios's fetch adapter on Electron's network stack (`net.request`, main/electron/electron-fetch.ts),
 * so system proxies and corporate certificates work. In tests: plain axios on Node's http. Either way: a
 * redirect is an answer (never followed), no cookies, no HTTP cache (test/unit/main/electron/contracts/).
 */
export type HttpClientFactory = (profile: Profile) => AxiosInstance;
