import { describe, expect, it } from 'vitest';
import { electronMainWindowDeps } from '../../../../main/electron/electron-main-window';
import { BUNDLE_DIR } from '../../../../main/windows/main-window';

describe('electronMainWindowDeps', () => {
  it('asks the OS theme at the moment the window opens, not at start-up', () => {
    const theme = { shouldUseDarkColors: false };
    const deps = electronMainWindowDeps(theme);
    expect(deps.prefersDark()).toBe(false);
    theme.shouldUseDarkColors = true;
    expect(deps.prefersDark()).toBe(true);
  });

  it('finds the preload and renderer beside the main bundle', () => {
    expect(electronMainWindowDeps({ shouldUseDarkColors: false }).bundleDir).toBe(BUNDLE_DIR);
  });
});
