import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxContext } from './context';
import { sendJson } from './http-util';
import { GRPC_UNIMPLEMENTED, MixApiError, sendMixError, sendNotFound, sendUnauthorized } from './mix-errors';
import { listOrganizations, organizationsOf } from './organizations';
import type { AccessToken } from './store';

type MixRoute = (ctx: SandboxContext, token: AccessToken, query: URLSearchParams) => object;

/** Read-only Mix.api v4 routes; paths are literal (dot-verbs like `/.latest` included). */
const ROUTES: Record<string, MixRoute> = {
  '/v4/version': () => ({
    mixEnvironment: 'sandbox',
    mixVersion: '3.6.5-sandbox',
    apiVersion: '0.9.15-sandbox',
  }),
  '/v4/organizations': (ctx, token, query) =>
    listOrganizations(organizationsOf(token.subject, ctx.options.users), query),
};

/** Everything under /v4: the bearer check comes first, like the gateway in front of Mix.api. */
export function handleMixApi(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const token = bearerToken(ctx, req.headers.authorization);
  if (!token) {
    sendUnauthorized(res);
    return;
  }
  const route = ROUTES[url.pathname];
  if (!route) {
    sendNotFound(res);
    return;
  }
  try {
    if (req.method !== 'GET') {
      // grpc-gateway maps "method not allowed" to gRPC UNIMPLEMENTED, HTTP 501.
      throw new MixApiError(501, GRPC_UNIMPLEMENTED, 'Method Not Allowed');
    }
    // Mix.api answers 200 for every success; mix-cli-style clients reject 201 and 204.
    sendJson(res, 200, route(ctx, token, url.searchParams));
  } catch (failure) {
    if (failure instanceof MixApiError) sendMixError(res, failure);
    else throw failure;
  }
}

function bearerToken(ctx: SandboxContext, header: string | undefined): AccessToken | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec((header ?? '').trim());
  return match?.[1] === undefined ? undefined : ctx.store.findAccessToken(match[1]);
}
