import { isAxiosError, type AxiosResponse } from 'axios';
import { credentialBindingChanged } from '../../common/credential-binding';
import type { Profile, ProfileDraft, SettingsCheck, SettingsTestResult } from '../../common/ipc-contract';
import { isServiceAccount, normaliseServerUrl, validateProfile } from '../../common/profile-validation';
import { redactDeep, rememberClientSecret } from '../log/redact';
import type { Clock } from '../ports/clock';
import type { HttpClientFactory } from '../ports/http';
import type { ProfileSource } from '../session/session-deps';
import type { AuthRateLimiter } from './auth-rate-limiter';
import { buildAuthorizeUrl } from './authorize-url';
import { buildTokenRequest } from './client-auth';
import { tokenEndpoint } from './endpoints';
import { networkProblem } from './network-problem';
import { createPkce, createState } from './pkce';
import {
  line,
  readAuthorizeAnswer,
  readGeography,
  readServiceAccountAnswer,
  readTokenAnswer,
} from './settings-readings';

/** Each request of a test; the whole test runs its requests side by side, so it takes about this long at most. */
export const SETTINGS_TEST_TIMEOUT_MS = 10_000;
/** An error page or an API's answer is short; anything longer is not read. */
export const SETTINGS_TEST_MAX_BYTES = 64 * 1024;

/** axios stopped reading because the answer passed `maxContentLength`. */
const answerTooLarge = (error: unknown): boolean =>
  isAxiosError(error) && /maxContentLength/i.test(error.message);

/** The profile id of requests to hosts not saved yet (no stored credential is bound to them). */
const UNSAVED_PROFILE_ID = 'settings-test';

export interface SettingsTesterDeps {
  /** The bound factory of create-main-services: used when the form tests a saved profile at its own hosts. */
  http: HttpClientFactory;
  /** The same network stack without the binding check, for hosts that are not saved yet: only a typed secret goes there. */
  unsavedHttp: HttpClientFactory;
  profiles: ProfileSource;
  /** The one limiter of requests to the authorization services (purpose `settings test`). */
  limiter: AuthRateLimiter;
  clock: Clock;
  timeoutMs?: number;
}

export interface SettingsTester {
  /** Checks the form's unsaved values without signing in; never returns or logs the secret. */
  test(draft: ProfileDraft): Promise<SettingsTestResult>;
}

type Secret = { secret: string } | { skipped: string };

