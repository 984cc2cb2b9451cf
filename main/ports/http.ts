import type { AxiosInstance } from 'axios';
import type { Profile } from '../../common/ipc-contract';

/**
 * Makes the axios instance used for one profile's token endpoint and Mix.api calls.
 * In the app: axios's fetch adapter on Electron's network stack (`session.fetch`), so system proxies and
 * corporate certificates work. In tests: plain axios on Node's http.
 */
export type HttpClientFactory = (profile: Profile) => AxiosInstance;
