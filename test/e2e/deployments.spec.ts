import { expect, test } from './support/app-test';
import { mainPane, openInTree, openTab, viewHeading } from './support/explorer-steps';
import { checkScreen, STORY_SIZES } from './support/screen-checks';

// What's deployed where: a keyboard user finds an organization's matrix of app configs × environments
// from the palette, reads which config is deployed where (steps waiting for approval, overrides), and opens
// a configuration from its row; an application shows the same matrix for its own configs.

const ORG = 'Nuance Sandbox Corp';
const SIZES = STORY_SIZES;

test('from the palette a keyboard user reads what is deployed where in an organization and opens a config', async ({
  signedInDemo: app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize(SIZES[0]);
  const main = mainPane(page);

  await page.keyboard.press('Control+k');
  await page.keyboard.type(`${ORG} deployed`);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option').first()).toContainText("What's deployed where");
  await page.keyboard.press('Enter');
  await expect(viewHeading(page, "What's deployed where")).toBeVisible();

  const grid = main.getByRole('grid', { name: 'Deployments by configuration and environment' });
  const headers = grid.getByRole('columnheader');
  await expect(headers).toHaveText([
    'Configuration',
    'Development US · step 1',
    'QA US · step 2',
    'Staging Production US · step 3 · approval',
    'Production Canada · step 4 · approval',
    'Production Production US · step 4 · approval',
    'Sandbox Sandbox US · step 1',
    'Builds',
    'Application',
    'Project',
    'Deployment flow',
  ]);
  const demo = grid.getByRole('row', { name: /^DemoProject #190 / });
  await expect(demo.getByRole('gridcell')).toHaveText([
    'Deployed',
    'Deployed',
    'Pending request',
    'Undeployed',
    'Undeployed',
    'Not deployed',
    /^en-US: ASR \d+ · NLU \d+; Dialog \d+$/,
    'Mix Sample App',
    'DemoProject',
    'Multi-Stage Pipeline',
  ]);
  const override = grid.getByRole('row', { name: /^DemoProject #192 / });
  await expect(override).toContainText('Override of #190');
  await expect(override.getByRole('gridcell').first()).toHaveText('DeployedOverride');

  const found = await checkScreen(app, 'deployments-org');
  expect(found, found.join('\n')).toEqual([]);

  // Keyboard only: Tab into the grid, down to the override's row, Enter opens that configuration.
  await grid.focus();
  await expect(grid).toBeFocused();
  const rows = grid.getByRole('row');
  const overrideIndex = (await rows.allTextContents()).findIndex((text) =>
    text.startsWith('DemoProject #192'),
  );
  for (let i = 1; i < overrideIndex; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(main.getByRole('heading', { level: 1, name: 'Configuration DemoProject' })).toBeVisible();
  await expect(main.getByText('Config ID').locator('..')).toContainText('192');
});

test('an application shows the matrix of its own configurations, and a click on a cell opens one', async ({
  signedInDemo: app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize(SIZES[0]);
  const main = mainPane(page);
  await openInTree(page, ORG, 'Applications', 'Mix Sample App');
  await openTab(page, 'Deployments');
  const grid = main.getByRole('grid', { name: 'Deployments by configuration and environment' });
  await expect(grid.getByRole('columnheader').first()).toHaveText('Configuration');
  await expect(grid.getByRole('columnheader', { name: 'Application' })).toHaveCount(0);
  await expect(grid.getByRole('row', { name: /^TravelBot #191 / })).toContainText('Sandbox Only');

  const found = await checkScreen(app, 'deployments-application');
  expect(found, found.join('\n')).toEqual([]);

  await grid
    .getByRole('row', { name: /^TravelBot #191 / })
    .getByText('Undeployed')
    .click();
  await expect(main.getByRole('heading', { level: 1, name: 'Configuration TravelBot' })).toBeVisible();
});
