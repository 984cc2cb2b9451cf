// @vitest-environment jsdom
import { act, fireEvent, renderHook, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCountdown } from '../../../renderer/hooks/useCountdown';
import { FakeBridge } from './fake-bridge';
import { fromMain, NOW, renderApp, usProfile } from './render-app';

// Only intervals are faked: Testing Library's own waiting still runs on real timeouts.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useCountdown', () => {
  it('ticks with the injected clock and never goes below zero', () => {
    let now = NOW;
    const { result } = renderHook(() => useCountdown(NOW + 3_000, { now: () => now }));
    expect(result.current).toBe(3_000);
    act(() => {
      now += 2_000;
      vi.advanceTimersByTime(1_000);
    });
    expect(result.current).toBe(1_000);
    act(() => {
      now += 5_000;
      vi.advanceTimersByTime(1_000);
    });
    expect(result.current).toBe(0);
  });

  it('has nothing to count without a target', () => {
    const { result } = renderHook(() => useCountdown(undefined, { now: () => NOW }));
    expect(result.current).toBeUndefined();
  });
});

describe('session countdown', () => {
  it('counts down to renewal, shows renewal in progress, then the expiry once renewal failed', async () => {
    let now = NOW;
    const fake = new FakeBridge({ now: () => now, profiles: [usProfile()] });
    renderApp(fake, () => now);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    await screen.findByText('Waiting for you to sign in in the Mix window…');
    await fromMain(() => fake.completeSignIn('profile-1'));
    const bar = screen.getByRole('contentinfo');
    expect(await within(bar).findByText('Signed in · renews in 14:00')).toBeTruthy();

    act(() => {
      now += 75_000;
      vi.advanceTimersByTime(1_000);
    });
    expect(within(bar).getByText('Signed in · renews in 12:45')).toBeTruthy();
    // The status bar's session line opens the account menu, whose details tick too.
    fireEvent.click(within(bar).getByRole('button', { name: /^Session:/ }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText('Signed in · renews in 12:45')).toBeTruthy();

    const session = fake.session('profile-1');
    await fromMain(() => fake.emit('session:changed', { ...session, renewal: 'renewing' }));
    expect(within(bar).getByText('Signed in · renewing…')).toBeTruthy();
    expect(within(menu).getByText('Renewal: Renewing…')).toBeTruthy();

    await fromMain(() => fake.emit('session:changed', { ...session, renewal: 'failed' }));
    expect(within(menu).getByText('Renewal: Renewal failed')).toBeTruthy();
    expect(within(menu).getByText('Signed in · expires in 13:45')).toBeTruthy();
    expect(within(bar).getByText('Signed in · expires in 13:45')).toBeTruthy();
  });

  it('shows "renewing…, retrying" while main keeps the session through a passing failure', async () => {
    let now = NOW;
    const fake = new FakeBridge({ now: () => now, profiles: [usProfile()] });
    renderApp(fake, () => now);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    await screen.findByText('Waiting for you to sign in in the Mix window…');
    await fromMain(() => fake.completeSignIn('profile-1'));
    const bar = screen.getByRole('contentinfo');
    const session = fake.session('profile-1');

    // A short-lived token: main renews half-way through its life and says when.
    await fromMain(() => fake.emit('session:changed', { ...session, renewsAt: NOW + 30_000 }));
    expect(within(bar).getByText('Signed in · renews in 0:30')).toBeTruthy();

    await fromMain(() =>
      fake.emit('session:changed', {
        ...session,
        renewal: 'retrying',
        renewalRetryAt: NOW + 20_000,
        lastError: {
          code: 'network',
          message: 'Mix Explorer could not renew your session yet and will try again in 20 s.',
          detail: 'Could not reach auth.crt.nuance.com.',
        },
      }),
    );
    expect(within(bar).getByText('Signed in · renewing…, retrying in 20 s')).toBeTruthy();
    fireEvent.click(within(bar).getByRole('button', { name: /^Session:/ }));
    expect(
      within(await screen.findByRole('menu')).getByText(
        'Renewal: Renewing…, retrying in 20 s (Could not reach auth.crt.nuance.com.)',
      ),
    ).toBeTruthy();
    act(() => {
      now += 15_000;
      vi.advanceTimersByTime(1_000);
    });
    expect(within(bar).getByText('Signed in · renewing…, retrying in 5 s')).toBeTruthy();
  });
});
