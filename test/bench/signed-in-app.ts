import type { Browser } from '@playwright/test';
import type { InvokeChannel, InvokeRequest, InvokeResponse, Result } from '../../common/ipc-contract';
import { startApp, type AppHarness } from '../e2e/support/app-harness';
import type { SandboxOptions } from '../../main/emulator/index';

const USER = { email: 'demo@mix.example', password: 'sandbox' };

export interface SignedInApp {
  app: AppHarness;
  profileId: string;
  /** `window.mixExplorer.invoke` in the page, as the renderer calls it. */
  invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeResponse<C>>;
}

/**
 * The app (real main services, built renderer, test transport) signed in to the sandbox as the demo user
 * through the sandbox's own login and consent pages: the session main holds is a real one.
 */
export async function startSignedInApp(browser: Browser, sandbox: SandboxOptions): Promise<SignedInApp> {
  const app = await startApp(browser, { demo: true, sandbox });
  try {
    const { page } = app;
    const invoke = async <C extends InvokeChannel>(channel: C, request: InvokeRequest<C>) => {
      const result = (await page.evaluate(
        ([name, body]) => {
          const bridge = (
            window as unknown as { mixExplorer: { invoke(c: string, r: unknown): Promise<unknown> } }
          ).mixExplorer;
          return bridge.invoke(name, body);
        },
        [channel, request] as const,
      )) as Result<InvokeResponse<C>>;
      if (!result.ok) throw new Error(`${channel} failed: ${result.problem.message}`);
      return result.value;
    };
    const { activeProfileId } = await invoke('profiles:list', null);
    if (!activeProfileId) throw new Error('The demo profile was not created.');

    const loginPage = app.surface.nextPage();
    const signedIn = invoke('session:sign-in', { profileId: activeProfileId });
    const login = await loginPage;
    await login.getByLabel('Email').fill(USER.email);
    await login.getByLabel('Password').fill(USER.password);
    await login.getByRole('button', { name: 'Sign in' }).click();
    await login.getByRole('button', { name: 'Allow' }).click();
    const session = await signedIn;
    if (session.status !== 'signed-in') throw new Error(`Sign-in ended as ${session.status}.`);
    return { app, profileId: activeProfileId, invoke };
  } catch (error) {
    await app.close();
    throw error;
  }
}
