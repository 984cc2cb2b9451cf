// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findMixSystem } from '../../../common/mix-systems';
import { FakeBridge } from './fake-bridge';
import { renderApp, usProfile } from './render-app';

async function openNewProfileForm(fake: FakeBridge, from: 'welcome' | 'settings' = 'welcome') {
  renderApp(fake);
  if (from === 'settings') {
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Add profile' }));
  } else {
    fireEvent.click(await screen.findByRole('button', { name: 'Add a Mix profile' }));
  }
  await screen.findByRole('heading', { name: 'New profile' });
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('welcome', () => {
  it('greets a first-time user with what they need and the way to add a profile', async () => {
    renderApp(new FakeBridge());
    expect(await screen.findByRole('heading', { name: 'Welcome to Mix Explorer' })).toBeTruthy();
    expect(screen.getByText(/Generate Client Secret/)).toBeTruthy();
    expect(screen.getByText('http://localhost:3000/callback')).toBeTruthy();
    expect(screen.queryByText(/local Mix sandbox/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Add a Mix profile' })).toBeTruthy();
  });

  it('links to the Mix dashboard’s Profile page and starts the Demo, labelled Demo until it is signed out', async () => {
    const fake = new FakeBridge();
    renderApp(fake);
    const link = await screen.findByRole('link', { name: 'Open the Mix dashboard’s Profile page' });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/mix\.nuance\.com\//);
    expect(link.getAttribute('target')).toBe('_blank');
    fireEvent.click(screen.getByRole('button', { name: 'Try the Demo' }));

    expect(await screen.findByText('Demo · made-up data on this computer')).toBeTruthy();
    expect(document.querySelector('.app-header .demo-badge')?.textContent).toBe('Demo');
    const demo = fake.profileByName('Demo (made-up data)');
    expect(demo?.demo).toBe(true);

    // The account menu says it is the Demo, and signs it out.
    fireEvent.click(await screen.findByRole('button', { name: /^Account: .* · Signed in$/ }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText(/^Profile /).textContent).toMatch(/· Demo$/);
    fireEvent.click(within(menu).getByRole('menuitem', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Welcome to Mix Explorer' })).toBeTruthy();
    expect(document.querySelector('.demo-badge')).toBeNull();
  });

  it('says when the app runs against the local sandbox', async () => {
    renderApp(new FakeBridge({ appInfo: { demo: true } }));
    expect(await screen.findByText(/runs against the local Mix sandbox/)).toBeTruthy();
  });

  it('is replaced by the session view once a profile exists', async () => {
    renderApp(new FakeBridge({ profiles: [usProfile()] }));
    expect(await screen.findByRole('heading', { name: 'Session' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Welcome to Mix Explorer' })).toBeNull();
  });

  it('shows an error screen instead of the app when preload exposed no bridge', async () => {
    const { render } = await import('@testing-library/react');
    const { App } = await import('../../../renderer/App');
    render(<App />);
    expect(screen.getByRole('heading', { name: 'Mix Explorer could not start' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/preload script did not run/);
  });
});

describe('profile editor', () => {
  it('rejects a plain-http server URL that is not this computer and disables Save', async () => {
    await openNewProfileForm(new FakeBridge());
    fireEvent.change(screen.getByLabelText('Mix system'), { target: { value: 'custom' } });
    type('Authorization server URL', 'http://auth.example.com');

    const input = screen.getByLabelText('Authorization server URL');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const messageId = input
      .getAttribute('aria-describedby')
      ?.split(' ')
      .find((id) => id.endsWith('-message'));
    expect(document.getElementById(messageId ?? '')?.textContent).toMatch(/Use https/);
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);

    type('Authorization server URL', 'http://127.0.0.1:4780');
    expect(screen.getByLabelText('Authorization server URL').getAttribute('aria-invalid')).toBeNull();
  });

  it('enables Save only once required fields are valid', async () => {
    await openNewProfileForm(new FakeBridge());
    const save = () => screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save().disabled).toBe(true);
    expect(screen.getByText(/To save, check: Client ID, Client secret/)).toBeTruthy();
    type('Client ID', 'appID:abc');
    type('Client secret', 'shh');
    expect(save().disabled).toBe(false);
  });

  it('fills the EU addresses when EU is chosen and locks them until Custom', async () => {
    await openNewProfileForm(new FakeBridge());
    const eu = findMixSystem('eu');
    fireEvent.change(screen.getByLabelText('Mix system'), { target: { value: 'eu' } });
    const auth = screen.getByLabelText('Authorization server URL') as HTMLInputElement;
    const api = screen.getByLabelText('Mix.api URL') as HTMLInputElement;
    expect(auth.value).toBe(eu?.authServerUrl);
    expect(api.value).toBe(eu?.apiUrl);
    expect(auth.readOnly).toBe(true);
    fireEvent.change(screen.getByLabelText('Mix system'), { target: { value: 'custom' } });
    expect(auth.readOnly).toBe(false);
    expect(auth.value).toBe(eu?.authServerUrl);
  });

  it('warns in amber about a redirect URL that will likely not match, without blocking Save', async () => {
    await openNewProfileForm(new FakeBridge());
    type('Client ID', 'appID:abc');
    type('Client secret', 'shh');
    type('Redirect URL', 'http://127.0.0.1:3000/callback');
    const warning = document.querySelector('.field-warning');
    expect(warning?.textContent).toMatch(/127\.0\.0\.1, not localhost/);
    expect(screen.getByLabelText('Redirect URL').getAttribute('aria-invalid')).toBeNull();
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('saves the first profile from the welcome screen and lands on its session, ready to sign in', async () => {
    const fake = new FakeBridge();
    await openNewProfileForm(fake);
    type('Name', 'Team US');
    type('Client ID', 'appID:team-us');
    type('Client secret', 'us-secret');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { name: 'Session' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeTruthy();
    expect((screen.getByLabelText('Profile') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(
      'Team US',
    );
  });

  it('saves a new profile from settings and returns to the list, which shows it', async () => {
    const fake = new FakeBridge();
    await openNewProfileForm(fake, 'settings');
    type('Name', 'Team EU');
    fireEvent.change(screen.getByLabelText('Mix system'), { target: { value: 'eu' } });
    type('Client ID', 'appID:team-eu');
    type('Client secret', 'eu-secret');
    fireEvent.click(screen.getByLabelText('System browser'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const row = await screen.findByRole('listitem', { name: 'Team EU' });
    expect(within(row).getByText(/^EU · Client ID/)).toBeTruthy();
    expect(within(row).getByText('appID:team-eu')).toBeTruthy();
    const stored = fake.profileByName('Team EU');
    expect(stored?.signInMode).toBe('system-browser');
    expect(stored?.hasClientSecret).toBe(true);
    // The secret is write-only: the list never shows it.
    expect(document.body.textContent).not.toContain('eu-secret');
  });

  it('saves a service account: Kind explains when to use it, and the browser settings give way', async () => {
    const fake = new FakeBridge();
    await openNewProfileForm(fake, 'settings');
    expect((screen.getByLabelText('Browser sign-in') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/like Nuance’s mix command-line tool/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Service account'));
    expect(screen.queryByLabelText('Redirect URL')).toBeNull();
    expect(screen.queryByLabelText('System browser')).toBeNull();
    type('Name', 'Robot');
    type('Client ID', 'appID:robot');
    // A service account cannot sign in without its secret: Save waits for it.
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    type('Client secret', 'robot-secret');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByRole('listitem', { name: 'Robot' });
    expect(fake.profileByName('Robot')?.kind).toBe('service-account');
  });

  it('keeps a stored secret unless told otherwise, and can remove it', async () => {
    const fake = new FakeBridge({ profiles: [usProfile()] });
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const secret = screen.getByLabelText('Client secret') as HTMLInputElement;
    expect(secret.placeholder).toBe('Stored — leave empty to keep');
    expect(secret.value).toBe('');

    type('Name', 'Work US renamed');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('listitem', { name: 'Work US renamed' });
    expect(fake.profileByName('Work US renamed')?.hasClientSecret).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.click(screen.getByLabelText('Remove stored secret'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const row = await screen.findByRole('listitem', { name: 'Work US renamed' });
    await waitFor(() => expect(within(row).getByText(/no client secret stored/)).toBeTruthy());
  });

  it('says before saving that new hosts or a new client ID sign out and need the secret again', async () => {
    const fake = new FakeBridge({ profiles: [usProfile()] });
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    expect(screen.queryByText(/signs this profile out/)).toBeNull();

    type('Name', 'Renamed only');
    expect(screen.queryByText(/signs this profile out/)).toBeNull();

    fireEvent.change(screen.getByLabelText('Mix system'), { target: { value: 'eu' } });
    expect(screen.getByText(/signs this profile out, clears its remembered Mix login/)).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(screen.getByText(/Enter the client secret again/)).toBeTruthy();

    type('Client secret', 'eu-secret-value');
    expect(save.disabled).toBe(false);
    fireEvent.click(save);
    await screen.findByRole('listitem', { name: 'Renamed only' });
    expect(fake.profileByName('Renamed only')?.apiUrl).toBe(findMixSystem('eu')?.apiUrl);
  });

  it('points out a redirect URL another system’s profile already uses, and can require iss', async () => {
    const fake = new FakeBridge({ profiles: [usProfile()] });
    await openNewProfileForm(fake, 'settings');
    fireEvent.change(screen.getByLabelText('Mix system'), { target: { value: 'eu' } });
    type('Name', 'Work EU');
    type('Client ID', 'appID:eu-client');
    type('Client secret', 'eu-secret');
    expect(
      screen.getByText(/“Work US” uses this redirect URL with another authorization server/),
    ).toBeTruthy();
    type('Redirect URL', 'http://localhost:3000/callback-eu');
    expect(screen.queryByText(/uses this redirect URL/)).toBeNull();

    fireEvent.click(screen.getByLabelText(/Require the authorization server to name itself/));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('listitem', { name: 'Work EU' });
    expect(fake.profileByName('Work EU')).toMatchObject({
      requireIss: true,
      redirectUrl: 'http://localhost:3000/callback-eu',
    });
  });

  it('keeps unsaved edits and shows main’s field messages when saving fails', async () => {
    const fake = new FakeBridge();
    await openNewProfileForm(fake, 'settings');
    type('Name', 'Almost');
    type('Client ID', 'appID:unknown');
    type('Client secret', 'shh');
    fake.nextSaveProblem = {
      code: 'invalid-input',
      message: 'Some fields need attention.',
      fields: { clientId: 'Mix does not know this client ID.' },
    };
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Mix does not know this client ID.')).toBeTruthy();
    expect(screen.getByLabelText('Client ID').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Almost');
    expect((screen.getByLabelText('Client secret') as HTMLInputElement).value).toBe('shh');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);

    // Editing the field clears main's message, and the next save goes through.
    type('Client ID', 'appID:known');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('listitem', { name: 'Almost' })).toBeTruthy();
  });

  it('shows a save failure that is not about one field as an alert', async () => {
    const fake = new FakeBridge();
    await openNewProfileForm(fake);
    type('Client ID', 'appID:abc');
    type('Client secret', 'shh');
    fake.nextSaveProblem = { code: 'storage', message: 'Mix Explorer could not write its settings file.' };
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not write its settings file/);
    expect(screen.getByRole('heading', { name: 'New profile' })).toBeTruthy();
  });
});

describe('Test these settings', () => {
  it('sends the unsaved values with the typed secret, shows one line per check and clears them on an edit', async () => {
    const fake = new FakeBridge();
    fake.settingsTestResult = {
      at: 0,
      checks: [
        {
          id: 'auth-host',
          label: 'Authorization server answers over TLS',
          outcome: 'pass',
          detail: 'auth answered.',
        },
        {
          id: 'client-secret',
          label: 'Client ID and secret accepted',
          outcome: 'fail',
          detail: 'Mix did not accept it.',
        },
        {
          id: 'service-account',
          label: 'Client credentials (service account)',
          outcome: 'skipped',
          detail: 'None yet.',
        },
      ],
    };
    await openNewProfileForm(fake);
    type('Client ID', 'appID:abc');
    type('Client secret', 'typed-secret');
    fireEvent.click(screen.getByRole('button', { name: 'Test these settings' }));

    const results = await screen.findByRole('region', { name: 'Test results' });
    expect(within(results).getByText('1 check failed.')).toBeTruthy();
    const lines = within(results)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(lines).toEqual([
      'PassedAuthorization server answers over TLSauth answered.',
      'FailedClient ID and secret acceptedMix did not accept it.',
      'SkippedClient credentials (service account)None yet.',
    ]);
    const sent = fake.calls.find((call) => call.channel === 'profiles:test-settings')?.request;
    expect(sent).toMatchObject({ clientId: 'appID:abc', clientSecret: 'typed-secret' });
    // Nothing was saved by testing.
    expect(fake.calls.some((call) => call.channel === 'profiles:save')).toBe(false);

    type('Client ID', 'appID:other');
    expect(screen.queryByRole('region', { name: 'Test results' })).toBeNull();
  });
});

describe('profile list', () => {
  it('duplicates, switches the active profile and removes after confirmation', async () => {
    const fake = new FakeBridge({ profiles: [usProfile()] });
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Duplicate' }));
    const copy = await screen.findByRole('listitem', { name: 'Work US (copy)' });

    fireEvent.click(within(copy).getByRole('button', { name: 'Use' }));
    await waitFor(() => expect(within(copy).getByText('Active')).toBeTruthy());
    expect((screen.getByLabelText('Profile') as HTMLSelectElement).selectedOptions[0]?.textContent).toBe(
      'Work US (copy)',
    );

    fireEvent.click(within(copy).getByRole('button', { name: 'Remove' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove “Work US (copy)”?' });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('listitem', { name: 'Work US (copy)' })).toBeTruthy();

    fireEvent.click(within(copy).getByRole('button', { name: 'Remove' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Work US (copy)' })).toBeNull());
    expect(screen.getByRole('listitem', { name: 'Work US' })).toBeTruthy();
    expect(fake.profileByName('Work US (copy)')).toBeUndefined();
  });

  it('follows profiles:changed pushed by main', async () => {
    const fake = new FakeBridge({ profiles: [usProfile()] });
    renderApp(fake);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    await screen.findByRole('listitem', { name: 'Work US' });
    await import('./render-app').then(({ fromMain }) =>
      fromMain(() =>
        fake.emit('profiles:changed', {
          profiles: [{ ...usProfile(), id: 'other', name: 'Pushed', hasClientSecret: false }],
          activeProfileId: 'other',
        }),
      ),
    );
    expect(screen.getByRole('listitem', { name: 'Pushed' })).toBeTruthy();
    expect(screen.queryByRole('listitem', { name: 'Work US' })).toBeNull();
  });
});
