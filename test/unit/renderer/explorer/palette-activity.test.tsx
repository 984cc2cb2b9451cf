// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../../../common/ipc-contract';
import { FakeBridge } from '../fake-bridge';
import { NOW, usProfile } from '../render-app';
import { signedInExplorer, treeItem, useLayout } from './harness';

useLayout();

function entry(id: number, path: string, extra: Partial<ActivityEntry> = {}): ActivityEntry {
  return {
    id,
    time: NOW + id * 1000,
    profileId: 'profile-1',
    method: 'GET',
    path,
    status: 200,
    durationMs: 12 + id,
    bytes: 2048,
    retried: 0,
    waitedForRenewal: false,
    ...extra,
  };
}

describe('the command palette', () => {
  it('opens with Ctrl+K, finds loaded resources fuzzily, and goes there with Enter', async () => {
    await signedInExplorer();
    // Load the personal organization's projects, so the palette knows them.
    treeItem('demo@mix.example').focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    const projects = screen.getByRole('treeitem', { name: 'Projects' });
    projects.focus();
    fireEvent.keyDown(projects, { key: 'ArrowRight' });
    await screen.findByRole('treeitem', { name: 'Banking IVR' });

    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Command palette' });
    const input = within(dialog).getByRole('combobox');
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'bnkng' } });
    const options = within(dialog).getAllByRole('option');
    expect(options[0]?.textContent).toContain('Banking IVR');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Banking IVR' })).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('runs actions, moves with the arrows, and closes with Esc', async () => {
    await signedInExplorer();
    fireEvent.keyDown(document.body, { key: 'k', metaKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Command palette' });
    const input = within(dialog).getByRole('combobox');
    fireEvent.change(input, { target: { value: 'activity' } });
    const options = within(dialog).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('Toggle activity')]),
    );
    const toggleIndex = options.findIndex((option) => option.textContent?.startsWith('Toggle activity'));
    for (let step = 0; step < toggleIndex; step += 1) fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(options[toggleIndex]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByRole('region', { name: 'Activity' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Activity' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const again = await screen.findByRole('dialog', { name: 'Command palette' });
    fireEvent.keyDown(within(again).getByRole('combobox'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('the activity panel', () => {
  it('shows main’s log and live entries, newest first, with status, duration, size and flags', async () => {
    const fake = new FakeBridge({ now: () => NOW, profiles: [usProfile()] });
    fake.activity = [
      entry(1, '/v4/organizations?view=FULL'),
      entry(2, '/v4/projects?orgId=14', { retried: 1, waitedForRenewal: true }),
    ];
    await signedInExplorer(fake);
    fireEvent.click(screen.getByRole('button', { name: 'Activity' }));
    const grid = await screen.findByRole('grid', { name: 'Activity' });
    await within(grid).findByText('/v4/projects?orgId=14');
    act(() =>
      fake.emit(
        'activity:entry',
        entry(3, '/v4/projects/1922', { status: 404, error: 'Project with id=1922 does not exist.' }),
      ),
    );
    await within(grid).findByText('/v4/projects/1922');
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('gridcell')[1]?.textContent)).toEqual([
      '/v4/projects/1922',
      '/v4/projects?orgId=14',
      '/v4/organizations?view=FULL',
    ]);
    expect(rows[0]?.textContent).toContain('404');
    expect(rows[0]?.textContent).toContain('Project with id=1922 does not exist.');
    expect(rows[1]?.textContent).toContain('14 ms');
    expect(rows[1]?.textContent).toContain('2.0 KB');
    expect(rows[1]?.textContent).toContain('retried · waited for renewal');
  });
});
