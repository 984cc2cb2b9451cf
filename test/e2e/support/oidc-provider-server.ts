import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, {
  type Adapter,
  type AdapterPayload,
  type ClientMetadata,
  type KoaContextWithOIDC,
} from 'oidc-provider';

// A certified OpenID Provider (oidc-provider 9.13.3) as a second authorization server for the Chromium
// stories, beside our own sandbox: an independent reference for what a standards-following server does
// (Basic credentials form-decoded, PKCE, iss in every response, refresh-token rotation and reuse detection).
// It serves Mix's routes (/oauth2/auth, /oauth2/token) and, on the same origin like the sandbox, the one
// Mix.api read the app makes after signing in (GET /v4/organizations), answered for the token's account.

/** A Mix client ID has ':' in it; the secret holds characters that Basic and form encoding must escape. */
export const OIDC_CLIENT = {
  basic: 'appID:OIDC:geo:us:clientName:default',
  body: 'appID:OIDC-FORM:geo:eu:clientName:default',
  secret: 'p@ss:w/rd?&=+ %~"#',
  /** A service account: the client-credentials grant only (no redirect, no user). */
  service: 'appID:OIDC-SVC:geo:us:clientName:service',
} as const;
export const OIDC_REDIRECT_URL = 'http://localhost:3000/callback';

/** One token endpoint answer, as the provider's own events report it. */
export interface TokenGrantRecord {
  grantType: string;
  ok: boolean;
  clientId?: string;
  /** How the client authenticated (client_secret_basic, client_secret_post). */
  clientAuth?: string;
  /** For refresh grants: the refresh token presented. */
  refreshToken?: string;
  error?: string;
}

export interface RunningOidcProvider {
  /** The issuer, also the origin of its Mix.api stand-in. */
  url: string;
  grants: TokenGrantRecord[];
  /** An administrator revokes every refresh token issued so far (the grants and SSO sessions stay). */
  revokeRefreshTokens(): Promise<void>;
  close(): Promise<void>;
}

export interface OidcProviderOptions {
  /** Access-token life in seconds; the app renews 60 s before expiry. Default 900 (Mix's). */
  accessTokenSeconds?: number;
  /** Default true. False lets a client without PKCE in, so a code can be redeemed by whoever holds the secret. */
  pkceRequired?: boolean;
}

