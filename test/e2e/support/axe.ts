import axe from 'axe-core';
import type { Page } from '@playwright/test';

// axe-core run inside the page, by hand (no @axe-core/playwright): its source is evaluated through the
// DevTools protocol, which the renderer's strict CSP (script-src 'self', rightly) does not block the way it
// blocks an injected <script>; then `axe.run` checks the whole document against the WCAG 2.1 A/AA rules.

/** The WCAG 2.0 and 2.1 levels A and AA: what issue 10 asks the app to pass. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** Runs axe-core on the page as it is now and returns its WCAG 2.1 A/AA violations, each node named. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const results = await runner.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        summary: node.failureSummary ?? '',
      })),
    }));
  }, WCAG_21_AA);
}

/** One readable line per violated node, for an assertion message that says what to fix. */
export function describeViolations(screen: string, violations: AxeViolation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${screen}: ${violation.id} (${violation.impact ?? 'n/a'}) at ${node.target}: ${node.summary.replace(/\s+/g, ' ')}`,
    ),
  );
}
