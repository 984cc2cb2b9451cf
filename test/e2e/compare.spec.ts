import { expect, test } from './support/app-test';
import {
  copyFromMenu,
  lastCopied,
  mainPane,
  openDeepLink,
  openInTree,
  openTab,
  sandboxSystemKey,
  viewHeading,
} from './support/explorer-steps';
import { checkScreen } from './support/screen-checks';

// Compare: a keyboard user sets an application's config beside its override and reads what differs (builds,
// the status in each environment); then two builds of a project side by side (errors, data pack, version).

test('two configurations of an application side by side, the differences marked, chosen from the keyboard', async ({
  signedInDemo: app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const main = mainPane(page);
  await openInTree(page, 'Nuance Sandbox Corp', 'Applications', 'Mix Sample App');
  await openTab(page, 'Deployments');
  const panel = main.getByRole('region', { name: 'Compare two configurations' });
  const second = panel.getByLabel('Second configuration');
  await expect(second).toHaveValue('191');
  // Keyboard only: the second picker, one option down (the override of the first).
  await second.focus();
  await page.keyboard.press('ArrowDown');
  await expect(second).toHaveValue('192');
  const table = panel.getByRole('grid', { name: 'Configuration comparison' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Field',
    'DemoProject #190',
    'DemoProject #192',
    'Same?',
  ]);
  await expect(table.getByRole('row', { name: /^QA US Deployed Pending request Differs$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Overrides None #190 Differs$/ })).toBeVisible();
  await expect(
    table.getByRole('row', { name: /^Deployment flow Multi-Stage Pipeline Multi-Stage Pipeline Same$/ }),
  ).toBeVisible();
  await expect(table.locator('mark.compare-diff').first()).toBeVisible();
  await panel.scrollIntoViewIfNeeded();

  const found = await checkScreen(app, 'compare-configs');
  expect(found, found.join('\n')).toEqual([]);
});

test('two builds of a project side by side: a failed build’s errors against a completed one', async ({
  signedInDemo: app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const main = mainPane(page);
  await openInTree(page, 'demo@mix.example', 'Projects', 'Coffee Assistant');
  await openTab(page, 'Builds');
  const panel = main.getByRole('region', { name: 'Compare two builds' });
  await panel.getByLabel('First build').selectOption('NLU_1922_4');
  await panel.getByLabel('Second build').selectOption('NLU_1922_6');
  const table = panel.getByRole('grid', { name: 'Build comparison' });
  await expect(
    table.getByRole('row', {
      name: /^Errors Intent ORDER_PASTRY has no samples in locale fr-CA\. None Differs$/,
    }),
  ).toBeVisible();
  await expect(table.getByRole('row', { name: /^Status Failed Completed Differs$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Language topic gen gen Same$/ })).toBeVisible();
  await panel.scrollIntoViewIfNeeded();

  const found = await checkScreen(app, 'compare-builds');
  expect(found, found.join('\n')).toEqual([]);
});

test('a keyboard user compares configurations of two applications in a view of its own: Back, Forward, Pin, a link, and a plain word for one that does not exist', async ({
  signedInDemo: app,
}) => {
  test.setTimeout(150_000);
  const { page } = app;
  const main = mainPane(page);
  await openInTree(page, 'Nuance Sandbox Corp', 'Applications', 'Mix Sample App');
  await openTab(page, 'Deployments');
  const open = main
    .getByRole('region', { name: 'Compare two configurations' })
    .getByRole('button', { name: 'Compare with other applications' });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(viewHeading(page, 'Compare configurations')).toBeVisible();
  const view = main.getByRole('region', { name: 'Compare configurations' }).filter({ visible: true });
  const first = view.getByRole('combobox', { name: 'First configuration' });
  const second = view.getByRole('combobox', { name: 'Second configuration' });
  await expect(first).toHaveValue('Mix Sample App › DemoProject #190');
  await expect(second).toHaveValue('Mix Sample App › TravelBot #191');

  // Keyboard only: the second picker offers every application of the organization; typing filters.
  await second.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Concierge');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options).toHaveText(['TravelConcierge #195']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(second).toHaveValue('Travel Concierge › TravelConcierge #195');
  const table = view.getByRole('grid', { name: 'Configuration comparison' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Field',
    'Mix Sample App › DemoProject #190',
    'Travel Concierge › TravelConcierge #195',
    'Same?',
  ]);
  await expect(
    table.getByRole('row', { name: /^Application Mix Sample App Travel Concierge Differs$/ }),
  ).toBeVisible();
  await expect(
    table.getByRole('row', { name: /^Deployment flow Multi-Stage Pipeline Multi-Stage Pipeline Same$/ }),
  ).toBeVisible();
  await expect(table.getByRole('row', { name: /^Project DemoProject Travel Bot Differs$/ })).toBeVisible();
  await expect(table.locator('mark.compare-diff').first()).toBeVisible();

  const found = await checkScreen(app, 'compare-route');
  expect(found, found.join('\n')).toEqual([]);

  // The pair is a place: Copy link names both sides, Pin keeps it on Home, Back and Forward step through picks.
  await copyFromMenu(page, 'Copy link');
  expect(lastCopied(app)).toBe(`mix-explorer://${sandboxSystemKey(app)}/orgs/1/compare/49/190/50/195`);
  const pin = main.getByRole('button', { name: 'Pin' }).filter({ visible: true });
  await pin.focus();
  await page.keyboard.press('Enter');
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(
    main.getByRole('combobox', { name: 'Second configuration' }).filter({ visible: true }),
  ).toHaveValue('Mix Sample App › TravelBot #191');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(
    main.getByRole('combobox', { name: 'Second configuration' }).filter({ visible: true }),
  ).toHaveValue('Travel Concierge › TravelConcierge #195');
  await page.getByRole('button', { name: 'Home' }).press('Enter');
  await expect(
    main.getByRole('region', { name: 'Pinned' }).getByRole('button', { name: /^Compare configurations/ }),
  ).toBeVisible();

  // A link naming a config Mix does not list: a plain sentence, the pickers to choose another, no crash.
  openDeepLink(app, {
    kind: 'compare-configs',
    orgId: '1',
    left: { applicationId: '49', configId: '190' },
    right: { applicationId: '50', configId: '999' },
  });
  await expect(
    main.getByText('Mix returned no configuration 999 of application 50 in Nuance Sandbox Corp.'),
  ).toBeVisible();
  await expect(
    main.getByRole('combobox', { name: 'First configuration' }).filter({ visible: true }),
  ).toHaveValue('Mix Sample App › DemoProject #190');
});
