import { expect, type Locator, type Page } from '@playwright/test';
import { deepLink, type ExplorerRoute } from '../../../common/explorer-routes';
import { createDeepLinkInbox } from '../../../main/deep-links/deep-link-inbox';
import type { AppHarness } from './app-harness';
import { pageEventSink } from './test-transport';

// The steps of browsing Mix.api in the explorer, shared by the explorer's user stories.

export function resourceTree(page: Page): Locator {
  return page.getByRole('tree', { name: 'Mix resources' });
}

/** A tree item by its label, inside `scope` (the tree, or an item's `subtree` when labels repeat). */
export function treeItem(scope: Locator, label: string): Locator {
  return scope.getByRole('treeitem', { name: label, exact: true });
}

/**
 * An item with its children: the item is its row, and the group of its children (which it owns through
 * aria-owns) is the row's sibling, so both are inside the row's parent.
 */
export function subtree(item: Locator): Locator {
  return item.locator('xpath=..');
}

/** Opens a tree node's children with the keyboard (→), as the tree's twisty does with the mouse. */
export async function expandTreeItem(item: Locator): Promise<void> {
  if ((await item.getAttribute('aria-expanded')) !== 'true') await item.press('ArrowRight');
  await expect(item).toHaveAttribute('aria-expanded', 'true');
}

/** Clicks a tree item (its row) to open its view. */
export async function clickTreeItem(item: Locator): Promise<void> {
  await item.click();
  await expect(item).toHaveAttribute('aria-selected', 'true');
}

/**
 * Walks the tree: expands every label but the last, each inside the one before, then opens the last.
 * Returns the item opened.
 */
export async function openInTree(page: Page, ...labels: string[]): Promise<Locator> {
  let scope = resourceTree(page);
  for (const [index, label] of labels.entries()) {
    const item = treeItem(scope, label);
    if (index === labels.length - 1) {
      await clickTreeItem(item);
      return item;
    }
    await expandTreeItem(item);
    scope = subtree(item);
  }
  throw new Error('openInTree needs at least one label');
}

/** The main pane, where the breadcrumbs and the view of the route are. */
export function mainPane(page: Page): Locator {
  return page.getByRole('main');
}

/** The view's h1: the name of the resource it shows. */
export function viewHeading(page: Page, name: string): Locator {
  return mainPane(page).getByRole('heading', { level: 1, name, exact: true });
}

export function viewActions(page: Page): Locator {
  return mainPane(page).getByRole('toolbar', { name: 'View actions' });
}

/** Chooses an item of the view's Copy menu (Copy as curl, Copy as mix CLI command, Copy link…). */
export async function copyFromMenu(page: Page, item: string): Promise<void> {
  await viewActions(page).getByRole('button', { name: 'Copy', exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

/** Opens a tab of the view: from the row, or from the "More" menu when the row has no room for it. */
export async function openTab(page: Page, name: string): Promise<void> {
  const main = mainPane(page);
  const tab = main.getByRole('tab', { name, exact: true });
  const more = main.getByRole('button', { name: /^More .* views$/ });
  await expect(tab.or(more).first()).toBeVisible();
  if (await tab.isVisible()) {
    await tab.click();
  } else {
    await more.click();
    await page.getByRole('menuitem', { name, exact: true }).click();
  }
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** The content panel of the selected tab. */
export function tabPanel(page: Page): Locator {
  return mainPane(page).getByRole('tabpanel');
}

/**
 * A `mix-explorer://` link handed to the app by the OS, through main's real deep-link inbox (which checks
 * it) to the window, as main/index.ts wires it.
 */
export function openDeepLink(app: AppHarness, route: ExplorerRoute): void {
  const send = pageEventSink(app.page);
  const inbox = createDeepLinkInbox({
    deliver: (link) => send('app:deep-link', link),
    logWarning: (message) => {
      throw new Error(message);
    },
  });
  inbox.ready();
  inbox.receive(deepLink(sandboxSystemKey(app), route));
}

/** The system part of the demo profile's links: the sandbox's API host. */
export function sandboxSystemKey(app: AppHarness): string {
  return new URL(app.sandbox.apiUrl).host;
}

/** What main put on the clipboard last. */
export function lastCopied(app: AppHarness): string {
  const text = app.clipboard.at(-1);
  if (text === undefined) throw new Error('Nothing was copied.');
  return text;
}

/**
 * Starts recording whether a loading placeholder (the skeleton, announced as a busy status) is ever added
 * to the page; `loadingWasShown` reads the record. For "shows at once" checks that a poll could miss.
 */
export async function watchForLoadingStates(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __loadingSeen?: boolean; __loadingObserver?: MutationObserver };
    w.__loadingObserver?.disconnect();
    w.__loadingSeen = false;
    const isLoading = (node: Node) =>
      node instanceof HTMLElement &&
      (node.matches('[role="status"][aria-busy="true"]') ||
        node.querySelector('[role="status"][aria-busy="true"]') !== null);
    w.__loadingObserver = new MutationObserver((records) => {
      if (records.some((record) => Array.from(record.addedNodes).some(isLoading))) w.__loadingSeen = true;
    });
    w.__loadingObserver.observe(document.body, { childList: true, subtree: true });
  });
}

export async function loadingWasShown(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __loadingSeen?: boolean }).__loadingSeen === true);
}

/** Runs a palette entry (a resource, an action) by typing it after Ctrl+K and pressing Enter. */
export async function goToWithPalette(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.keyboard.type(text);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option').first()).toContainText(text);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

/**
 * Presses Tab until the control named `name` (its aria-label, label or text) has the focus, as a keyboard
 * user does; no press when it has the focus already.
 */
export async function tabTo(page: Page, name: string, limit = 60): Promise<void> {
  for (let presses = 0; ; presses += 1) {
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      if (!element) return '';
      const label =
        element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.textContent;
      return (label ?? '').trim();
    });
    if (focused === name) return;
    if (presses === limit) throw new Error(`Tab never reached ${name}`);
    await page.keyboard.press('Tab');
  }
}
