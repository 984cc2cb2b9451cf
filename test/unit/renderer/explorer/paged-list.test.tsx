// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { NOW, usProfile } from '../render-app';
import { clickTreeItem, signedInExplorer, treeItem, useLayout } from './harness';
import { PROJECTS, project, seedMix } from './mix-fixtures';

useLayout();

const MANY = Array.from({ length: 250 }, (_, index) =>
  project(String(200_001 + index), `Scale Project ${String(index + 1).padStart(3, '0')}`, '14'),
);

async function openProjectsList() {
  const fake = new FakeBridge({ now: () => NOW, profiles: [usProfile()] });
  seedMix(fake, { ...PROJECTS, '14': MANY });
  await signedInExplorer(fake);
  treeItem('demo@mix.example').focus();
  fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
  clickTreeItem('Projects');
  const grid = await screen.findByRole('grid', { name: 'Projects' });
  await within(grid).findByText('Scale Project 001');
  return { fake, grid };
}

function lastProjectsParams(fake: FakeBridge) {
  return fake
    .mixGetRequests()
    .filter((request) => request.endpoint === 'projects.list')
    .at(-1)?.params;
}

describe('a server-paged list', () => {
  it('pages with limit and offset, saying which items are shown', async () => {
    const { fake } = await openProjectsList();
    expect(screen.getByRole('heading', { level: 1, name: 'Projects' })).toBeTruthy();
    expect(screen.getByText('Items 1–100 of 250')).toBeTruthy();
    expect(lastProjectsParams(fake)).toEqual({ orgId: '14', limit: 100, offset: 0 });

    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Items 101–200 of 250')).toBeTruthy();
    expect(lastProjectsParams(fake)).toEqual({ orgId: '14', limit: 100, offset: 100 });
    expect(await screen.findByText('Scale Project 101')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('Items 201–250 of 250')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('sorts on the server by the column clicked', async () => {
    const { fake, grid } = await openProjectsList();
    const header = within(grid).getAllByRole('columnheader')[0] as HTMLElement;
    fireEvent.click(within(header).getByRole('button', { name: 'Name' }));
    fireEvent.click(within(header).getByRole('button', { name: 'Name' }));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    await waitFor(() =>
      expect(lastProjectsParams(fake)).toEqual({
        orgId: '14',
        limit: 100,
        offset: 0,
        sortBy: '-displayName',
      }),
    );
    expect(await within(grid).findByText('Scale Project 250')).toBeTruthy();
    // Channels cannot be sorted by Mix: its header does not offer it as a server sort.
    expect(within(grid).getAllByRole('row')[1]?.textContent).toContain('Scale Project 250');
  });

  it('filters by name on the server after a pause in typing, from the first page', async () => {
    const { fake, grid } = await openProjectsList();
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Items 101–200 of 250');
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter projects by name' }), {
      target: { value: 'Project 02' },
    });
    await waitFor(() =>
      expect(lastProjectsParams(fake)).toEqual({ orgId: '14', limit: 100, offset: 0, filter: 'Project 02' }),
    );
    expect(await screen.findByText('Items 1–10 of 10')).toBeTruthy();
    expect(within(grid).queryByText('Scale Project 101')).toBeNull();
    expect(within(grid).getByText('Scale Project 020')).toBeTruthy();
  });
});
