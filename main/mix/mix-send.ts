import type { AxiosInstance, AxiosResponse } from 'axios';

export interface SendOptions {
  client: AxiosInstance;
  url: URL;
  token: string;
  userAgent: string;
  signal: AbortSignal;
  /**
   * A file to save: asked for as it is (`identity`), so its Content-Length is what lands on disk; the
   * Node adapter then does not decode either (Chromium always may, and says so in Content-Encoding).
   */
  file?: boolean;
}

/**
 * One GET to Mix.api; every status resolves (the caller decides), only transport failures reject. The body
 * is always a stream: the caller reads it with a cap (JSON) or into a file (downloads), never axios.
 */
export function sendGet(options: SendOptions): Promise<AxiosResponse<unknown>> {
  return options.client.request<unknown>({
    method: 'GET',
    url: options.url.href,
    headers: {
      Authorization: `Bearer ${options.token}`,
      'User-Agent': options.userAgent,
      Accept: 'application/json',
      ...(options.file ? { 'Accept-Encoding': 'identity' } : {}),
    },
    ...(options.file ? { decompress: false } : {}),
    responseType: 'stream',
    // Our own parse: a junk body becomes a Problem, never an exception from deep inside axios.
    transformResponse: [(data: unknown) => data],
    signal: options.signal,
    // Time limits come from createDeadline; 0 also overrides a timeout set on the instance.
    timeout: 0,
    // A redirect could carry the token to another origin: neither the Node nor the fetch adapter follows one.
    maxRedirects: 0,
    fetchOptions: { redirect: 'manual' },
    validateStatus: () => true,
  });
}

export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

export function headerText(headers: AxiosResponse['headers'], name: string): string {
  const value: unknown = headers[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : '';
}
