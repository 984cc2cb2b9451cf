import { aboutDetail, diagnosticsText, type RuntimeVersions } from '../log/diagnostics';
import type { FinishedSignIn } from '../auth/sign-in-timeline';
import type { AppMenuHandlers } from './app-menu-template';
import { MIX_API_DOCUMENTATION_URL } from './app-menu-template';

export interface MenuActionDeps {
  versions: RuntimeVersions;
  os: () => { platform: string; release: string; arch: string };
  activeSystem: () => string | undefined;
  /** The last sign-in attempts' timelines (the composition root keeps them). */
  signIns: () => readonly FinishedSignIn[];
  log: { readonly folder: string; recentFailures(): string[]; warn(message: string): void };
  clipboard: { writeText(text: string): void };
  /** `shell.openPath`: resolves to an error message, empty on success. */
  openPath: (path: string) => Promise<string>;
  /** Opens an allow-listed documentation link (security/documentation-opener.ts). */
  openDocumentation: (url: string) => boolean;
  showMessage: (box: { title: string; message: string; detail: string }) => void;
}

/** What the Help menu's items do (Settings is the renderer's, wired in main/index.ts). */
export function createMenuActions(deps: MenuActionDeps): Omit<AppMenuHandlers, 'openSettings'> {
  return {
    openDocumentation: () => {
      if (!deps.openDocumentation(MIX_API_DOCUMENTATION_URL))
        deps.log.warn('[menu] the documentation link is not on the allow-list');
    },
    openLogsFolder: () => {
      deps
        .openPath(deps.log.folder)
        .then((problem) => {
          if (problem !== '') deps.log.warn(`[menu] could not open the logs folder: ${problem}`);
        })
        .catch(() => deps.log.warn('[menu] could not open the logs folder'));
    },
    copyDiagnostics: () => {
      deps.clipboard.writeText(
        diagnosticsText({
          versions: deps.versions,
          os: deps.os(),
          activeSystem: deps.activeSystem(),
          recentFailures: deps.log.recentFailures(),
          signIns: deps.signIns(),
        }),
      );
    },
    showAbout: () => {
      deps.showMessage({
        title: 'About Mix Explorer',
        message: 'Mix Explorer',
        detail: aboutDetail(deps.versions),
      });
    },
  };
}
