import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/app-test';
import { mainPane, openInTree, openTab, tabPanel, viewHeading } from './support/explorer-steps';

// User stories of browsing Mix.api in the explorer, run in Chromium against the sandbox: the tree, each
// kind of view with its content, and a screenshot of each into test-results/screens/explorer-<view>.png.

const PERSONAL_ORG = 'demo@mix.example';

/**
 * Opens a list from the tree (the item's label is the view's heading) and returns the row named `row` of
 * its grid (named `grid`, by default as the list).
 */
async function openList(
  page: Page,
  [parent, list]: [string, string],
  row: string | RegExp,
  grid = list,
): Promise<Locator> {
  await openInTree(page, parent, list);
  await expect(viewHeading(page, list)).toBeVisible();
  return mainPane(page).getByRole('grid', { name: grid }).getByRole('row', { name: row });
}

test('a signed-in user walks from their organization to its projects and through every tab of a project', async ({
  signedInDemo: app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const main = mainPane(page);

  await openInTree(page, PERSONAL_ORG);
  await expect(viewHeading(page, PERSONAL_ORG)).toBeVisible();
  await expect(main.getByRole('button', { name: 'Open 3 Projects' })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Open 1 Applications' })).toBeVisible();
  await expect(main.getByRole('grid', { name: 'Members' })).toContainText('Demo User');
  await app.screenshot('explorer-organization');

  await openInTree(page, PERSONAL_ORG, 'Projects');
  await expect(viewHeading(page, 'Projects')).toBeVisible();
  const projects = main.getByRole('grid', { name: 'Projects' });
  await expect(projects.getByRole('row', { name: /^Coffee Assistant 1922 .*en-US, fr-CA/ })).toBeVisible();
  await expect(projects.getByRole('row', { name: /^Banking IVR 1923 / })).toBeVisible();
  await expect(projects.getByRole('row', { name: /^Empty Draft 1924 / })).toBeVisible();
  await app.screenshot('explorer-projects');

  // A project's overview: who it belongs to, its channels and its locales.
  await openInTree(page, PERSONAL_ORG, 'Projects', 'Coffee Assistant');
  await expect(viewHeading(page, 'Coffee Assistant')).toBeVisible();
  const channels = main.getByRole('grid', { name: 'Channels' });
  await expect(channels.getByRole('rowheader')).toHaveText(['Omni Channel VA', 'IVR', 'Web chat']);
  await expect(channels.getByRole('row', { name: /^Web chat .*Inactive$/ })).toBeVisible();
  await expect(main.getByRole('grid', { name: 'Data packs' }).getByRole('rowheader')).toHaveText([
    'en-US',
    'fr-CA',
  ]);
  await expect(main.getByRole('grid', { name: 'Latest builds' })).toContainText('NLU_1922_6');
  await expect(main.getByRole('note', { name: 'Project lock' })).toHaveCount(0);
  await app.screenshot('explorer-project');

  await openTab(page, 'Builds');
  const nluBuilds = main.getByRole('grid', { name: 'NLU builds' });
  await expect(nluBuilds.getByRole('list', { name: 'Errors of NLU_1922_4' })).toHaveText(
    'Intent ORDER_PASTRY has no samples in locale fr-CA. (code -1)',
  );
  await app.screenshot('explorer-builds');

  await openTab(page, 'Intents');
  const intents = main.getByRole('grid', { name: 'Intents' });
  for (const intent of ['ORDER_COFFEE', 'ORDER_PASTRY', 'CHECK_ORDER_STATUS', 'NO_INTENT']) {
    await expect(intents.getByRole('button', { name: `Open intent ${intent}` })).toBeVisible();
  }
  await app.screenshot('explorer-intents');
  await intents.getByRole('button', { name: 'Open intent ORDER_COFFEE' }).click();
  await expect(viewHeading(page, 'ORDER_COFFEE')).toBeVisible();
  await expect(main.getByRole('list', { name: 'Linked entities' }).getByRole('listitem')).toHaveText([
    'DrinkSize',
    'DrinkType',
    'COFFEE_SHOP_LOCATION',
  ]);
  await expect(main.getByRole('button', { name: 'Download Samples of ORDER_COFFEE' })).toBeVisible();
  await app.screenshot('explorer-intent');
  await page.getByRole('button', { name: 'Back' }).click();

  // Entities of every kind Mix has, each kind in its own table.
  await openTab(page, 'Entities');
  const kinds = {
    'List entities': ['DrinkSize', 'DrinkType'],
    'Freeform entities': ['ORDER_NOTE'],
    'Base entities': ['nuance_CARDINAL_NUMBER', 'nuance_DATE'],
    'Regex entities': ['ORDER_NUMBER'],
    'Relational entities': ['DRINK_ORDER'],
    'Rule-based entities': ['COFFEE_SHOP_LOCATION'],
  };
  for (const [kind, names] of Object.entries(kinds)) {
    const table = main.getByRole('grid', { name: kind });
    for (const name of names) {
      await expect(table.getByRole('rowheader', { name: `Open entity ${name}` })).toBeVisible();
    }
  }
  await expect(main.getByRole('grid', { name: 'Regex entities' })).toContainText('[A-Z]{2}[0-9]{6}');
  await app.screenshot('explorer-entities');
  await main
    .getByRole('grid', { name: 'List entities' })
    .getByRole('button', { name: 'Open entity DrinkSize' })
    .click();
  await expect(viewHeading(page, 'DrinkSize')).toBeVisible();
  await expect(main.getByText('List entity', { exact: true })).toBeVisible();
  await expect(main.getByRole('definition').filter({ hasText: 'ALPHANUM' })).toBeVisible();
  await app.screenshot('explorer-entity');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(main.getByRole('tab', { name: 'Entities' })).toHaveAttribute('aria-selected', 'true');

  await openTab(page, 'Jobs');
  const jobs = main.getByRole('grid', { name: 'Jobs' });
  await expect(
    jobs.getByRole('row', { name: /8f3e480e-f8e2-4274-8daf-ae8a304f11e4 Partially completed/ }),
  ).toBeVisible();
  await expect(jobs.getByRole('row', { name: /9e2f4a6b-8c0d-4e1f-a3b5-c7d9e1f3a5b7 Failed/ })).toBeVisible();
  await app.screenshot('explorer-jobs');

  await openTab(page, 'Locks');
  await expect(tabPanel(page)).toContainText('This project is not locked.');

  await openTab(page, 'Environment configs');
  await expect(
    main.getByRole('grid', { name: 'Project defaults' }).getByRole('row', { name: /^TTS_VOICE Evan$/ }),
  ).toBeVisible();
  await expect(main.getByRole('grid', { name: 'Environment values' })).toContainText('Sandbox US');
  await app.screenshot('explorer-env-configs');

  await openTab(page, 'Exports');
  await expect(main.getByRole('button', { name: 'Download Project package', exact: true })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Download Project metadata', exact: true })).toBeVisible();
  await expect(main.getByRole('button', { name: 'Download Literals of DrinkSize en-US' })).toBeVisible();
  await app.screenshot('explorer-exports');

  // A project someone else is working on says so, in words, and its Locks tab says who and why.
  await openInTree(page, PERSONAL_ORG, 'Projects', 'Banking IVR');
  await expect(viewHeading(page, 'Banking IVR')).toBeVisible();
  await expect(main.getByRole('note', { name: 'Project lock' })).toContainText(
    'Locked by Alice (alice@company.example)',
  );
  await app.screenshot('explorer-project-locked');
  await openTab(page, 'Locks');
  await expect(
    main
      .getByRole('grid', { name: 'Project locks' })
      .getByRole('row', { name: /^Open project Banking IVR Alice \(alice@company\.example\) Reworking/ }),
  ).toBeVisible();
  await app.screenshot('explorer-locks');
});

test('a signed-in user looks at an application, its deployments, credentials and data hosts, and a bot', async ({
  signedInDemo: app,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  const main = mainPane(page);

  await openInTree(page, PERSONAL_ORG, 'Applications');
  await expect(viewHeading(page, 'Applications')).toBeVisible();
  await expect(
    main.getByRole('grid', { name: 'Applications' }).getByRole('row', { name: /^Coffee App 48 2 / }),
  ).toBeVisible();
  await app.screenshot('explorer-applications');

  // Each configuration with the environments it is deployed to, step by step.
  await openInTree(page, PERSONAL_ORG, 'Applications', 'Coffee App');
  await expect(viewHeading(page, 'Coffee App')).toBeVisible();
  await expect(main.getByRole('tab', { name: 'Configurations' })).toHaveAttribute('aria-selected', 'true');
  await expect(
    main
      .getByRole('grid', { name: 'Deployments of CoffeeApp #180' })
      .getByRole('row', { name: /^1 Sandbox Sandbox US .*Deployed success$/ }),
  ).toBeVisible();
  await expect(main.getByRole('grid', { name: 'Deployments of CoffeeApp #181' })).toContainText(
    'Pending request',
  );
  await app.screenshot('explorer-application');

  // Credentials: the client IDs a runtime uses, never a secret.
  await openTab(page, 'Credentials');
  const clients = main.getByRole('grid', { name: 'Clients of SANDBOX-COFFEE-APP-DEV' });
  await expect(clients.getByRole('row', { name: /^default / })).toContainText(
    'appID:SANDBOX-COFFEE-APP-DEV:geo:dev:clientName:default',
  );
  await expect(clients.getByRole('columnheader')).toHaveText([
    'Client name',
    'Client ID',
    'OAuth scopes',
    'Created',
    'Updated',
  ]);
  await expect(tabPanel(page)).not.toContainText(/secret/i);
  await app.screenshot('explorer-credentials');

  await openTab(page, 'Data hosts');
  await expect(
    main
      .getByRole('grid', { name: 'Data hosts' })
      .getByRole('row', { name: 'backend https://sandbox.app48.example.com/api/v2 Sandbox Sandbox US' }),
  ).toBeVisible();
  await app.screenshot('explorer-data-hosts');

  await openTab(page, 'Configurations');
  await main.getByRole('button', { name: 'Open configuration CoffeeApp #180' }).click();
  await expect(viewHeading(page, 'Configuration CoffeeApp')).toBeVisible();
  await expect(main.getByRole('grid', { name: 'Builds of CoffeeApp #180' })).toContainText('DIALOG_1922_2');
  await expect(main.getByRole('grid', { name: 'Deployments of CoffeeApp #180' })).toContainText('Deployed');
  await app.screenshot('explorer-app-config');

  // The same application seen as a bot: its configurations and the interface of one.
  await openInTree(page, PERSONAL_ORG, 'Bots');
  await expect(viewHeading(page, 'Bots')).toBeVisible();
  await expect(
    main.getByRole('grid', { name: 'Bots' }).getByRole('row', { name: /^Coffee App 48 / }),
  ).toBeVisible();
  await openInTree(page, PERSONAL_ORG, 'Bots', 'Coffee App');
  await expect(viewHeading(page, 'Coffee App')).toBeVisible();
  await expect(main.getByRole('region', { name: 'Bot configurations' })).toContainText('CoffeeApp #181');
  await app.screenshot('explorer-bot');
  await main.getByRole('button', { name: 'Open interface of CoffeeApp #180' }).click();
  await expect(viewHeading(page, 'Interface of configuration 180')).toBeVisible();
  await expect(main.getByRole('grid', { name: 'Interface variables' }).getByRole('rowheader')).toHaveText([
    'resultObject',
    'resourceReferences',
    'userName',
    'orderTotal',
  ]);
  await expect(main.getByRole('grid', { name: 'Interface channels' })).toContainText('Web chat');
  await app.screenshot('explorer-bot-interface');
});

test("a signed-in user reads an organization's deployment setup and the platform's reference lists", async ({
  signedInDemo: app,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  const main = mainPane(page);

  // A four-step flow shows its steps in order, each with its environment.
  await openInTree(page, 'Nuance Sandbox Corp', 'Deployment flows');
  await expect(viewHeading(page, 'Deployment flows')).toBeVisible();
  const steps = main.getByRole('list', { name: 'Steps of Multi-Stage Pipeline' });
  await expect(steps.getByRole('listitem', { name: /^Step \d+$/ })).toHaveText([
    /^Step 1.*Development/,
    /^Step 2.*QA/,
    /^Step 3.*Requires approval.*Staging/,
    /^Step 4.*Requires approval.*Production/,
  ]);
  await expect(main.getByRole('region', { name: 'Flow Sandbox Only' })).toBeVisible();
  await app.screenshot('explorer-deployment-flows');

  await expect(
    await openList(
      page,
      [PERSONAL_ORG, 'Environments'],
      'Sandbox Sandbox US Sandbox api.nuance.com 800 / 900',
    ),
  ).toBeVisible();
  await app.screenshot('explorer-environments');

  await expect(
    await openList(page, [PERSONAL_ORG, 'Engine packs'], /^gen en-US/, 'Data packs of Engine pack 4.2.0'),
  ).toContainText('4.8.0');
  await app.screenshot('explorer-engine-packs');

  await expect(await openList(page, [PERSONAL_ORG, 'Language topics'], /^banking en-US/)).toContainText(
    '2.2.0',
  );
  await app.screenshot('explorer-language-topics');

  await openInTree(page, PERSONAL_ORG, 'Voices');
  await expect(viewHeading(page, 'Voices')).toBeVisible();
  const voices = main.getByRole('grid', { name: 'Voices' });
  await expect(voices.getByRole('rowheader', { name: 'Evan' })).toBeVisible();
  await main.getByRole('combobox', { name: 'Locale' }).selectOption('fr-CA');
  await expect(voices.getByRole('rowheader')).toHaveText(['Amelie-Ml']);
  await app.screenshot('explorer-voices');

  await expect(await openList(page, ['Platform', 'Geographies'], 'Sandbox US 10')).toBeVisible();
  await app.screenshot('explorer-geographies');

  await expect(await openList(page, ['Platform', 'Data types'], /^DIGITS /)).toContainText('Regex (default)');
  await app.screenshot('explorer-data-types');

  await expect(await openList(page, ['Platform', 'Entity types'], /^Regex /)).toContainText('DIGITS');
  await app.screenshot('explorer-entity-types');

  await openInTree(page, 'Platform', 'Version');
  await expect(viewHeading(page, 'Mix version')).toBeVisible();
  await expect(main.getByRole('definition').filter({ hasText: '3.6.5-sandbox' })).toBeVisible();
  await app.screenshot('explorer-version');
});

test("a project's builds: the user switches between ASR, NLU and Dialog and opens a build", async ({
  signedInDemo: app,
}) => {
  const { page } = app;
  const main = mainPane(page);
  await openInTree(page, PERSONAL_ORG, 'Projects', 'Coffee Assistant');
  await openTab(page, 'Builds');

  const engine = main.getByRole('group', { name: 'Engine' });
  await expect(engine.getByRole('button', { name: 'NLU' })).toHaveAttribute('aria-pressed', 'true');
  await expect(main.getByRole('grid', { name: 'NLU builds' })).toContainText('NLU_1922_6');

  await engine.getByRole('button', { name: 'ASR' }).click();
  await expect(engine.getByRole('button', { name: 'ASR' })).toHaveAttribute('aria-pressed', 'true');
  const asr = main.getByRole('grid', { name: 'ASR builds' });
  await expect(asr.getByRole('button', { name: 'Open build ASR_1922_1' })).toBeVisible();
  await expect(asr.getByRole('button', { name: 'Open build ASR_1922_2' })).toBeVisible();
  await expect(asr).not.toContainText('NLU_1922');
  await expect(main.getByRole('grid', { name: 'NLU builds' })).toHaveCount(0);

  await engine.getByRole('button', { name: 'Dialog' }).click();
  const dialog = main.getByRole('grid', { name: 'Dialog builds' });
  await expect(dialog.getByRole('row', { name: /^Open build DIALOG_1922_3 3 Failed/ })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /^Open build DIALOG_1922_1 1 Completed/ })).toBeVisible();
  // Newest first, as Mix sorted them on request; the header says so.
  // (The demo's running job may add a newer build; whatever is there comes latest first.)
  const labels = await dialog.getByRole('rowheader').allTextContents();
  const version = (label: string) => Number(label.split('_').at(-1));
  expect(labels.indexOf('DIALOG_1922_3')).toBeLessThan(labels.indexOf('DIALOG_1922_1'));
  expect(labels.map(version)).toEqual([...labels.map(version)].sort((a, b) => b - a));
  await expect(dialog.getByRole('columnheader', { name: 'Created' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await app.screenshot('explorer-builds-dialog');

  // A completed build's download sits in its row's one actions menu; a failed one offers none.
  await expect(dialog.getByRole('button', { name: 'Actions for DIALOG_1922_3' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Actions for DIALOG_1922_1' }).click();
  await expect(page.getByRole('menuitem', { name: 'Download build DIALOG_1922_1' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);

  // A failed build's page shows why, and offers no download (Mix refuses to export it).
  await engine.getByRole('button', { name: 'NLU' }).click();
  await main.getByRole('button', { name: 'Open build NLU_1922_4' }).click();
  await expect(viewHeading(page, 'NLU_1922_4')).toBeVisible();
  await expect(main.getByRole('region', { name: 'Build errors' })).toContainText(
    'Intent ORDER_PASTRY has no samples in locale fr-CA.',
  );
  await expect(main.getByRole('button', { name: /^Download Build/ })).toHaveCount(0);
  await app.screenshot('explorer-build');

  // Its project is one click away; a completed build can be downloaded.
  await main.getByRole('button', { name: 'Open project Coffee Assistant' }).click();
  await expect(viewHeading(page, 'Coffee Assistant')).toBeVisible();
  await main.getByRole('button', { name: 'Open build NLU_1922_6' }).first().click();
  await expect(viewHeading(page, 'NLU_1922_6')).toBeVisible();
  await expect(main.getByRole('button', { name: 'Download Build NLU_1922_6' })).toBeVisible();
  // The configurations that use it, from the organization's applications; Enter on one opens it.
  const usedBy = main.getByRole('grid', { name: 'Configurations using this build' });
  await expect(
    usedBy.getByRole('row', { name: /^CoffeeApp #180 Coffee App NLU en-US, fr-CA/ }),
  ).toBeVisible();
});
