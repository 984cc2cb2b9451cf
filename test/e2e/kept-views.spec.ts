import type { Locator } from '@playwright/test';
import { expect, test } from './support/app-test';
import { goToWithPalette, mainPane, openTab, tabPanel, tabTo, viewHeading } from './support/explorer-steps';

// Views the user has seen stay alive while they look elsewhere: coming back finds them as they were left.

/** The intents whose rows are on screen, top to bottom: rows scrolled out of the list's scroller are not. */
function intentsOnScreen(grid: Locator): Promise<string[]> {
  return grid.evaluate((element) => {
    let scroller: Element | null = element;
    while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowY))
      scroller = scroller.parentElement;
    const frame = (scroller ?? element).getBoundingClientRect();
    return Array.from(element.querySelectorAll('[role="row"]'))
      .filter((row) => {
        const box = row.getBoundingClientRect();
        return row.checkVisibility() && box.top >= frame.top && box.bottom <= frame.bottom;
      })
      .map((row) => row.textContent?.match(/INTENT_\d+/)?.[0])
      .filter((name): name is string => name !== undefined);
  });
}

test.describe('with a project of 300 intents', () => {
  test.use({ demoSandbox: { scale: 300 } });

  test('the user scrolls far down a long list of intents, looks at another tab, and comes back to the list as they left it', async ({
    signedInDemo: app,
  }) => {
    const { page } = app;
    await goToWithPalette(page, 'Scale Intents');
    await openTab(page, 'Intents');
    const intents = tabPanel(page).getByRole('grid', { name: 'Intents' });
    await expect(intents.getByRole('row', { name: /INTENT_00001/ })).toBeVisible();

    await intents.hover();
    await page.mouse.wheel(0, 4_000);
    await expect.poll(async () => (await intentsOnScreen(intents))[0]).not.toBe('INTENT_00001');
    // Wait for the list to settle where the wheel left it.
    let left: string[] = [];
    await expect
      .poll(async () => {
        const now = await intentsOnScreen(intents);
        const settled = now.join() === left.join();
        left = now;
        return settled && now.length > 0;
      })
      .toBe(true);

    await openTab(page, 'Entities');
    await expect(intents).toBeHidden();

    await openTab(page, 'Intents');
    // The same rows in the same place, at once: not the top of the list, not a list drawn again from its start.
    await expect.poll(() => intentsOnScreen(intents)).toEqual(left);
  });
});

test('a keyboard user moves along a project’s tabs with the arrow keys: each tab’s view shows, and the focus stays on the tab row', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  await goToWithPalette(page, 'Coffee Assistant');
  await expect(viewHeading(page, 'Coffee Assistant')).toBeVisible();
  const tab = (name: string) =>
    mainPane(page).getByRole('tablist', { name: 'Coffee Assistant views' }).getByRole('tab', { name });

  await tabTo(page, 'Overview');
  await page.keyboard.press('ArrowRight');
  await expect(tab('Builds')).toBeFocused();
  await expect(tab('Builds')).toHaveAttribute('aria-selected', 'true');
  await expect(
    tabPanel(page)
      .getByRole('grid', { name: /builds/i })
      .first(),
  ).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(tab('Intents')).toBeFocused();
  await expect(tabPanel(page).getByRole('grid', { name: 'Intents' })).toBeVisible();

  // Back to a view seen a moment ago: it is shown again, and the arrows still work from there.
  await page.keyboard.press('ArrowLeft');
  await expect(tab('Builds')).toBeFocused();
  await expect(
    tabPanel(page)
      .getByRole('grid', { name: /builds/i })
      .first(),
  ).toBeVisible();

  // A click on a tab leaves the focus on it too, so the arrows go on from the tab clicked.
  await tab('Jobs').click();
  await expect(tab('Jobs')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tab('Locks')).toBeFocused();
  await expect(tab('Locks')).toHaveAttribute('aria-selected', 'true');
});
