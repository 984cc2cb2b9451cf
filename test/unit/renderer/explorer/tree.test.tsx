// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MixGetRequest } from '../../../../common/ipc-contract';
import { clickTreeItem, signedInExplorer, subtree, treeItem, useLayout } from './harness';

useLayout();

const ROOT = 'Work US · US';

function focused(): string | null {
  const item = document.activeElement?.closest('[role="treeitem"]');
  const labelId = item?.getAttribute('aria-labelledby');
  return labelId ? (document.getElementById(labelId)?.textContent ?? null) : null;
}

function press(key: string) {
  const target = document.activeElement;
  if (!target) throw new Error('nothing focused');
  fireEvent.keyDown(target, { key });
}

describe('the explorer tree', () => {
  it('moves with the arrow keys, Home and End, expands and collapses, and opens with Enter', async () => {
    await signedInExplorer();
    const tree = screen.getByRole('tree', { name: 'Mix resources' });
    // One Tab stop: the root.
    expect(
      within(tree)
        .getAllByRole('treeitem')
        .filter((item) => item.tabIndex === 0),
    ).toHaveLength(1);
    treeItem(ROOT).focus();

    press('ArrowDown');
    // The personal organization comes first.
    expect(focused()).toBe('demo@mix.example');
    press('ArrowDown');
    expect(focused()).toBe('Nuance Sandbox Corp');
    press('End');
    expect(focused()).toBe('Activity');
    press('ArrowDown');
    expect(focused()).toBe('Activity');
    press('ArrowUp');
    expect(focused()).toBe('Platform');
    expect(treeItem('Platform').getAttribute('aria-expanded')).toBe('false');

    press('ArrowRight');
    expect(treeItem('Platform').getAttribute('aria-expanded')).toBe('true');
    expect(focused()).toBe('Platform');
    press('ArrowRight');
    expect(focused()).toBe('Geographies');
    press('ArrowLeft');
    expect(focused()).toBe('Platform');
    press('ArrowLeft');
    expect(treeItem('Platform').getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('treeitem', { name: 'Geographies' })).toBeNull();
    press('Home');
    expect(focused()).toBe(ROOT);
    // The Tab stop follows focus.
    expect(treeItem(ROOT).tabIndex).toBe(0);
    expect(treeItem('Platform').tabIndex).toBe(-1);

    press('End');
    press('ArrowUp');
    press('ArrowRight');
    press('End');
    press('ArrowUp');
    expect(focused()).toBe('Version');
    press('Enter');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mix version' })).toBeTruthy();
    expect(treeItem('Version').getAttribute('aria-selected')).toBe('true');
    expect(treeItem(ROOT).getAttribute('aria-selected')).toBe('false');
  });

  it('lists an organization’s lists, and its projects from Mix when Projects is expanded', async () => {
    const fake = await signedInExplorer();
    const org = treeItem('demo@mix.example');
    org.focus();
    press('ArrowRight');
    for (const name of [
      'Projects',
      'Applications',
      'Bots',
      'Deployment flows',
      'Environments',
      'Engine packs',
      'Language topics',
      'Voices',
    ]) {
      expect(within(subtree(org)).getByRole('treeitem', { name })).toBeTruthy();
    }
    expect(within(subtree(org)).getAllByRole('group')).toHaveLength(1);

    const projects = within(subtree(org)).getByRole('treeitem', { name: 'Projects' });
    projects.focus();
    press('ArrowRight');
    expect(await within(subtree(projects)).findByRole('treeitem', { name: 'Coffee Assistant' })).toBeTruthy();
    expect(within(subtree(projects)).getByRole('treeitem', { name: 'Banking IVR' })).toBeTruthy();
    // Home asks for counts and the search walk reads in the background too: the tree's read is among them.
    const requests = fake.mixGetRequests().filter((call: MixGetRequest) => call.endpoint === 'projects.list');
    expect(requests.map((call) => call.params)).toContainEqual({ orgId: '14', limit: 100, offset: 0 });
    expect(
      within(subtree(projects))
        .getByRole('treeitem', { name: 'Coffee Assistant' })
        .getAttribute('aria-level'),
    ).toBe('4');
  });

  // axe's label-content-name-mismatch (WCAG 2.5.3) found 22 items whose text (children and badge
  // included) was more than their name: an item's own text is now its name, children sit beside it.
  it('says of each item exactly what it shows: its text is its name, its children and badge are beside it', async () => {
    await signedInExplorer();
    const org = treeItem('demo@mix.example');
    org.focus();
    press('ArrowRight');
    const projects = within(subtree(org)).getByRole('treeitem', { name: 'Projects' });
    projects.focus();
    press('ArrowRight');
    await within(subtree(projects)).findByRole('treeitem', { name: 'Coffee Assistant' });

    for (const item of screen.getAllByRole('treeitem')) {
      const name = document.getElementById(item.getAttribute('aria-labelledby') ?? '')?.textContent;
      expect(item.textContent).toBe(name);
    }
    // The group of an item's children is the one it owns, and the "Personal" badge describes the item.
    const group = document.getElementById(org.getAttribute('aria-owns') ?? '');
    expect(group?.getAttribute('role')).toBe('group');
    expect(within(group as HTMLElement).getByRole('treeitem', { name: 'Projects' })).toBe(projects);
    expect(document.getElementById(org.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Personal');
  });

  it('opens a project and shows where it sits in the breadcrumbs, each step a way back', async () => {
    await signedInExplorer();
    const org = treeItem('demo@mix.example');
    org.focus();
    press('ArrowRight');
    within(subtree(org)).getByRole('treeitem', { name: 'Projects' }).focus();
    press('ArrowRight');
    await screen.findByRole('treeitem', { name: 'Coffee Assistant' });
    clickTreeItem('Coffee Assistant');

    expect(await screen.findByRole('heading', { level: 1, name: 'Coffee Assistant' })).toBeTruthy();
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumbs' });
    await waitFor(() =>
      expect(
        within(crumbs)
          .getAllByRole('listitem')
          // The "…" menu of the first steps shows only in a narrow pane (a CSS container query).
          .filter((item) => !item.classList.contains('crumb-fold'))
          .map((item) => item.textContent),
      ).toEqual([ROOT, 'demo@mix.example', 'Projects', 'Coffee Assistant']),
    );
    expect(within(crumbs).getByRole('button', { name: 'Earlier steps of the path' })).toBeTruthy();
    expect(within(crumbs).getByText('Coffee Assistant').getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('tab', { name: 'Overview' }).getAttribute('aria-selected')).toBe('true');

    fireEvent.click(within(crumbs).getByRole('link', { name: 'Projects' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Projects' })).toBeTruthy();
    const grid = await screen.findByRole('grid', { name: 'Projects' });
    expect(await within(grid).findByText('Banking IVR')).toBeTruthy();

    // Back returns to the project at once, from the cache.
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Coffee Assistant' })).toBeTruthy();
  });
});
