import { expect, test } from './support/app-test';
import { goToWithPalette, mainPane, tabTo, viewHeading } from './support/explorer-steps';
import { checkScreen } from './support/screen-checks';

// Reading what Mix exports without leaving the app: a keyboard user opens an intent and reads its samples
// in a searchable list, then an entity's literals; main unpacks the export in memory, and the download
// stays beside the list.

test('an intent’s samples and an entity’s literals are read inline with the keyboard, searchable, the download beside them', async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1200, height: 800 });
  const main = mainPane(page);

  await goToWithPalette(page, 'ORDER_COFFEE');
  await expect(viewHeading(page, 'ORDER_COFFEE')).toBeVisible();
  await tabTo(page, 'Show samples of ORDER_COFFEE here');
  await page.keyboard.press('Enter');
  const samples = main.getByRole('grid', { name: 'Samples of ORDER_COFFEE' });
  await expect(samples.getByRole('row', { name: /I would like a large latte/ })).toBeVisible();
  await expect(samples.getByRole('row', { name: /can I get a small cappuccino/ })).toContainText(
    'ORDER_COFFEE',
  );
  await expect(main.getByRole('region', { name: 'Samples of ORDER_COFFEE' })).toContainText(
    '3 samples from 1 file.',
  );
  // The zip stays downloadable beside the list.
  await expect(main.getByRole('button', { name: 'Download Samples of ORDER_COFFEE' })).toBeVisible();

  // Search: the filter box of the list, reached with Tab.
  await tabTo(page, 'Filter samples of order_coffee');
  await page.keyboard.type('cappuccino');
  await expect(samples.getByRole('row', { name: /cappuccino/ })).toBeVisible();
  await expect(samples.getByRole('row', { name: /latte/ })).toHaveCount(0);
  const found = await checkScreen(app, 'export-samples', samples);

  await goToWithPalette(page, 'DrinkSize');
  await expect(viewHeading(page, 'DrinkSize')).toBeVisible();
  await tabTo(page, 'Show literals of DrinkSize here');
  await page.keyboard.press('Enter');
  const literals = main.getByRole('grid', { name: 'Literals of DrinkSize' });
  await expect(literals.getByRole('row', { name: /extra large large/ })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Literals of DrinkSize' })).toContainText(
    '9 literals from 1 file.',
  );
  found.push(...(await checkScreen(app, 'export-literals', literals)));
  expect(found).toEqual([]);

  // Nothing of it was written anywhere: the save dialog was never asked.
  expect(app.downloads.chosen).toEqual([]);
});
