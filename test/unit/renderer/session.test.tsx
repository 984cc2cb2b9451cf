// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MixGetRequest, Problem } from '../../../common/ipc-contract';
import { FAKE_ACCESS_TOKEN, FakeBridge } from './fake-bridge';
import { fromMain, NOW, renderApp, usProfile } from './render-app';

const PROFILE_ID = 'profile-1';

async function startSignedOut(fake = new FakeBridge({ now: () => NOW, profiles: [usProfile()] })) {
  renderApp(fake);
  await screen.findByRole('button', { name: 'Sign in' });
  return fake;
}

async function signIn(fake: FakeBridge) {
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByText('Waiting for you to sign in in the Mix window…');
  await fromMain(() => fake.completeSignIn(PROFILE_ID));
  await screen.findByRole('button', { name: /^Account: demo@mix\.example/ });
}

const statusBar = () => screen.getByRole('contentinfo');

/** Opens the account menu from the header, as a mouse user does. */
async function openAccountMenu(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: /^Account:/ }));
  return screen.findByRole('menu', { name: /^Account:/ });
}

async function chooseAccountAction(item: string): Promise<void> {
  fireEvent.click(within(await openAccountMenu()).getByRole('menuitem', { name: item }));
}

describe('signing in', () => {
  it('waits for the Mix window, then shows who is signed in, their organizations and the renewal countdown', async () => {
    const fake = await startSignedOut();
    expect(within(statusBar()).getByText('Signed out')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Waiting for you to sign in in the Mix window…')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();

    await fromMain(() => fake.completeSignIn(PROFILE_ID));
    // Home leads with the workspace; who is signed in is the header's account button.
    expect(
      await screen.findByRole('button', { name: /^Account: demo@mix\.example · Signed in$/ }),
    ).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Session' })).toBeNull();
    expect(within(statusBar()).getByText('Signed in · renews in 14:00')).toBeTruthy();

    const menu = await openAccountMenu();
    expect(within(menu).getByText('Signed in as demo@mix.example')).toBeTruthy();
    // The session state carried no count, so the menu used the tree's read of the organizations.
    expect(await within(menu).findByText(/· 2 organizations$/)).toBeTruthy();
    expect(await within(menu).findByText('Mix 4.12 · API v4 · sandbox')).toBeTruthy();
    // 15-minute token, renewal a minute before expiry.
    expect(within(menu).getByText('Signed in · renews in 14:00')).toBeTruthy();
    expect(within(menu).getByText('Token valid until 10:15')).toBeTruthy();
    expect(within(menu).getByText('Renewal: Automatic (silent sign-in)')).toBeTruthy();
    expect(within(menu).getByText('Scope: mix-api')).toBeTruthy();
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Sign out',
      'Use another account',
      'Forget sign-in…',
      'Switch profile…',
      'Edit profile…',
      'Copy access token',
      'Copy as curl',
    ]);
  });

  it('uses the count main already knows, and reads organizations no more than the tree does', async () => {
    const fake = await startSignedOut();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('Waiting for you to sign in in the Mix window…');
    await fromMain(() => fake.completeSignIn(PROFILE_ID, { organizationCount: 1 }));
    await screen.findByRole('button', { name: /^Account: demo@mix\.example/ });
    // Mix's list says 2; the count main knows wins, and the menu adds no request of its own.
    expect(await within(await openAccountMenu()).findByText(/· 1 organization$/)).toBeTruthy();
    const organizationReads = fake.calls.filter(
      (call) =>
        call.channel === 'mix:get' && (call.request as MixGetRequest).endpoint === 'organizations.list',
    );
    expect(organizationReads.length).toBeLessThanOrEqual(1);
  });

  it('shows a problem with its detail and host, and offers the system browser in one click', async () => {
    const fake = await startSignedOut();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('Waiting for you to sign in in the Mix window…');
    const problem: Problem = {
      code: 'load-failed',
      message: 'The Mix sign-in page could not be loaded.',
      detail: 'The identity provider refused to open in an embedded window.',
      host: 'auth.crt.nuance.com',
      actions: ['use-system-browser', 'retry'],
    };
    await fromMain(() => fake.failSignIn(PROFILE_ID, problem));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The Mix sign-in page could not be loaded.');
    expect(alert.textContent).toContain('refused to open in an embedded window');
    expect(alert.textContent).toContain('auth.crt.nuance.com');

    fireEvent.click(within(alert).getByRole('button', { name: 'Use system browser' }));
    expect(await screen.findByText('Waiting for you to sign in in your browser…')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fake.signInRequests().at(-1)).toEqual({ profileId: PROFILE_ID, mode: 'system-browser' });

    await fromMain(() => fake.completeSignIn(PROFILE_ID));
    await screen.findByRole('button', { name: /^Account: demo@mix\.example/ });
    expect(within(await openAccountMenu()).getByText(/^Profile /).textContent).toMatch(/· System browser$/);
  });

  it('shows the credential doctor’s diagnosis under a failed sign-in, with the help links', async () => {
    const fake = await startSignedOut();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('Waiting for you to sign in in the Mix window…');
    const problem: Problem = {
      code: 'token-error',
      message: 'Mix rejected the client ID or secret.',
      status: 401,
      actions: ['open-settings'],
      diagnosis: {
        kind: 'client-rejected',
        cause: 'These look like the profile’s default credentials.',
        fix: 'Generate Mix.api service credentials in Mix → Profile.',
        otherCauses: ['The client secret has a typo.'],
        links: [{ label: 'Open the Mix dashboard', url: 'https://mix.nuance.com/v3/' }],
      },
    };
    await fromMain(() => fake.failSignIn(PROFILE_ID, problem));

    const diagnosis = await screen.findByRole('region', { name: 'Diagnosis' });
    expect(diagnosis.textContent).toContain(
      'Likely cause: These look like the profile’s default credentials.',
    );
    expect(diagnosis.textContent).toContain('Fix: Generate Mix.api service credentials in Mix → Profile.');
    expect(within(diagnosis).getByRole('listitem').textContent).toBe('The client secret has a typo.');
    const link = within(diagnosis).getByRole('link', { name: 'Open the Mix dashboard' });
    expect(link.getAttribute('href')).toBe('https://mix.nuance.com/v3/');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('shows "What happened" under a failed sign-in and copies it as text', async () => {
    const fake = await startSignedOut();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('Waiting for you to sign in in the Mix window…');
    const at = Date.UTC(2026, 10, 29, 20, 0, 0);
    const problem: Problem = {
      code: 'load-failed',
      message: 'Mix Explorer could not load the sign-in page from auth.crt.nuance.com.',
      timeline: [
        {
          at,
          event: 'authorize',
          host: 'auth.crt.nuance.com',
          path: '/oauth2/auth',
          query: ['client_id', 'state'],
          outcome: 'opened in the sign-in window',
        },
        {
          at: at + 250,
          event: 'load failed',
          host: 'auth.crt.nuance.com',
          path: '/oauth2/auth',
          outcome: 'ERR_CERT_AUTHORITY_INVALID',
        },
      ],
    };
    await fromMain(() => fake.failSignIn(PROFILE_ID, problem));

    const steps = await screen.findByRole('list', { name: 'Sign-in steps' });
    const items = within(steps)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      '+0.000 sauthorizeauth.crt.nuance.com/oauth2/auth ?client_id&stateopened in the sign-in window',
      '+0.250 sload failedauth.crt.nuance.com/oauth2/authERR_CERT_AUTHORITY_INVALID',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Copy what happened' }));
    await screen.findByRole('button', { name: 'Copied' });
    expect(fake.clipboard).toBe(
      [
        'Sign-in started 2026-11-29T20:00:00.000Z',
        '+0.000 s  authorize  auth.crt.nuance.com/oauth2/auth ?client_id&state  opened in the sign-in window',
        '+0.250 s  load failed  auth.crt.nuance.com/oauth2/auth  ERR_CERT_AUTHORITY_INVALID',
      ].join('\n'),
    );
  });

  it('dismisses a sign-in problem for good, though main also keeps it as the last error', async () => {
    const fake = await startSignedOut();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByText('Waiting for you to sign in in the Mix window…');
    await fromMain(() =>
      fake.failSignIn(PROFILE_ID, {
        code: 'access-denied',
        message: 'Mix refused the sign-in.',
        actions: ['retry'],
      }),
    );
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fake.session(PROFILE_ID).lastError?.message).toBe('Mix refused the sign-in.');
  });

  it('retries the same kind of sign-in', async () => {
    const fake = await startSignedOut();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with system browser' }));
    await screen.findByText('Waiting for you to sign in in your browser…');
    await fromMain(() =>
      fake.failSignIn(PROFILE_ID, { code: 'port-in-use', message: 'Port 3000 is busy.', actions: ['retry'] }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByText('Waiting for you to sign in in your browser…');
    expect(fake.signInRequests()).toEqual([
      { profileId: PROFILE_ID, mode: 'system-browser' },
      { profileId: PROFILE_ID, mode: 'system-browser' },
    ]);
  });

  it('treats a cancelled sign-in quietly: no alert, back to signed out', async () => {
    const fake = await startSignedOut();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fake.session(PROFILE_ID).status).toBe('signed-out');
  });

  it('starts a fresh account when asked', async () => {
    const fake = await startSignedOut();
    fireEvent.click(screen.getByRole('button', { name: 'Use another account' }));
    await screen.findByText('Waiting for you to sign in in the Mix window…');
    expect(fake.signInRequests()).toEqual([{ profileId: PROFILE_ID, freshAccount: true }]);
  });
});

describe('a signed-in session', () => {
  it('keeps saying whose session expired, with one way to sign in again on the page', async () => {
    const fake = await startSignedOut();
    await signIn(fake);

    await fromMain(() => fake.expire(PROFILE_ID));
    expect(await screen.findByText('Your session expired. Sign in again to continue.')).toBeTruthy();
    expect(screen.getByText('Signed in as demo@mix.example')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Account: demo@mix.example · Session expired' })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Sign in' })).toHaveLength(1);
    expect(within(statusBar()).getByText('Session expired')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Waiting for you to sign in in the Mix window…')).toBeTruthy();
    expect(screen.queryByText('Your session expired. Sign in again to continue.')).toBeNull();
  });

  it('shows what happened during the renewal that ended the session', async () => {
    const fake = await startSignedOut();
    await signIn(fake);

    const at = Date.UTC(2026, 10, 29, 12, 0, 0);
    await fromMain(() =>
      fake.expire(PROFILE_ID, {
        code: 'session-expired',
        message: 'Your session expired.',
        detail: 'Mix asked for the login again.',
        timeline: [
          { at, event: 'authorize', host: 'auth.example', path: '/oauth2/auth', query: ['prompt', 'state'] },
          {
            at: at + 1500,
            event: 'page loaded',
            host: 'auth.example',
            path: '/login',
            outcome: 'login page',
          },
        ],
      }),
    );
    const banner = (await screen.findByText('Your session expired. Sign in again to continue.')).closest(
      '.banner',
    );
    expect(banner).not.toBeNull();
    const steps = within(banner as HTMLElement).getByRole('list', { name: 'Sign-in steps' });
    expect(within(steps).getAllByRole('listitem')).toHaveLength(2);
    expect(within(steps).getByText('auth.example/login')).toBeTruthy();
  });

  it('copies the access token without ever showing it, and says until when it is valid', async () => {
    const fake = await startSignedOut();
    await signIn(fake);
    await chooseAccountAction('Copy access token');
    const toast = await screen.findByRole('alert');
    const validUntil = new Date(NOW + 15 * 60_000);
    expect(validUntil.getHours()).toBe(10);
    expect(toast.textContent).toBe('Copied — valid until 10:15');
    expect(fake.clipboard).toBe(FAKE_ACCESS_TOKEN);
    expect(document.documentElement.outerHTML).not.toContain(FAKE_ACCESS_TOKEN);
  });

  it('signs out', async () => {
    const fake = await startSignedOut();
    await signIn(fake);
    await chooseAccountAction('Sign out');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /demo@mix\.example/ })).toBeNull();
    expect(screen.getByRole('button', { name: /^Account: .* · Signed out$/ })).toBeTruthy();
  });

  it('forgets the remembered login only after confirmation', async () => {
    const fake = await startSignedOut();
    await signIn(fake);
    await chooseAccountAction('Forget sign-in…');
    const dialog = await screen.findByRole('alertdialog', { name: 'Forget sign-in?' });
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(fake.rememberedLogins.has(PROFILE_ID)).toBe(true);

    await chooseAccountAction('Forget sign-in…');
    fireEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Forget sign-in' }),
    );
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(fake.rememberedLogins.has(PROFILE_ID)).toBe(false);
  });

  it('shows a failed organizations load on Home and recovers on retry', async () => {
    const fake = await startSignedOut();
    fake.mixProblems['organizations.list'] = {
      code: 'network',
      message: 'Mix.api could not be reached.',
      host: 'mix.api.nuance.com',
    };
    await signIn(fake);
    // A failed read is not an account without organizations.
    const orgs = await screen.findByRole('region', { name: 'Organizations' });
    const failure = await within(orgs).findByText(/Mix.api could not be reached/);
    expect(failure.closest('[role="alert"]')).toBeTruthy();
    expect(within(orgs).queryByText('This account sees no organizations.')).toBeNull();

    delete fake.mixProblems['organizations.list'];
    fireEvent.click(within(orgs).getByRole('button', { name: 'Retry' }));
    expect(await within(orgs).findAllByRole('button', { name: /projects? ·/ })).toHaveLength(2);
    expect(within(orgs).queryByText(/Mix.api could not be reached/)).toBeNull();
  });

  it('follows the active profile when the user switches', async () => {
    const fake = new FakeBridge({
      now: () => NOW,
      profiles: [usProfile(), usProfile({ name: 'Team EU', system: 'eu' })],
    });
    await startSignedOut(fake);
    await signIn(fake);
    fireEvent.change(screen.getByLabelText('Profile'), { target: { value: 'profile-2' } });
    await waitFor(() => expect(screen.queryByRole('button', { name: /demo@mix\.example/ })).toBeNull());
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect(within(statusBar()).getByText('Team EU')).toBeTruthy();
  });

  it('stops listening to main when it goes away', async () => {
    const fake = await startSignedOut();
    expect(fake.listenerCount('session:changed')).toBe(1);
    expect(fake.listenerCount('profiles:changed')).toBe(1);
    const { cleanup } = await import('@testing-library/react');
    cleanup();
    expect(fake.listenerCount('session:changed')).toBe(0);
    expect(fake.listenerCount('profiles:changed')).toBe(0);
    expect(fake.listenerCount('app:notice')).toBe(0);
  });
});