export function createSettingsTester(deps: SettingsTesterDeps): SettingsTester {
  const timeoutMs = deps.timeoutMs ?? SETTINGS_TEST_TIMEOUT_MS;
  const requestOptions = {
    timeout: timeoutMs,
    maxRedirects: 0,
    maxContentLength: SETTINGS_TEST_MAX_BYTES,
    responseType: 'text' as const,
    transformResponse: (data: unknown) => data,
    validateStatus: () => true,
  };
  const bodyOf = (response: AxiosResponse<unknown>) =>
    typeof response.data === 'string' ? response.data : '';

  /**
   * The stored secret only for the binding it was saved with: a credential never reaches a host it was not
   * issued for. Any other hosts or client ID need the typed one.
   */
  async function secretFor(
    draft: ProfileDraft,
    saved: Profile | undefined,
    sameBinding: boolean,
  ): Promise<Secret> {
    if (typeof draft.clientSecret === 'string' && draft.clientSecret !== '')
      return { secret: draft.clientSecret };
    if (draft.clientSecret === null) {
      return { skipped: 'The form removes the stored client secret: type a secret to test one.' };
    }
    if (saved?.hasClientSecret && !sameBinding) {
      return {
        skipped:
          'Type the client secret: the stored one is only ever sent to the authorization server, Mix.api and client ID it was saved for.',
      };
    }
    if (saved?.hasClientSecret) {
      const stored = await deps.profiles.clientSecret(saved.id);
      if (stored !== undefined && stored !== '') return { secret: stored };
    }
    return { skipped: 'No client secret to test: type one.' };
  }

  function failure(error: unknown, url: string): string {
    if (answerTooLarge(error)) {
      return `The answer was larger than ${SETTINGS_TEST_MAX_BYTES / 1024} KB; Mix Explorer did not read it.`;
    }
    return networkProblem(error, url, timeoutMs / 1000).problem.message;
  }

  const overTls = (url: string, ms: number) => {
    const { protocol, host } = new URL(url);
    return protocol === 'https:'
      ? `${host} answered over TLS in ${ms} ms.`
      : `${host} answered over plain HTTP in ${ms} ms (allowed only for this computer's own addresses).`;
  };

  async function checkAuthorize(profile: Profile, httpFor: HttpClientFactory): Promise<SettingsCheck[]> {
    const url = new URL(
      buildAuthorizeUrl(profile, {
        state: createState(),
        ...(profile.usePkce ? { codeChallenge: createPkce().challenge } : {}),
      }),
    );
    // No browser session goes with the request: a server that accepts it asks for a sign-in (login_required)
    // at the redirect URL, which says that the client and its redirect URL are known.
    url.searchParams.set('prompt', 'none');
    const target = url.toString();
    if (!deps.limiter.tryTake(target, 'settings test', false)) {
      const why = deps.limiter.refusal(target, 'settings test').problem.message;
      return [
        line('auth-host', 'skipped', why),
        line('authorize', 'skipped', why),
        line('redirect-url', 'skipped', why),
      ];
    }
    const started = deps.clock.now();
    let response: AxiosResponse<unknown>;
    try {
      response = await httpFor(profile).get<unknown>(target, {
        ...requestOptions,
        headers: { Accept: 'text/html, application/json' },
      });
    } catch (error) {
      const oversized = answerTooLarge(error);
      const said = failure(error, target);
      return oversized
        ? [
            line('auth-host', 'pass', overTls(target, deps.clock.now() - started)),
            line('authorize', 'fail', said),
            line('redirect-url', 'skipped', 'The authorize endpoint’s answer was not read.'),
          ]
        : [
            line('auth-host', 'fail', said),
            line('authorize', 'skipped', 'The authorization server did not answer.'),
            line('redirect-url', 'skipped', 'The authorization server did not answer.'),
          ];
    }
    const hostLine = line('auth-host', 'pass', overTls(target, deps.clock.now() - started));
    const location = response.headers.location as unknown;
    return [
      hostLine,
      ...readAuthorizeAnswer({
        status: response.status,
        ...(typeof location === 'string' ? { location } : {}),
        body: bodyOf(response),
        url: target,
        redirectUrl: profile.redirectUrl,
      }),
    ];
  }

  async function checkApi(profile: Profile, httpFor: HttpClientFactory): Promise<SettingsCheck> {
    const url = `${normaliseServerUrl(profile.apiUrl)}/`;
    const started = deps.clock.now();
    try {
      // No token: any HTTP answer (a 401, a 404) proves the host resolves and speaks TLS.
      const response = await httpFor(profile).get<unknown>(url, requestOptions);
      if (response.status >= 500) {
        return line(
          'api-host',
          'fail',
          `${new URL(url).host} answered with a server error (HTTP ${response.status}): try again later.`,
        );
      }
      return line('api-host', 'pass', overTls(url, deps.clock.now() - started));
    } catch (error) {
      if (answerTooLarge(error)) {
        return line('api-host', 'pass', overTls(url, deps.clock.now() - started));
      }
      return line('api-host', 'fail', failure(error, url));
    }
  }

  /**
   * One request to the token endpoint with the secret (a check's only use of it): held back by the limiter,
   * scrubbed from whatever comes back, never sent on through a redirect; `read` turns the answer into the line.
   */
  async function postToTokenEndpoint(
    id: 'client-secret' | 'service-account',
    profile: Profile,
    httpFor: HttpClientFactory,
    secret: Secret,
    grant: Record<string, string>,
    read: (response: AxiosResponse<unknown>) => SettingsCheck,
  ): Promise<SettingsCheck> {
    if ('skipped' in secret) return line(id, 'skipped', secret.skipped);
    const url = tokenEndpoint(profile);
    if (!deps.limiter.tryTake(url, 'settings test', false)) {
      return line(id, 'skipped', deps.limiter.refusal(url, 'settings test').problem.message);
    }
    // Whatever comes back (an echo, a log line) is scrubbed of the secret by the one redactor.
    rememberClientSecret(profile.clientId, secret.secret);
    const { headers, body } = buildTokenRequest(profile, secret.secret, grant);
    try {
      const response = await httpFor(profile).post<unknown>(url, body.toString(), {
        ...requestOptions,
        headers,
      });
      if (response.status >= 300 && response.status < 400) {
        return line(
          id,
          'fail',
          `The token endpoint answered with a redirect (HTTP ${response.status}); the secret was not sent on. Check the authorization server URL.`,
        );
      }
      return read(response);
    } catch (error) {
      return line(id, 'fail', failure(error, url));
    }
  }

  /** A made-up code: `invalid_grant` means the client and its secret passed. */
  function checkSecret(profile: Profile, httpFor: HttpClientFactory, secret: Secret): Promise<SettingsCheck> {
    const grant = {
      grant_type: 'authorization_code',
      code: `mix-explorer-settings-test-${createState()}`,
      redirect_uri: profile.redirectUrl,
    };
    return postToTokenEndpoint('client-secret', profile, httpFor, secret, grant, (response) =>
      readTokenAnswer({ status: response.status, body: bodyOf(response), system: profile.system }),
    );
  }

  /** A service account's own sign-in, for real: one client-credentials request; the token is dropped. */
  function checkServiceAccount(
    profile: Profile,
    httpFor: HttpClientFactory,
    secret: Secret,
  ): Promise<SettingsCheck> {
    const grant = { grant_type: 'client_credentials', scope: profile.scope };
    return postToTokenEndpoint('service-account', profile, httpFor, secret, grant, (response) =>
      readServiceAccountAnswer({
        status: response.status,
        contentType: String(response.headers['content-type'] ?? ''),
        body: bodyOf(response),
        profile,
        now: deps.clock.now(),
      }),
    );
  }

  /** A service account: no authorize request, no redirect, no made-up code; its real grant instead. */
  async function testServiceAccount(
    draft: ProfileDraft,
    profile: Profile,
    httpFor: HttpClientFactory,
    secret: Promise<Secret>,
    fix: (field: keyof ProfileDraft) => string | undefined,
  ): Promise<SettingsCheck[]> {
    const noBrowser = 'A service account does not sign in through the browser.';
    const authBlocked = fix('authServerUrl') || fix('clientId') || fix('scope');
    const apiBlocked = fix('apiUrl');
    const [api, grant] = await Promise.all([
      apiBlocked ? Promise.resolve(line('api-host', 'skipped', apiBlocked)) : checkApi(profile, httpFor),
      authBlocked
        ? Promise.resolve(line('service-account', 'skipped', authBlocked))
        : secret.then((found) => checkServiceAccount(profile, httpFor, found)),
    ]);
    const hostLine =
      grant.outcome === 'pass'
        ? line('auth-host', 'pass', `${new URL(tokenEndpoint(profile)).host} answered the token request.`)
        : line('auth-host', 'skipped', 'Read from the service-account line below.');
    return [
      fix('clientId')
        ? line('geography', 'skipped', fix('clientId') ?? '')
        : readGeography(draft.clientId, draft.system),
      hostLine,
      line('authorize', 'skipped', noBrowser),
      line('redirect-url', 'skipped', noBrowser),
      api,
      line('client-secret', 'skipped', 'Checked by the service-account line: its token request sends them.'),
      grant,
    ];
  }

  return {
    async test(draft) {
      const { errors } = validateProfile(draft);
      const saved = draft.id === undefined ? undefined : deps.profiles.get(draft.id);
      const sameBinding = saved !== undefined && !credentialBindingChanged(saved, draft);
      const { clientSecret: _secret, id: _id, ...settings } = draft;
      const profile: Profile = {
        ...settings,
        id: sameBinding && saved ? saved.id : UNSAVED_PROFILE_ID,
        hasClientSecret: false,
      };
      const httpFor = sameBinding ? deps.http : deps.unsavedHttp;
      const fix = (field: keyof ProfileDraft) => errors[field] && `Fix this first: ${errors[field]}`;
      if (isServiceAccount(draft)) {
        const checks = await testServiceAccount(
          draft,
          profile,
          httpFor,
          secretFor(draft, saved, sameBinding),
          fix,
        );
        return { checks: redactDeep(checks), at: deps.clock.now() };
      }
      const authBlocked = fix('authServerUrl') || fix('clientId') || fix('redirectUrl') || fix('scope');

      const authorizeLines = authBlocked
        ? Promise.resolve([
            line('auth-host', 'skipped', fix('authServerUrl') || authBlocked),
            line('authorize', 'skipped', authBlocked),
            line('redirect-url', 'skipped', authBlocked),
          ])
        : checkAuthorize(profile, httpFor);
      const apiBlocked = fix('apiUrl');
      const apiLine = apiBlocked
        ? Promise.resolve(line('api-host', 'skipped', apiBlocked))
        : checkApi(profile, httpFor);
      const secretLine = authBlocked
        ? Promise.resolve(line('client-secret', 'skipped', authBlocked))
        : secretFor(draft, saved, sameBinding).then((secret) => checkSecret(profile, httpFor, secret));

      const geography = fix('clientId')
        ? line('geography', 'skipped', fix('clientId') ?? '')
        : readGeography(draft.clientId, draft.system);
      const [authorize, api, secret] = await Promise.all([authorizeLines, apiLine, secretLine]);
      const checks: SettingsCheck[] = [
        geography,
        ...authorize,
        api,
        secret,
        line(
          'service-account',
          'skipped',
          'This profile signs a person in through the browser; the client-credentials grant is tried for service-account profiles (Kind: Service account).',
        ),
      ];
      // Server words are in these lines: the one redactor runs over them before they leave main.
      return { checks: redactDeep(checks), at: deps.clock.now() };
    },
  };
}
