// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../../../common/ipc-contract';
import { FakeBridge } from '../fake-bridge';
import { NOW, usProfile } from '../render-app';
import { signedInExplorer, treeItem, useLayout } from './harness';
import { seedMix } from './mix-fixtures';

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
    // The first ArrowDown moves onto the first result, each next one further down.
    for (let step = 0; step <= toggleIndex; step += 1) fireEvent.keyDown(input, { key: 'ArrowDown' });
    await waitFor(() => expect(input.getAttribute('aria-activedescendant')).toBe(options[toggleIndex]?.id));
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.keyUp(input, { key: 'Enter' });
    expect(await screen.findByRole('region', { name: 'Activity' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Activity' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const again = await screen.findByRole('dialog', { name: 'Command palette' });
    fireEvent.keyDown(within(again).getByRole('combobox'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('search anything', () => {
  it('has its field focused the moment Ctrl+K is pressed, so the next keys typed are not lost', async () => {
    await signedInExplorer();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    // No await: a lazily loaded palette would still be on its way and the keys would go elsewhere.
    const input = screen.getByRole('combobox', { name: 'Go to a resource or run an action' });
    expect(document.activeElement).toBe(input);
  });

  it('hands what is typed in the tree’s search field over to the palette', async () => {
    await signedInExplorer();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search Mix' }), { target: { value: 'b' } });
    const input = screen.getByRole('combobox', { name: 'Go to a resource or run an action' });
    expect(document.activeElement).toBe(input);
    expect((input as HTMLInputElement).value).toBe('b');
    expect((input as HTMLInputElement).selectionStart).toBe(1);
  });

  it('finds an intent of a project nobody opened, grouped by kind, after the background walk', async () => {
    const fake = new FakeBridge({ now: () => NOW, profiles: [usProfile()] });
    seedMix(fake);
    const small = fake.mixAnswer;
    fake.mixAnswer = (endpoint, params) => {
      if (endpoint === 'intents.list' && params['projectId'] === '8682') {
        return { intents: [{ name: 'ORDER_COFFEE' }, { name: 'BOOK_FLIGHT' }] };
      }
      if (endpoint === 'intents.list' || endpoint === 'entities.list')
        return { [`${endpoint.split('.')[0]}`]: [] };
      if (endpoint === 'jobs.list') return { jobs: [] };
      if (endpoint === 'builds.list') return { builds: [] };
      if (endpoint === 'appConfigs.list') {
        return { configs: params['applicationId'] === '48' ? [{ id: '180', tag: 'CoffeeTag' }] : [] };
      }
      if (endpoint === 'appCredentials.list') {
        const appId = params['applicationId'] === '48' ? 'COFFEE-PROD' : undefined;
        return { credentials: appId ? [{ id: '1', credential: { appId, clients: [] } }] : [] };
      }
      return small?.(endpoint, params);
    };
    await signedInExplorer(fake);
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const dialog = screen.getByRole('dialog', { name: 'Command palette' });
    const input = within(dialog).getByRole('combobox');
    fireEvent.change(input, { target: { value: 'order_c' } });
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toBe('Searched 5 projects.'));
    const intents = await within(dialog).findByRole('group', { name: 'Intents' });
    expect(within(intents).getByRole('option').textContent).toContain('ORDER_COFFEE');
    expect(within(intents).getByRole('option').textContent).toContain('Travel Bot');
    // The walk asked each project once per kind, with at most six reads at a time (crawl.test.ts).
    const intentReads = fake.mixGetRequests().filter((request) => request.endpoint === 'intents.list');
    expect(intentReads.map((request) => request.params?.['projectId']).sort()).toEqual([
      '1922',
      '1923',
      '1924',
      '8681',
      '8682',
    ]);

    // The walk read each application's credentials too: its runtime app id finds it.
    fireEvent.change(input, { target: { value: 'COFFEE-PROD' } });
    const applications = await within(dialog).findByRole('group', { name: 'Applications' });
    expect(within(applications).getByRole('option').textContent).toContain('Coffee App');

    fireEvent.change(input, { target: { value: 'coffeetag' } });
    expect(
      within(await within(dialog).findByRole('group', { name: 'App configs' })).getByRole('option')
        .textContent,
    ).toContain('CoffeeTag');
    expect(within(dialog).getByRole('option', { name: /CoffeeTag/ }).textContent).toContain('Coffee App');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('heading', { level: 1, name: 'Configuration 180' })).toBeTruthy();
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
