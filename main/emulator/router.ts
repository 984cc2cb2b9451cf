import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAuthorize, handleConsent, handleLogin } from './authorize';
import type { SandboxContext } from './context';
import { BodyTooLargeError, sendJson } from './http-util';
import { handleMixApi } from './mix-api';
import { sendNotFound } from './mix-errors';
import { sendOAuthError, OAuthError } from './oauth-errors';
import { handleToken } from './token-endpoint';

type Handler = (
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) => void | Promise<void>;

const AUTH_ROUTES: Record<string, { method: string; handler: Handler }> = {
  '/oauth2/auth': { method: 'GET', handler: handleAuthorize },
  '/oauth2/login': { method: 'POST', handler: handleLogin },
  '/oauth2/consent': { method: 'POST', handler: handleConsent },
  '/oauth2/token': { method: 'POST', handler: handleToken },
};

/** One origin serves both services, as two hosts would in production: /oauth2/* and /v4/*. */
export async function route(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const authRoute = AUTH_ROUTES[url.pathname];
    if (authRoute) {
      if (req.method !== authRoute.method) {
        res.setHeader('Allow', authRoute.method);
        sendOAuthError(
          res,
          new OAuthError('invalid_request', `Use ${authRoute.method} for ${url.pathname}.`, 405),
        );
        return;
      }
      await authRoute.handler(ctx, req, res, url);
    } else if (url.pathname === '/v4' || url.pathname.startsWith('/v4/')) {
      await handleMixApi(ctx, req, res, url);
    } else {
      sendNotFound(res);
    }
  } catch (failure) {
    if (res.headersSent) {
      res.destroy();
    } else if (failure instanceof BodyTooLargeError) {
      sendJson(res, 413, { error: 'invalid_request', error_description: failure.message });
    } else {
      // Only the message: handlers never put secrets into errors, but request data must not reach logs.
      console.error('[sandbox] internal error:', failure instanceof Error ? failure.message : 'unknown');
      sendJson(res, 500, { code: 13, message: 'Internal error', details: [] });
    }
  }
}