/** An in-memory store the test can look into (the provider's own memory adapter cannot be listed). */
function memoryAdapter() {
  const store = new Map<string, { payload: AdapterPayload; expiresAt?: number }>();
  const key = (model: string, id: string) => `${model}:${id}`;
  const live = (entry: { payload: AdapterPayload; expiresAt?: number } | undefined) =>
    entry && (entry.expiresAt === undefined || entry.expiresAt > Date.now()) ? entry.payload : undefined;

  class TestAdapter implements Adapter {
    constructor(private readonly model: string) {}
    async upsert(id: string, payload: AdapterPayload, expiresIn: number) {
      store.set(key(this.model, id), {
        payload,
        expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined,
      });
    }
    async find(id: string) {
      return live(store.get(key(this.model, id)));
    }
    async findByUserCode(userCode: string) {
      return [...store.values()].map(live).find((payload) => payload?.userCode === userCode);
    }
    async findByUid(uid: string) {
      return [...store.values()].map(live).find((payload) => payload?.uid === uid);
    }
    async consume(id: string) {
      const entry = store.get(key(this.model, id));
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      store.delete(key(this.model, id));
    }
    async revokeByGrantId(grantId: string) {
      for (const [name, entry] of store) if (entry.payload.grantId === grantId) store.delete(name);
    }
  }

  return {
    TestAdapter,
    revoke(model: string) {
      for (const name of [...store.keys()]) if (name.startsWith(`${model}:`)) store.delete(name);
    },
  };
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

export async function startOidcProvider(options: OidcProviderOptions = {}): Promise<RunningOidcProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const adapter = memoryAdapter();
  const client = (
    clientId: string,
    method: ClientMetadata['token_endpoint_auth_method'],
  ): ClientMetadata => ({
    client_id: clientId,
    client_secret: OIDC_CLIENT.secret,
    token_endpoint_auth_method: method,
    redirect_uris: [OIDC_REDIRECT_URL],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  });

  const provider = new Provider(url, {
    adapter: adapter.TestAdapter,
    clients: [
      client(OIDC_CLIENT.basic, 'client_secret_basic'),
      client(OIDC_CLIENT.body, 'client_secret_post'),
      {
        client_id: OIDC_CLIENT.service,
        client_secret: OIDC_CLIENT.secret,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
        scope: 'mix-api',
      },
    ],
    routes: { authorization: '/oauth2/auth', token: '/oauth2/token' },
    // Mix's scope is not an OpenID one: the provider must know it to grant it.
    scopes: ['openid', 'offline_access', 'mix-api'],
    extraParams: ['tenant'],
    pkce: { required: () => options.pkceRequired ?? true },
    features: { devInteractions: { enabled: true }, clientCredentials: { enabled: true } },
    // Refresh tokens without asking for offline_access (Mix Explorer asks for mix-api only), rotated on
    // every use: a refresh token presented twice is reuse, and the provider revokes the whole grant.
    issueRefreshToken: async (_ctx, oidcClient) => oidcClient.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: () => true,
    ttl: {
      AccessToken: options.accessTokenSeconds ?? 900,
      ClientCredentials: options.accessTokenSeconds ?? 900,
      AuthorizationCode: 60,
      RefreshToken: 3600,
      Grant: 3600,
      Session: 3600,
      Interaction: 600,
    },
    cookies: { keys: ['mix-explorer-e2e-only-cookie-key'] },
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
  });

  const grants: TokenGrantRecord[] = [];
  const record = (ctx: KoaContextWithOIDC, ok: boolean, error?: Error) => {
    const params = (ctx.oidc?.params ?? {}) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
    const grantType = text(params.grant_type) ?? 'unknown';
    grants.push({
      grantType,
      ok,
      clientId: ctx.oidc?.client?.clientId,
      clientAuth: ctx.oidc?.client?.clientAuthMethod,
      ...(grantType === 'refresh_token' ? { refreshToken: text(params.refresh_token) } : {}),
      ...(error ? { error: (error as { error?: string }).error ?? error.message } : {}),
    });
  };
  provider.on('grant.success', (ctx) => record(ctx, true));
  provider.on('grant.error', (ctx, error) => record(ctx, false, error));

  // The Mix.api stand-in: who the token's account is, as the personal organization Mix names after it.
  const api = async (request: IncomingMessage, response: ServerResponse) => {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    // A person's token, or a service account's (client credentials: the client is the account).
    const person = token ? await provider.AccessToken.find(token) : undefined;
    const service = token && !person ? await provider.ClientCredentials.find(token) : undefined;
    const found = person
      ? { accountId: person.accountId, isExpired: person.isExpired }
      : service
        ? { accountId: service.clientId, isExpired: service.isExpired }
        : undefined;
    if (!found || found.isExpired) {
      return sendJson(response, 401, { code: 16, message: 'Jwt is expired or invalid', details: [] });
    }
    if (!(request.url ?? '').startsWith('/v4/organizations')) {
      return sendJson(response, 404, { code: 5, message: 'Not found', details: [] });
    }
    return sendJson(response, 200, {
      organizations: [{ id: 'oidc-personal', displayName: found.accountId, type: 'PERSONAL' }],
      totalSize: 1,
    });
  };

  const handle = provider.callback();
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if ((request.url ?? '').startsWith('/v4/')) void api(request, response);
    else handle(request, response);
  });

  return {
    url,
    grants,
    async revokeRefreshTokens() {
      adapter.revoke('RefreshToken');
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
