// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBridge } from './fake-bridge';
import { fromMain, renderApp, usProfile } from './render-app';

describe('app banners', () => {
  it('says when secrets are kept in memory only, and why', async () => {
    renderApp(
      new FakeBridge({
        profiles: [usProfile()],
        appInfo: {
          secretStorage: { mode: 'memory-only', reason: 'No keyring was found (basic_text backend).' },
        },
      }),
    );
    const banner = (await screen.findByText('Client secrets are kept in memory only')).closest('.banner');
    expect(banner?.textContent).toContain('No keyring was found (basic_text backend).');
    expect(banner?.textContent).toContain('enter client secrets again after Mix Explorer restarts');
  });

  it('says it is waiting for the keyring, then drops that once the keyring has answered', async () => {
    const fake = new FakeBridge({
      profiles: [usProfile()],
      appInfo: { secretStorage: { mode: 'waiting', reason: 'Waiting for the system keyring… Unlock it.' } },
    });
    renderApp(fake);
    const banner = (await screen.findByText('Waiting for the keyring…')).closest('.banner');
    expect(banner?.textContent).toContain('Unlock it.');

    await fromMain(() => fake.emit('app:secret-storage', { mode: 'encrypted' }));
    expect(screen.queryByText('Waiting for the keyring…')).toBeNull();
    expect(screen.queryByText('Client secrets are kept in memory only')).toBeNull();
  });

  it('turns the waiting banner into the memory-only one when the keyring has no real key', async () => {
    const fake = new FakeBridge({
      profiles: [usProfile()],
      appInfo: { secretStorage: { mode: 'waiting', reason: 'Waiting for the system keyring…' } },
    });
    renderApp(fake);
    await screen.findByText('Waiting for the keyring…');
    await fromMain(() =>
      fake.emit('app:secret-storage', { mode: 'memory-only', reason: 'No OS keyring is available.' }),
    );
    expect(screen.queryByText('Waiting for the keyring…')).toBeNull();
    const banner = (await screen.findByText('Client secrets are kept in memory only')).closest('.banner');
    expect(banner?.textContent).toContain('No OS keyring is available.');
  });

  it('shows no storage banner when secrets are encrypted', async () => {
    renderApp(new FakeBridge({ profiles: [usProfile()] }));
    await screen.findByRole('heading', { name: 'Session' });
    expect(screen.queryByText('Client secrets are kept in memory only')).toBeNull();
  });

  it('shows start-up notices and pushed notices, each dismissible for good', async () => {
    const fake = new FakeBridge({
      profiles: [usProfile()],
      appInfo: {
        notices: [
          {
            id: 'settings-reset',
            level: 'warning',
            message: 'Your settings file was damaged and set aside.',
          },
        ],
      },
    });
    renderApp(fake);
    expect(await screen.findByText('Your settings file was damaged and set aside.')).toBeTruthy();

    const pushed = { id: 'update', level: 'info', message: 'Mix Explorer 0.2.0 is available.' } as const;
    await fromMain(() => fake.emit('app:notice', pushed));
    const notice = screen.getByText(pushed.message).closest('.banner') as HTMLElement;
    fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(pushed.message)).toBeNull();
    expect(screen.getByText('Your settings file was damaged and set aside.')).toBeTruthy();

    await fromMain(() => fake.emit('app:notice', pushed));
    expect(screen.queryByText(pushed.message)).toBeNull();
  });

  it('announces an error notice as an alert', async () => {
    const fake = new FakeBridge({ profiles: [usProfile()] });
    renderApp(fake);
    await screen.findByRole('heading', { name: 'Session' });
    await fromMain(() =>
      fake.emit('app:notice', { id: 'x', level: 'error', message: 'The settings could not be saved.' }),
    );
    expect(screen.getByRole('alert').textContent).toContain('The settings could not be saved.');
  });
});
