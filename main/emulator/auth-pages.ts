import type { ServerResponse } from 'node:http';
import { escapeHtml, sendPage } from './html';

export interface LoginPageModel {
  requestId: string;
  clientLabel: string;
  redirectUri: string;
  email?: string;
  error?: string;
}

export function sendLoginPage(res: ServerResponse, status: number, model: LoginPageModel): void {
  const error = model.error ? `<p class="error" role="alert">${escapeHtml(model.error)}</p>` : '';
  const body = `<h2>Sign in</h2>
<p>to continue to <strong>${escapeHtml(model.clientLabel)}</strong></p>
${error}
<form method="post" action="/oauth2/login">
<input type="hidden" name="request" value="${escapeHtml(model.requestId)}">
<label>Email <input name="email" type="email" autocomplete="username" required value="${escapeHtml(model.email ?? '')}"></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<div class="actions"><button type="submit">Sign in</button></div>
</form>`;
  sendPage(res, status, 'Sign in', body, [model.redirectUri]);
}

export interface ConsentPageModel {
  requestId: string;
  clientLabel: string;
  scope: string;
  email: string;
  redirectUri: string;
}

export function sendConsentPage(res: ServerResponse, model: ConsentPageModel): void {
  const body = `<h2>Allow access?</h2>
<p><strong>${escapeHtml(model.clientLabel)}</strong> wants to access your Mix account
(<code>${escapeHtml(model.scope)}</code>) on your behalf.</p>
<p class="muted">Signed in as ${escapeHtml(model.email)}</p>
<form method="post" action="/oauth2/consent">
<input type="hidden" name="request" value="${escapeHtml(model.requestId)}">
<div class="actions">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny" class="secondary">Deny</button>
</div>
</form>`;
  sendPage(res, 200, 'Allow access', body, [model.redirectUri]);
}

/** For errors that must not go back to the client: unknown client, unregistered redirect URL, stale request. */
export function sendErrorPage(res: ServerResponse, status: number, title: string, message: string): void {
  const body = `<h2>${escapeHtml(title)}</h2>
<p class="error" role="alert">${escapeHtml(message)}</p>
<p class="muted">Close this window and start the sign-in again from the app.</p>`;
  sendPage(res, status, title, body);
}
