import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/app-test';
import { goToWithPalette, mainPane, tabTo, viewHeading } from './support/explorer-steps';
import { checkScreen } from './support/screen-checks';

// The Downloads tab of the bottom panel: a keyboard user downloads a build's model, opens the Downloads tab
// from the command palette, reads the result, and shows the file in its folder; main hands the OS shell the
// path it saved, and a file deleted since gets a plain sentence instead.

test('a build’s model downloaded with the keyboard is listed in the Downloads tab; Show in folder reaches the OS with the saved file', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 800 });

  // Ctrl+K finds the build by its label; Enter opens it.
  await goToWithPalette(page, 'NLU_1922_6');
  await expect(viewHeading(page, 'NLU_1922_6')).toBeVisible();
  await tabTo(page, 'Download Build NLU_1922_6');
  await page.keyboard.press('Enter');
  await expect(
    mainPane(page)
      .getByRole('status')
      .filter({ hasText: /^Saved / }),
  ).toBeVisible();

  // The Downloads tab, from the palette.
  await goToWithPalette(page, 'Show downloads');
  const panel = page.getByRole('region', { name: 'Downloads' });
  await expect(panel.getByRole('tab', { name: 'Downloads' })).toHaveAttribute('aria-selected', 'true');
  const grid = panel.getByRole('grid', { name: 'Downloads' });
  const fileName = app.downloads.chosen[0] ?? '';
  const path = join(app.downloads.folder, fileName);
  const row = grid.getByRole('row', { name: new RegExp(fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await expect(row).toContainText(/Saved, [\d.]+ (B|KB)/);
  await expect(row).toContainText(path);

  // Every new screen: both themes, both sizes, no axe violation, nothing clipped.
  expect(await checkScreen(app, 'downloads-panel', row)).toEqual([]);

  // Keyboard only: Tab to the row's actions, Enter opens its menu, choose Show in folder.
  await tabTo(page, `Actions for ${fileName}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Show in folder' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => app?.shell.shown).toEqual([path]);

  // The file deleted since: a plain sentence, and the OS is not asked.
  await rm(path);
  await tabTo(page, `Actions for ${fileName}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Open' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(
    `${fileName} is no longer where it was saved: it was moved or deleted.`,
  );
  expect(app.shell.opened).toEqual([]);
});
