import { timelineText } from '../../common/sign-in-timeline-text';
import type { FinishedSignIn } from '../auth/sign-in-timeline';
import { layerOf } from './recent-failures';
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
  /** Log lines of recent failures (warnings and errors), every layer's newest ones, oldest first. */
  recentFailures: readonly string[];
  /** The last sign-in attempts with their timelines, oldest first. */
  signIns?: readonly FinishedSignIn[];
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

/** Failure lines included in "Copy diagnostics" at most: the newest. */
export const DIAGNOSTIC_FAILURES = 60;

/** The layer of a log line `<time> <LEVEL> [layer] …`. */
function lineLayer(line: string): string {
  return layerOf(line.replace(/^\S+\s+\S+\s+/, ''));
}

function failureSection(lines: readonly string[]): string[] {
  if (lines.length === 0) return ['Recent failures: none'];
  const byLayer = new Map<string, string[]>();
  for (const line of lines) {
    const layer = lineLayer(line);
    byLayer.set(layer, [...(byLayer.get(layer) ?? []), line]);
  }
  return [
    `Recent failures (${lines.length}, by layer, oldest first):`,
    ...[...byLayer.entries()].flatMap(([layer, kept]) => [
      `  ${layer} (${kept.length}):`,
      ...kept.map((line) => `    ${line}`),
    ]),
  ];
}

function signInSection(signIns: readonly FinishedSignIn[]): string[] {
  if (signIns.length === 0) return ['Recent sign-ins: none'];
  return [
    `Recent sign-ins (${signIns.length}, oldest first):`,
    ...signIns.flatMap((signIn) => [
      `  ${signIn.profileName}${signIn.silent ? ' (silent renewal)' : ''}: ${signIn.outcome}`,
      ...timelineText(signIn.steps)
        .split('\n')
        .map((line) => `    ${line}`),
    ]),
  ];
}

/**
 * What "Copy diagnostics" puts on the clipboard. The user pastes it into a bug report, so it is
 * redacted once more here even though log lines already are.
 */
export function diagnosticsText(facts: DiagnosticsFacts): string {
  return redact(
    [
      'Mix Explorer diagnostics',
      aboutDetail(facts.versions),
      `OS ${facts.os.platform} ${facts.os.release} (${facts.os.arch})`,
      `Active system: ${facts.activeSystem ?? 'none'}`,
      ...failureSection(facts.recentFailures.slice(-DIAGNOSTIC_FAILURES)),
      ...signInSection(facts.signIns ?? []),
    ].join('\n'),
  );
}
