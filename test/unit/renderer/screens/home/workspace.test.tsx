// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBridge } from '../../fake-bridge';
import { NOW, usProfile } from '../../render-app';
import { signedInExplorer, useLayout } from '../../explorer/harness';
import { seedMix } from '../../explorer/mix-fixtures';

useLayout();

const DAY = 24 * 60 * 60_000;

function workspaceMix(): FakeBridge {
  const fake = new FakeBridge({ now: () => NOW, profiles: [usProfile()] });
  seedMix(fake);
  const small = fake.mixAnswer;
  fake.mixAnswer = (endpoint, params) => {
    if (endpoint === 'locks.list' && params['orgId'] === '14') {
      return {
        locks: [
          {
            lockId: 'l1',
            projectId: '1923',
            lockOwner: { name: 'Alice', email: 'alice@company.example' },
            notes: 'Release freeze',
            createTime: new Date(NOW - 2 * DAY).toISOString(),
          },
        ],
      };
    }
    if (endpoint === 'locks.list') return { locks: [] };
    if (endpoint === 'jobs.list' && params['projectId'] === '1922') {
      return {
        jobs: [
          {
            id: 'job-failed',
            type: 'BUILD_MODELS',
            status: 'FAILED',
            createTime: new Date(NOW - DAY).toISOString(),
          },
          {
            id: 'job-old',
            type: 'BUILD_MODELS',
            status: 'FAILED',
            createTime: new Date(NOW - 9 * DAY).toISOString(),
          },
        ],
      };
    }
    if (endpoint === 'appConfigs.list') {
      return params['applicationId'] === '48'
        ? {
            configs: [
              { id: '180', tag: 'CoffeeTag', deployments: [{ id: 'd1', status: 'PENDING_REQUEST' }] },
            ],
          }
        : { configs: [] };
    }
    return small?.(endpoint, params);
  };
  return fake;
}

describe('Home after sign-in', () => {
  it('shows the organizations with their counts, one click from each', async () => {
    await signedInExplorer(workspaceMix());
    const orgs = await screen.findByRole('region', { name: 'Organizations' });
    const personal = await within(orgs).findByRole('button', { name: /demo@mix\.example/ });
    await waitFor(() => expect(personal.textContent).toContain('3 projects · 1 application'));
    expect(within(orgs).getByRole('button', { name: /Nuance Sandbox Corp/ }).textContent).toContain(
      '2 projects',
    );
    fireEvent.click(personal);
    expect(await screen.findByRole('heading', { level: 1, name: 'demo@mix.example' })).toBeTruthy();
  });

  it('lists what needs attention — a lock (who, since when), a failed job of this week, an approval waiting — each opening its view', async () => {
    await signedInExplorer(workspaceMix());
    const attention = await screen.findByRole('region', { name: 'Needs attention' });
    await waitFor(() =>
      expect(within(attention).getAllByRole('button', { name: /failed|locked|approval/ })).toHaveLength(3),
    );
    const texts = within(attention)
      .getAllByRole('button', { name: /failed|locked|approval/ })
      .map((button) => button.textContent);
    expect(texts).toEqual([
      expect.stringContaining('BUILD_MODELS failedCoffee Assistant · job job-failed'),
      expect.stringContaining('Banking IVR is lockedby Alice · “Release freeze” · 2 days ago'),
      expect.stringContaining('CoffeeTag waits for approval'),
    ]);
    // The failure of nine days ago is not news.
    expect(within(attention).queryByText(/job-old/)).toBeNull();
    fireEvent.click(within(attention).getByRole('button', { name: /Banking IVR is locked/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Banking IVR' })).toBeTruthy();
  });

  it('leads with the workspace: the session lives in the account menu, Copy access token its last group', async () => {
    await signedInExplorer(workspaceMix());
    await screen.findByRole('region', { name: 'Organizations' });
    expect(screen.queryByRole('region', { name: 'Session' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy access token' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /^Account:/ }));
    const groups = within(await screen.findByRole('menu')).getAllByRole('group');
    const names = (group: HTMLElement) =>
      within(group)
        .getAllByRole('menuitem')
        .map((item) => item.textContent);
    expect(names(groups[0] as HTMLElement)).toContain('Sign out');
    expect(names(groups.at(-1) as HTMLElement)).toEqual(['Copy access token', 'Copy as curl']);
  });
});

describe('Pinned and recently opened views on Home', () => {
  it('lists the views opened, newest first; a view pinned from its toolbar stays on Home until unpinned there', async () => {
    const fake = await signedInExplorer(workspaceMix());
    const pinned = await screen.findByRole('region', { name: 'Pinned' });
    expect(within(pinned).getByText(/Pin a view with ☆ Pin/)).toBeTruthy();

    fireEvent.click(
      within(await screen.findByRole('region', { name: 'Organizations' })).getByRole('button', {
        name: /Nuance Sandbox Corp/,
      }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Nuance Sandbox Corp' });
    fireEvent.click(screen.getByRole('button', { name: 'Home' }));
    const attention = await screen.findByRole('region', { name: 'Needs attention' });
    fireEvent.click(await within(attention).findByRole('button', { name: /Banking IVR is locked/ }));
    await screen.findByRole('heading', { level: 1, name: 'Banking IVR' });
    const pin = screen.getByRole('button', { name: 'Pin' });
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(pin);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Pin' }).getAttribute('aria-pressed')).toBe('true'),
    );

    // Settings and back find the view the user left; Home pressed again goes to Home.
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Home' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Banking IVR' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Home' }));
    const recent = await screen.findByRole('region', { name: 'Recently opened' });
    await waitFor(() =>
      expect(
        within(recent)
          .getAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual([
        expect.stringMatching(/^Banking IVR.*Project/),
        expect.stringMatching(/^Nuance Sandbox Corp.*Organization/),
      ]),
    );
    const pinnedNow = screen.getByRole('region', { name: 'Pinned' });
    fireEvent.click(within(pinnedNow).getByRole('button', { name: /^Banking IVR/ }));
    await screen.findByRole('heading', { level: 1, name: 'Banking IVR' });

    fireEvent.click(screen.getByRole('button', { name: 'Home' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Unpin Banking IVR' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Pinned' })).getByText(/Pin a view with ☆ Pin/),
      ).toBeTruthy(),
    );
    // What Home shows is what main keeps for the profile.
    expect(fake.workspace.items('profile-1').pinned).toEqual([]);
    expect(fake.workspace.items('profile-1').recent.map((item) => item.label)).toEqual([
      'Banking IVR',
      'Nuance Sandbox Corp',
    ]);
  });
});
