import { redact } from './redact';

export interface RuntimeVersions {
  app: string;
  electron?: string;
  chrome?: string;
  node?: string;
}

export interface DiagnosticsFacts {
  versions: RuntimeVersions;
  os: { platform: string; release: string; arch: string };
  activeSystem: string | undefined;
  recentErrors: readonly string[];
}

/** The About box's detail text: what a bug report needs first. */
export function aboutDetail(versions: RuntimeVersions): string {
  return [
    `Version ${versions.app}`,
    `Electron ${versions.electron ?? 'unknown'}`,
    `Chromium ${versions.chrome ?? 'unknown'}`,
    `Node ${versions.node ?? 'unknown'}`,
  ].join('\n');
}

/** Errors included in "Copy diagnostics" at most: the newest. */
export const DIAGNOSTIC_ERRORS = 20;

/**
 * What "Copy diagnostics" puts on the clipboard. The user pastes it into a bug report, so it is
 * redacted once more here even though log lines already are.
 */
export function diagnosticsText(facts: DiagnosticsFacts): string {
  const errors = facts.recentErrors.slice(-DIAGNOSTIC_ERRORS);
  return redact(
    [
      'Mix Explorer diagnostics',
      aboutDetail(facts.versions),
      `OS ${facts.os.platform} ${facts.os.release} (${facts.os.arch})`,
      `Active system: ${facts.activeSystem ?? 'none'}`,
      errors.length === 0 ? 'Recent errors: none' : `Recent errors (${errors.length}, oldest first):`,
      ...errors.map((line) => `  ${line}`),
    ].join('\n'),
  );
}
