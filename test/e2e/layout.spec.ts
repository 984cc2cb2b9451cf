import type { Page } from '@playwright/test';
import { expect, test } from './support/app-test';
import { mainPane, openInTree, openTab, resourceTree } from './support/explorer-steps';

// Stories of the window's frame at a small size: reaching the content from the keyboard, moving between
// panes, making room by resizing or hiding the sidebar, and the Activity panel as a panel of its own.

const SMALL = { width: 800, height: 600 };

/** Whether the window scrolls sideways: nothing should be wider than an 800 px window. */
function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

test('at 800×600 a keyboard user skips to the content, moves between panes with F6, and opens a hidden tab', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  await page.setViewportSize(SMALL);
  const main = mainPane(page);
  const holdsFocus = (pane: ReturnType<typeof page.getByRole>) =>
    pane.evaluate((element) => element.contains(document.activeElement));

  // A window just opened: the first Tab stop is the skip link, and it puts the user in the view.
  await page.reload();
  await expect(resourceTree(page)).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(main).toBeFocused();

  // F6 goes from the sidebar to the view, the status bar, the header and round; Shift+F6 goes back.
  await openInTree(page, 'demo@mix.example', 'Projects', 'Coffee Assistant');
  expect(await holdsFocus(resourceTree(page))).toBe(true);
  await page.keyboard.press('F6');
  expect(await holdsFocus(main)).toBe(true);
  await page.keyboard.press('F6');
  expect(await holdsFocus(page.getByRole('contentinfo'))).toBe(true);
  await page.keyboard.press('F6');
  expect(await holdsFocus(page.getByRole('banner'))).toBe(true);
  await page.keyboard.press('F6');
  expect(await holdsFocus(resourceTree(page))).toBe(true);
  await page.keyboard.press('Shift+F6');
  expect(await holdsFocus(page.getByRole('banner'))).toBe(true);

  // Tabs that do not fit are in the More menu, none cut off; nothing makes the window scroll sideways.
  const more = main.getByRole('button', { name: 'More Coffee Assistant views' });
  await expect(more).toBeVisible();
  await openTab(page, 'Raw JSON');
  expect(await overflowsSideways(page)).toBe(false);
  await app.screenshot('layout-800x600-project');
});

test('at 800×600 the user resizes and hides the sidebar, and opens, resizes and closes the Activity panel; sizes are remembered', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  await page.setViewportSize(SMALL);
  await openInTree(page, 'demo@mix.example', 'Projects', 'Coffee Assistant');
  const sidebar = page.getByRole('complementary', { name: 'Mix resources' });
  const splitter = page.getByRole('separator', { name: 'Resize the sidebar' });
  const before = (await sidebar.boundingBox())?.width ?? 0;
  await splitter.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(Math.round(before) - 32));
  await expect
    .poll(async () => Math.round((await sidebar.boundingBox())?.width ?? 0))
    .toBe(Math.round(before) - 32);

  await page.getByRole('button', { name: 'Hide the sidebar' }).click();
  await expect(sidebar).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the sidebar' }).click();
  await expect(splitter).toHaveAttribute('aria-valuenow', String(Math.round(before) - 32));

  await page.getByRole('contentinfo').getByRole('button', { name: 'Activity' }).click();
  const activity = page.getByRole('region', { name: 'Activity' });
  await expect(activity.getByRole('tab', { name: 'Activity' })).toHaveAttribute('aria-selected', 'true');
  const panelSplitter = page.getByRole('separator', { name: 'Resize the Activity panel' });
  const height = Number(await panelSplitter.getAttribute('aria-valuenow'));
  await panelSplitter.focus();
  await page.keyboard.press('ArrowUp');
  await expect(panelSplitter).toHaveAttribute('aria-valuenow', String(height + 16));
  expect(await overflowsSideways(page)).toBe(false);
  await app.screenshot('layout-800x600-activity');

  await activity.getByRole('button', { name: 'Close the Activity panel' }).click();
  await expect(activity).toHaveCount(0);

  // A new window (the app started again) opens with the sizes the user left.
  await page.reload();
  await expect(resourceTree(page)).toBeVisible();
  await expect(page.getByRole('separator', { name: 'Resize the sidebar' })).toHaveAttribute(
    'aria-valuenow',
    String(Math.round(before) - 32),
  );
});

test('at 800×600 the breadcrumbs fold the earlier steps into a menu, keep the view’s own place readable, and the menu goes back up', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  await page.setViewportSize(SMALL);
  await openInTree(page, 'Nuance Sandbox Corp', 'Applications', 'Mix Sample App');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  const fold = crumbs.getByRole('button', { name: 'Earlier steps of the path' });
  await expect(fold).toBeVisible();

  // The steps left on the line are whole: none is cut to a letter and an ellipsis.
  const cut = await crumbs.evaluate((nav) =>
    Array.from(nav.querySelectorAll<HTMLElement>('li a, li [aria-current]'))
      .filter((step) => step.getClientRects().length > 0)
      .filter((step) => step.scrollWidth > step.clientWidth)
      .map((step) => step.textContent),
  );
  expect(cut).toEqual([]);
  await expect(crumbs.getByRole('link', { name: 'Applications' })).toBeVisible();
  await expect(crumbs.getByText('Mix Sample App')).toBeVisible();

  // From the keyboard: the menu lists the folded steps; choosing the organization opens it.
  await fold.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Earlier steps of the path' });
  await expect(menu.getByRole('menuitem')).toHaveText([/127\.0\.0\.1/, 'Nuance Sandbox Corp']);
  await menu.getByRole('menuitem', { name: 'Nuance Sandbox Corp' }).press('Enter');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Nuance Sandbox Corp' }).filter({ visible: true }),
  ).toBeVisible();
  await app.screenshot('layout-800x600-breadcrumbs');

  // With room (a wider window), every step is on the line again and the menu is gone.
  await page.setViewportSize({ width: 1200, height: 800 });
  await openInTree(page, 'Nuance Sandbox Corp', 'Applications', 'Mix Sample App');
  await expect(fold).toBeHidden();
  await expect(crumbs.getByRole('link', { name: 'Nuance Sandbox Corp' })).toBeVisible();
  // The line starts with its first step, not with a separator left by the hidden menu.
  const separators = await crumbs.evaluate((nav) =>
    Array.from(nav.querySelectorAll('li'))
      .filter((step) => step.getClientRects().length > 0)
      .map((step) => getComputedStyle(step, '::before').content),
  );
  expect(separators[0]).toBe('none');
  expect(separators.slice(1).every((content) => content.includes('›'))).toBe(true);
});
