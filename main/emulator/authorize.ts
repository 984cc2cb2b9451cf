import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendConsentPage, sendErrorPage, sendLoginPage } from './auth-pages';
import { checkAuthorizeQuery, redirectWith } from './authorize-request';
import { clientLabel, findClient, type SandboxContext } from './context';
import { isFormEncoded, parseCookies, readBody, redirect } from './http-util';
import { sameSecret } from './secrets';
import type { PendingAuthorization, SsoSession } from './store';

export const SSO_COOKIE = 'mix_sandbox_sso';

/** GET /oauth2/auth */
export function handleAuthorize(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): void {
  const check = checkAuthorizeQuery(url.searchParams, ctx.options);
  if (check.kind === 'page') {
    sendErrorPage(res, 400, check.title, check.message);
    return;
  }
  if (check.kind === 'redirect') {
    const { redirectUri, error, description, state } = check;
    redirect(res, redirectWith(redirectUri, { error, error_description: description, state }));
    return;
  }
  const { request, prompt } = check;
  const session = prompt.login ? undefined : currentSession(ctx, req);
  if (prompt.none) {
    // Silent renewal: never show a page, answer the client at once.
    const error = !session
      ? 'login_required'
      : !ctx.store.hasConsent(session.email, request.clientId)
        ? 'consent_required'
        : undefined;
    if (error) {
      const description =
        error === 'login_required'
          ? 'The user is not signed in.'
          : 'The user has not yet allowed this client.';
      redirect(
        res,
        redirectWith(request.redirectUri, { error, error_description: description, state: request.state }),
      );
      return;
    }
  }
  const requestId = ctx.store.addPending(request);
  continueAuthorization(ctx, res, requestId, session);
}

/** POST /oauth2/login */
export async function handleLogin(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const answer = await readPendingForm(ctx, req, res);
  if (!answer) return;
  const { form, requestId, pending } = answer;
  const email = (form.get('email') ?? '').trim();
  const user = ctx.options.users.find((u) => u.email.toLowerCase() === email.toLowerCase());
  if (!user || !sameSecret(user.password, form.get('password') ?? '')) {
    sendLoginPage(res, 401, {
      requestId,
      clientLabel: clientLabel(findClient(ctx, pending.clientId), pending.clientId),
      redirectUri: pending.redirectUri,
      email,
      error: 'Incorrect email or password.',
    });
    return;
  }
  const sessionId = ctx.store.startSession(user.email);
  res.setHeader('Set-Cookie', `${SSO_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Lax`);
  continueAuthorization(ctx, res, requestId, ctx.store.findSession(sessionId));
}

/** POST /oauth2/consent */
export async function handleConsent(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const answer = await readPendingForm(ctx, req, res);
  if (!answer) return;
  const { form, requestId, pending } = answer;
  const session = currentSession(ctx, req);
  if (!session) {
    // The SSO session ended while the consent page was open: sign in again, then ask again.
    continueAuthorization(ctx, res, requestId, undefined);
    return;
  }
  const decision = form.get('decision');
  if (decision === 'deny') {
    ctx.store.finishPending(requestId);
    redirect(
      res,
      redirectWith(pending.redirectUri, {
        error: 'access_denied',
        error_description: 'The user denied the request.',
        state: pending.state,
      }),
    );
    return;
  }
  if (decision !== 'allow') {
    sendErrorPage(res, 400, 'Invalid request', 'The consent form must answer allow or deny.');
    return;
  }
  ctx.store.rememberConsent(session.email, pending.clientId);
  redirectWithCode(ctx, res, requestId, pending, session);
}

/** Shows whatever the request still needs (login, then consent), or answers the client with a code. */
function continueAuthorization(
  ctx: SandboxContext,
  res: ServerResponse,
  requestId: string,
  session: SsoSession | undefined,
): void {
  const pending = ctx.store.findPending(requestId);
  if (!pending) {
    sendStaleRequestPage(res);
    return;
  }
  const label = clientLabel(findClient(ctx, pending.clientId), pending.clientId);
  if (!session) {
    sendLoginPage(res, 200, { requestId, clientLabel: label, redirectUri: pending.redirectUri });
    return;
  }
  if (pending.forceConsent || !ctx.store.hasConsent(session.email, pending.clientId)) {
    // Asked once per request: after this page the decision comes from the consent form.
    pending.forceConsent = false;
    sendConsentPage(res, {
      requestId,
      clientLabel: label,
      scope: pending.scope,
      email: session.email,
      redirectUri: pending.redirectUri,
    });
    return;
  }
  redirectWithCode(ctx, res, requestId, pending, session);
}

function redirectWithCode(
  ctx: SandboxContext,
  res: ServerResponse,
  requestId: string,
  pending: PendingAuthorization,
  session: SsoSession,
): void {
  ctx.store.finishPending(requestId);
  const code = ctx.store.issueCode({
    clientId: pending.clientId,
    redirectUri: pending.redirectUri,
    email: session.email,
    scope: pending.scope,
    codeChallenge: pending.codeChallenge,
    codeChallengeMethod: pending.codeChallengeMethod,
  });
  redirect(res, redirectWith(pending.redirectUri, { code, state: pending.state }));
}

function currentSession(ctx: SandboxContext, req: IncomingMessage): SsoSession | undefined {
  return ctx.store.findSession(parseCookies(req.headers.cookie).get(SSO_COOKIE));
}

async function readForm(req: IncomingMessage, res: ServerResponse): Promise<URLSearchParams | undefined> {
  if (!isFormEncoded(req)) {
    sendErrorPage(res, 400, 'Invalid request', 'The form must be sent as application/x-www-form-urlencoded.');
    return undefined;
  }
  return new URLSearchParams(await readBody(req));
}

/**
 * The login or consent form, with the sign-in request it answers; undefined once the error page is sent
 * (not a form, or a request that is unknown, answered or expired).
 */
async function readPendingForm(
  ctx: SandboxContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<{ form: URLSearchParams; requestId: string; pending: PendingAuthorization } | undefined> {
  const form = await readForm(req, res);
  if (!form) return undefined;
  const requestId = form.get('request') ?? '';
  const pending = ctx.store.findPending(requestId);
  if (!pending) {
    sendStaleRequestPage(res);
    return undefined;
  }
  return { form, requestId, pending };
}

function sendStaleRequestPage(res: ServerResponse): void {
  sendErrorPage(
    res,
    400,
    'Sign-in request expired',
    'This sign-in request is unknown, already answered or expired.',
  );
}
