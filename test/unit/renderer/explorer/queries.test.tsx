// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { NOW, usProfile } from '../render-app';
import { clickTreeItem, signedInExplorer, treeItem, useLayout } from './harness';

useLayout();

function openPlatform(name: string) {
  if (treeItem('Platform').getAttribute('aria-expanded') !== 'true') clickTreeItem('Platform');
  clickTreeItem(name);
}

/** Ctrl+K → "Refresh": asks Mix again for every read that is listening. */
function refreshAllFromPalette() {
  fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
  const dialog = screen.getByRole('dialog', { name: 'Command palette' });
  const input = within(dialog).getByRole('combobox');
  fireEvent.change(input, { target: { value: 'Refresh' } });
  fireEvent.keyDown(input, { key: 'Enter' });
  fireEvent.keyUp(input, { key: 'Enter' });
}

function requestsFor(fake: FakeBridge, endpoint: string) {
  return fake.mixGetRequests().filter((request) => request.endpoint === endpoint);
}

describe('Mix.api reads in the explorer', () => {
  it('cancels a read in main when the view that wanted it goes away', async () => {
    const fake = await signedInExplorer();
    treeItem('demo@mix.example').focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    fake.holdMixGets = true;
    clickTreeItem('Deployment flows');
    expect(await screen.findByText('Loading…')).toBeTruthy();
    await waitFor(() => expect(requestsFor(fake, 'deploymentFlows.list')).toHaveLength(1));
    const requestId = requestsFor(fake, 'deploymentFlows.list')[0]?.requestId;
    expect(requestId).toBeTruthy();
    expect(fake.cancelledRequestIds()).toEqual([]);

    clickTreeItem('Activity');
    await screen.findByRole('heading', { level: 1, name: 'Activity' });
    await waitFor(() => expect(fake.cancelledRequestIds()).toEqual([requestId]));
    fake.releaseMixGets();
  });

  it('comes back to a visited view at once from the cache, and asks again only on Refresh', async () => {
    const fake = await signedInExplorer();
    openPlatform('Version');
    expect(await screen.findByText('4.12')).toBeTruthy();
    clickTreeItem('Activity');
    await screen.findByRole('heading', { level: 1, name: 'Activity' });

    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    // Already there, without waiting for an answer.
    expect(screen.getByText('4.12')).toBeTruthy();
    expect(requestsFor(fake, 'system.version')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(requestsFor(fake, 'system.version')).toHaveLength(2));
  });

  it('asks Mix nothing for the views kept out of sight: Refresh all reads only the view on screen', async () => {
    const fake = await signedInExplorer();
    openPlatform('Version');
    expect(await screen.findByText('4.12')).toBeTruthy();
    openPlatform('Geographies');
    await screen.findByRole('heading', { level: 1, name: 'Geographies' });
    const before = { version: requestsFor(fake, 'system.version').length, geographies: 1 };
    expect(requestsFor(fake, 'geographies.list')).toHaveLength(before.geographies);

    refreshAllFromPalette();
    await waitFor(() => expect(requestsFor(fake, 'geographies.list')).toHaveLength(2));
    // The Version view is still there, hidden, and did not ask again.
    expect(screen.getByText('4.12')).toBeTruthy();
    expect(requestsFor(fake, 'system.version')).toHaveLength(before.version);

    // Back on screen, it listens again: the next Refresh all reads it.
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: 'Mix version' });
    refreshAllFromPalette();
    await waitFor(() => expect(requestsFor(fake, 'system.version')).toHaveLength(before.version + 1));
    expect(requestsFor(fake, 'geographies.list')).toHaveLength(2);
  });

  it('shows a failed read with Mix’s message and status, and recovers on Retry', async () => {
    // Failing from the start: Home reads the version too, and a good answer would be cached.
    const fake = new FakeBridge({ now: () => NOW, profiles: [usProfile()] });
    fake.mixProblems['system.version'] = {
      code: 'http',
      message: 'Mix.api answered with an internal error.',
      status: 500,
    };
    await signedInExplorer(fake);
    openPlatform('Version');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Mix.api answered with an internal error.');
    expect(alert.textContent).toContain('HTTP 500');
    expect(within(alert).queryByRole('button', { name: 'Sign in' })).toBeNull();

    delete fake.mixProblems['system.version'];
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('4.12')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers to sign in when the read failed for want of a session', async () => {
    const fake = await signedInExplorer();
    fake.mixProblems['geographies.list'] = {
      code: 'session-expired',
      message: 'Your Mix session expired.',
      actions: ['sign-in'],
    };
    openPlatform('Geographies');
    const alert = await screen.findByRole('alert');
    const before = fake.signInRequests().length;
    fireEvent.click(within(alert).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(fake.signInRequests().length).toBe(before + 1));
  });
});
