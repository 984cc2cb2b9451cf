import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { SandboxContext } from './context';
import { sendDownload } from './downloads';
import type { Fault } from './faults';
import { sendJson } from './http-util';
import {
  GRPC_INTERNAL,
  GRPC_RESOURCE_EXHAUSTED,
  GRPC_UNAVAILABLE,
  GRPC_UNIMPLEMENTED,
  MixApiError,
  sendMixError,
  sendNotFound,
  sendUnauthorized,
} from './mix-errors';
import { organizationsOf } from './organizations';
import { isDownload, RouteTable } from './route-kit';
import { APPLICATION_ROUTES } from './routes/applications';
import { BOT_ROUTES } from './routes/bots';
import { BUILD_ROUTES } from './routes/builds';
import { JOB_ROUTES } from './routes/jobs';
import { NLU_ROUTES } from './routes/nlu';
import { ORGANIZATION_ROUTES } from './routes/organization';
import { PLATFORM_ROUTES } from './routes/platform';
import { PROJECT_ROUTES } from './routes/projects';
import type { AccessToken } from './store';

/** Every Mix.api v4 read of mix-api.md §3; paths are literal (dot-verbs like `/.latest` included). */
const ROUTES = new RouteTable({
  ...PLATFORM_ROUTES,
  ...ORGANIZATION_ROUTES,
  ...APPLICATION_ROUTES,
  ...BOT_ROUTES,
  ...PROJECT_ROUTES,
  ...BUILD_ROUTES,
  ...JOB_ROUTES,
  ...NLU_ROUTES,
});

/** Everything under /v4: injected faults first, then the bearer check, like the gateway in front of Mix.api. */
export async function handleMixApi(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const fault = ctx.faults.next();
  const { latencyMs, slowDownloadBytesPerSecond } = ctx.faults.faults;
  if (latencyMs) await delay(latencyMs);
  if (fault && sendFault(res, fault)) return;

  const token = bearerToken(ctx, req.headers.authorization);
  if (!token) {
    sendUnauthorized(res);
    return;
  }
  const match = ROUTES.match(url.pathname);
  if (!match) {
    sendNotFound(res);
    return;
  }
  try {
    if (req.method !== 'GET') {
      // grpc-gateway maps "method not allowed" to gRPC UNIMPLEMENTED, HTTP 501.
      throw new MixApiError(501, GRPC_UNIMPLEMENTED, 'Method Not Allowed');
    }
    const visibleOrgIds = new Set(
      organizationsOf(token.subject, ctx.options.users, ctx.world.extraOrganizations).map((o) => o.id),
    );
    const result = match.handler({
      ctx,
      token,
      query: url.searchParams,
      params: match.params,
      visibleOrgIds,
      host: req.headers.host ?? '',
    });
    // Mix.api answers 200 for every success; mix-cli-style clients reject 201 and 204.
    if (isDownload(result)) sendDownload(res, result, slowDownloadBytesPerSecond);
    else if (fault?.kind === 'truncate') sendTruncated(res, result);
    else sendJson(res, 200, result);
  } catch (failure) {
    if (failure instanceof MixApiError) sendMixError(res, failure);
    else throw failure;
  }
}

/** Answers for the faults that replace the whole response; false for those that only change a success. */
function sendFault(res: ServerResponse, fault: Fault): boolean {
  switch (fault.kind) {
    case 'drop':
      res.socket?.destroy();
      return true;
    case 'rate-limit':
      sendJson(
        res,
        429,
        { code: GRPC_RESOURCE_EXHAUSTED, message: 'Too many requests: retry after 1 second.', details: [] },
        { 'Retry-After': '1' },
      );
      return true;
    case 'error':
      sendMixError(
        res,
        fault.status === 503
          ? new MixApiError(503, GRPC_UNAVAILABLE, 'The service is currently unavailable.')
          : new MixApiError(500, GRPC_INTERNAL, 'Internal error'),
      );
      return true;
    case 'truncate':
      return false;
  }
}

/** A 200 whose JSON stops half-way; Content-Length matches what is sent, so only the JSON is broken. */
function sendTruncated(res: ServerResponse, body: object): void {
  const text = JSON.stringify(body);
  const cut = Buffer.from(text, 'utf8').subarray(0, Math.floor(Buffer.byteLength(text) / 2));
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': cut.length,
    'Cache-Control': 'no-store',
  });
  res.end(cut);
}

function bearerToken(ctx: SandboxContext, header: string | undefined): AccessToken | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec((header ?? '').trim());
  return match?.[1] === undefined ? undefined : ctx.store.findAccessToken(match[1]);
}
