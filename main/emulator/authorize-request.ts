import type { PendingAuthorization } from './store';
import type { ResolvedSandboxOptions, SandboxClient } from './types';

/** OpenID Connect `prompt` values this sandbox understands (the app's silent renewal uses `none`). */
export interface Prompt {
  none: boolean;
  login: boolean;
  consent: boolean;
}

/** Outcome of checking an /oauth2/auth query, in RFC 6749 §4.1.2.1 order: client and redirect URL first. */
export type AuthorizeCheck =
  | { kind: 'page'; title: string; message: string }
  | { kind: 'redirect'; redirectUri: string; state: string | undefined; error: string; description: string }
  | { kind: 'ok'; client: SandboxClient; request: Omit<PendingAuthorization, 'expiresAt'>; prompt: Prompt };

const SINGLE_VALUED = [
  'response_type',
  'scope',
  'state',
  'tenant',
  'code_challenge',
  'code_challenge_method',
  'prompt',
] as const;
// RFC 7636 §4.1: 43-128 characters from the unreserved set.
const PKCE_VALUE = /^[A-Za-z0-9\-._~]{43,128}$/;

export function checkAuthorizeQuery(query: URLSearchParams, options: ResolvedSandboxOptions): AuthorizeCheck {
  // Until client and redirect URL are trusted, errors go on a page: redirecting them would make an open redirector.
  const clientIds = query.getAll('client_id');
  if (clientIds.length !== 1 || clientIds[0] === '') {
    return page('Invalid request', 'The request must carry exactly one client_id.');
  }
  const clientId = clientIds[0] ?? '';
  const client = options.clients.find((c) => c.clientId === clientId);
  if (!client) return page('Unknown client', `No client with the id "${clientId}" is registered.`);

  const redirectUris = query.getAll('redirect_uri');
  if (redirectUris.length !== 1 || redirectUris[0] === '') {
    return page('Invalid request', 'The request must carry exactly one redirect_uri.');
  }
  const redirectUri = redirectUris[0] ?? '';
  if (!client.redirectUris.includes(redirectUri)) {
    return page(
      'Redirect URL not registered',
      `The redirect URL "${redirectUri}" is not registered for the client "${clientId}".`,
    );
  }

  const state = query.get('state') ?? undefined;
  const fail = (error: string, description: string): AuthorizeCheck => ({
    kind: 'redirect',
    redirectUri,
    state,
    error,
    description,
  });

  for (const name of SINGLE_VALUED) {
    if (query.getAll(name).length > 1)
      return fail('invalid_request', `The ${name} parameter was given more than once.`);
  }

  const responseType = query.get('response_type');
  if (responseType === null || responseType === '') {
    return fail('invalid_request', 'The response_type parameter is missing.');
  }
  if (responseType !== 'code') {
    return fail(
      'unsupported_response_type',
      `The response_type "${responseType}" is not supported; use "code".`,
    );
  }

  const scopes = (query.get('scope') ?? '').split(' ').filter((s) => s !== '');
  if (scopes.length !== 1 || scopes[0] !== 'mix-api') {
    return fail(
      'invalid_scope',
      'The requested scope is invalid: this service only grants the scope "mix-api".',
    );
  }

  const tenant = query.get('tenant');
  if (tenant !== options.tenant) {
    const got = tenant === null ? 'is missing' : `is "${tenant}"`;
    return fail('invalid_request', `The tenant parameter ${got}; expected "${options.tenant}".`);
  }

  const challenge = query.get('code_challenge') ?? undefined;
  const methodParam = query.get('code_challenge_method') ?? undefined;
  if (challenge === undefined) {
    if (methodParam !== undefined)
      return fail('invalid_request', 'code_challenge_method was sent without code_challenge.');
    if (options.requirePkce)
      return fail('invalid_request', 'This client must use PKCE: code_challenge is required.');
  } else {
    if (methodParam !== undefined && methodParam !== 'S256' && methodParam !== 'plain') {
      return fail(
        'invalid_request',
        `The code_challenge_method "${methodParam}" is not supported; use S256.`,
      );
    }
    if (!PKCE_VALUE.test(challenge)) {
      return fail(
        'invalid_request',
        'The code_challenge must be 43 to 128 characters of [A-Z a-z 0-9 - . _ ~].',
      );
    }
  }

  const prompts = (query.get('prompt') ?? '').split(' ').filter((p) => p !== '');
  if (prompts.some((p) => p !== 'none' && p !== 'login' && p !== 'consent')) {
    return fail('invalid_request', 'The prompt parameter may only be none, login or consent.');
  }
  if (prompts.includes('none') && prompts.length > 1) {
    return fail('invalid_request', 'prompt=none cannot be combined with other prompt values.');
  }

  return {
    kind: 'ok',
    client,
    prompt: {
      none: prompts.includes('none'),
      login: prompts.includes('login'),
      consent: prompts.includes('consent'),
    },
    request: {
      clientId,
      redirectUri,
      state,
      scope: 'mix-api',
      forceConsent: prompts.includes('consent'),
      codeChallenge: challenge,
      // RFC 7636 §4.3: the method defaults to "plain" when a challenge comes without one.
      codeChallengeMethod: challenge === undefined ? undefined : methodParam === 'S256' ? 'S256' : 'plain',
    },
  };
}

function page(title: string, message: string): AuthorizeCheck {
  return { kind: 'page', title, message };
}

/** Appends OAuth response parameters to a registered redirect URL, keeping any query it already has. */
export function redirectWith(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(name, value);
  }
  return url.toString();
}
