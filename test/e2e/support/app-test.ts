import { test as base, expect } from '@playwright/test';
import type { SandboxOptions } from '../../../main/emulator/index';
import { startApp, type AppHarness, type StartAppOptions } from './app-harness';
import { resourceTree } from './explorer-steps';
import {
  startOidcProvider,
  type OidcProviderOptions,
  type RunningOidcProvider,
} from './oidc-provider-server';
import { signInThroughMix } from './user-steps';

// The user stories' `test`: Playwright's, with the app as fixtures, so a story starts from what the person
// has in front of them and never repeats the set-up. Every app a story starts is closed when the story ends,
// passed or failed.

export interface AppFixtures {
  /**
   * `npm run demo`: the app with its ready "Local sandbox" profile, signed in through the Mix login, the
   * resource tree showing. Its sandbox takes `demoSandbox`.
   */
  signedInDemo: AppHarness;
  /**
   * The sandbox `signedInDemo` runs against (faults, a clock). Set it for a group of stories with
   * `test.use({ demoSandbox: { … } })`.
   */
  demoSandbox: SandboxOptions;
  /**
   * Starts the app as `startApp` does (a first run unless the options say otherwise), for stories that
   * prepare something first or start it again.
   */
  launchApp: (options?: StartAppOptions) => Promise<AppHarness>;
  /**
   * Registers a step to run when the story ends, passed or failed, after every app it started is closed:
   * for what the apps talk to or write into (a provider, a hostile server, a settings folder). The last
   * registered runs first.
   */
  afterApps: (step: () => Promise<void>) => void;
  /** Starts a certified OpenID Provider (oidc-provider) for the story; it stops after the apps close. */
  startOidcProvider: (options?: OidcProviderOptions) => Promise<RunningOidcProvider>;
}

export const test = base.extend<AppFixtures>({
  demoSandbox: [{}, { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  afterApps: async ({}, use) => {
    const steps: (() => Promise<void>)[] = [];
    await use((step) => void steps.push(step));
    for (const step of steps.reverse()) await step();
  },

  startOidcProvider: async ({ afterApps }, use) => {
    await use(async (options) => {
      const provider = await startOidcProvider(options);
      afterApps(() => provider.close());
      return provider;
    });
  },

  // Depends on afterApps so that its apps are closed first.
  launchApp: async ({ browser, afterApps: _closedBefore }, use) => {
    const started: AppHarness[] = [];
    await use(async (options) => {
      const app = await startApp(browser, options);
      started.push(app);
      return app;
    });
    // The last one first; closing one a story closed already does nothing.
    for (const app of started.reverse()) await app.close();
  },

  signedInDemo: async ({ launchApp, demoSandbox }, use) => {
    const app = await launchApp({ demo: true, sandbox: demoSandbox });
    await expect(app.page.getByLabel('Profile').locator('option:checked')).toHaveText('Local sandbox');
    await signInThroughMix(app);
    await expect(resourceTree(app.page)).toBeVisible();
    await use(app);
  },
});

export { expect };
