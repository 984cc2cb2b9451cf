import type { SignInStep } from './ipc-contract';

/** Where a step went: `host/path ?name&name`, with query parameter names only. */
export function stepTarget(step: SignInStep): string {
  const place = `${step.host ?? ''}${step.path ?? ''}`;
  const query = step.query && step.query.length > 0 ? ` ?${step.query.join('&')}` : '';
  return `${place}${query}`;
}

/** Seconds since the first step, `+1.234 s`. */
export function stepOffset(step: SignInStep, first: SignInStep | undefined): string {
  const seconds = first === undefined ? 0 : (step.at - first.at) / 1000;
  return `+${seconds.toFixed(3)} s`;
}

/** "What happened" as plain text, one step a line, for the clipboard and a bug report. */
export function timelineText(steps: readonly SignInStep[]): string {
  const first = steps[0];
  const header =
    first === undefined ? 'Sign-in: no steps' : `Sign-in started ${new Date(first.at).toISOString()}`;
  return [
    header,
    ...steps.map((step) =>
      [
        stepOffset(step, first),
        step.event,
        stepTarget(step),
        step.status === undefined ? '' : `HTTP ${step.status}`,
        step.outcome ?? '',
      ]
        .filter((part) => part !== '')
        .join('  '),
    ),
  ].join('\n');
}
