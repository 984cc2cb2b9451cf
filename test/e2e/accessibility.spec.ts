import type { Page } from '@playwright/test';
import { expect, test } from './support/app-test';
import { axeViolations, describeViolations } from './support/axe';
import { mainPane, openInTree, openTab, viewActions, viewHeading } from './support/explorer-steps';

// axe-core (WCAG 2.1 A and AA, no rule turned off) on every screen a person meets, in the light and the
// dark theme: the welcome screen, the profile form, Home, an organization, a project, its builds, an
// application, and with a menu, the command palette, a confirmation and the Activity panel open.

const PERSONAL_ORG = 'demo@mix.example';

/** Checks the page as it is now; the findings of every screen are gathered and asserted at the end. */
async function check(page: Page, screen: string, found: string[]): Promise<void> {
  found.push(...describeViolations(screen, await axeViolations(page)));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe-core finds nothing on the welcome screen and the profile form (${colorScheme})`, async ({
    launchApp,
  }) => {
    const app = await launchApp();
    const { page } = app;
    await page.emulateMedia({ colorScheme });
    const found: string[] = [];

    await expect(page.getByRole('button', { name: 'Add a Mix profile' })).toBeVisible();
    await check(page, 'welcome', found);

    await page.getByRole('button', { name: 'Add a Mix profile' }).click();
    await expect(page.getByLabel('Client ID')).toBeVisible();
    // A form with a mistake in it shows its messages too.
    await page.getByLabel('Mix system').selectOption({ label: 'Custom' });
    await page.getByLabel('Authorization server URL').fill('http://auth.example.com');
    await page.getByLabel('Mix.api URL').fill('not a url');
    await page.getByLabel('Client ID').focus();
    await expect(page.getByRole('button', { name: 'Save' })).toBeDisabled();
    await check(page, 'profile form', found);

    expect(found, found.join('\n')).toEqual([]);
  });

  test(`axe-core finds nothing on Home, an organization, a project, its builds and an application (${colorScheme})`, async ({
    signedInDemo: app,
  }) => {
    test.setTimeout(120_000);
    const { page } = app;
    await page.emulateMedia({ colorScheme });
    const main = mainPane(page);
    const found: string[] = [];

    await check(page, 'home', found);

    await openInTree(page, PERSONAL_ORG);
    await expect(viewHeading(page, PERSONAL_ORG)).toBeVisible();
    await expect(main.getByRole('grid', { name: 'Members' })).toContainText('Demo User');
    await check(page, 'organization', found);

    await openInTree(page, PERSONAL_ORG, 'Projects', 'Coffee Assistant');
    await expect(viewHeading(page, 'Coffee Assistant')).toBeVisible();
    await expect(main.getByRole('grid', { name: 'Latest builds' })).toContainText('NLU_1922_6');
    await check(page, 'project', found);

    await viewActions(page).getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await check(page, 'project with the Copy menu open', found);
    await page.getByRole('menuitem', { name: 'Copy as curl with token…' }).click();
    const warning = page.getByRole('alertdialog');
    await expect(warning).toBeVisible();
    await check(page, 'confirmation dialog', found);
    await warning.getByRole('button', { name: 'Cancel' }).click();
    await expect(warning).toBeHidden();

    await openTab(page, 'Builds');
    await expect(main.getByRole('grid', { name: 'NLU builds' })).toContainText('NLU_1922_6');
    await check(page, 'builds', found);

    await openInTree(page, PERSONAL_ORG, 'Applications', 'Coffee App');
    await expect(viewHeading(page, 'Coffee App')).toBeVisible();
    await expect(main.getByRole('grid', { name: 'Deployments of CoffeeApp #180' })).toBeVisible();
    await check(page, 'application', found);

    await page.getByRole('contentinfo').getByRole('button', { name: 'Activity' }).click();
    await expect(page.getByRole('region', { name: 'Activity' })).toBeVisible();
    await check(page, 'Activity panel', found);

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await palette.getByRole('combobox').pressSequentially('coffee');
    await expect(palette.getByRole('option').first()).toBeVisible();
    await check(page, 'command palette', found);

    expect(found, found.join('\n')).toEqual([]);
  });
}
