import { act, cleanup, render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { ProfileDraft } from '../../../common/ipc-contract';
import { newProfileDraft } from '../../../common/profile-defaults';
import { App } from '../../../renderer/App';
import type { FakeBridge } from './fake-bridge';

/** A fixed instant on a whole minute of local time, so countdowns and "valid until" are exact. */
export const NOW = new Date(2026, 0, 15, 10, 0, 0).getTime();

export function usProfile(overrides: Partial<ProfileDraft> = {}): ProfileDraft {
  return {
    ...newProfileDraft('us'),
    name: 'Work US',
    clientId: 'appID:work-client',
    clientSecret: 's3cret',
    ...overrides,
  };
}

/** Installs the fake as preload would (`window.mixExplorer`) and renders the real app. */
export function renderApp(fake: FakeBridge, now: () => number = () => NOW): RenderResult {
  window.mixExplorer = fake;
  return render(<App now={now} />);
}

/** Runs a fake-side change (an event main would push) inside React's act. */
export async function fromMain(change: () => void): Promise<void> {
  await act(async () => {
    change();
    await Promise.resolve();
  });
}

afterEach(() => {
  cleanup();
  delete window.mixExplorer;
});
