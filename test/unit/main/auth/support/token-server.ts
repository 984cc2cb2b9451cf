import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  form: URLSearchParams;
}

export interface CannedResponse {
  status: number;
  contentType?: string;
  body: string;
}

export type Responder = (request: RecordedRequest) => CannedResponse;

export const validTokenResponse: Responder = () => ({
  status: 200,
  contentType: 'application/json',
  body: JSON.stringify({ access_token: 'at-123', token_type: 'bearer', expires_in: 900, scope: 'mix-api' }),
});

/** A real HTTP token endpoint on 127.0.0.1 that records what it received. */
export async function startTokenServer(initial: Responder = validTokenResponse) {
  let respond = initial;
  const requests: RecordedRequest[] = [];
  const discoveries: RecordedRequest[] = [];
  let metadata: ((path: string) => Record<string, unknown> | undefined) | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        form: new URLSearchParams(body),
      };
      // Metadata lookups (issuer discovery) are kept apart, so `requests` holds the token endpoint's alone.
      if (recorded.path.startsWith('/.well-known/')) {
        discoveries.push(recorded);
        const document = metadata?.(recorded.path);
        res.writeHead(document ? 200 : 404, { 'Content-Type': 'application/json' });
        res.end(document ? JSON.stringify(document) : '{"error":"not_found"}');
        return;
      }
      requests.push(recorded);
      const answer = respond(recorded);
      res.writeHead(answer.status, answer.contentType ? { 'Content-Type': answer.contentType } : {});
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    discoveries,
    setResponder(next: Responder) {
      respond = next;
    },
    /** Serves metadata documents (by path) from now on; undefined answers 404. */
    setMetadata(next: (path: string) => Record<string, unknown> | undefined) {
      metadata = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
