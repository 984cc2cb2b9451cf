import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCountdown,
  formatDateTime,
  formatDuration,
  formatMixDuration,
  formatNumber,
  formatRelative,
  formatTimeOfDay,
  humanize,
  plural,
} from '../../../renderer/format';

const group = (n: number) => new Intl.NumberFormat().format(n);

describe('dates', () => {
  it('shows every date one way, local time, minutes', () => {
    const at = new Date(2024, 5, 12, 9, 5, 30).getTime();
    expect(formatDateTime(at)).toBe('2024-06-12 09:05');
    expect(formatDateTime(new Date(at).toISOString())).toBe('2024-06-12 09:05');
    expect(formatTimeOfDay(at)).toBe('09:05');
    expect(formatTimeOfDay(at, { seconds: true })).toBe('09:05:30');
  });

  it('shows text that is not a date as given, and nothing as a dash', () => {
    expect(formatDateTime('yesterday-ish')).toBe('yesterday-ish');
    expect(formatDateTime(undefined)).toBe('—');
    expect(formatDateTime('')).toBe('—');
    expect(formatDateTime({})).toBe('—');
  });

  it('says how long ago in words for the tooltip', () => {
    const now = Date.UTC(2024, 5, 12, 12, 0, 0);
    expect(formatRelative(now - 3 * 86_400_000, now)).toBe(
      new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(-3, 'day'),
    );
    expect(formatRelative(now + 5 * 60_000, now)).toBe(
      new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(5, 'minute'),
    );
    expect(formatRelative('not a date', now)).toBeUndefined();
  });
});

describe('numbers and sizes', () => {
  it('groups digits, including int64 counts Mix sends as text', () => {
    expect(formatNumber(20000)).toBe(group(20000));
    expect(formatNumber('20000')).toBe(group(20000));
    expect(formatNumber('12abc')).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(plural(1, 'project')).toBe('1 project');
    expect(plural(20000, 'project')).toBe(`${group(20000)} projects`);
  });

  it('sizes in B, KB, MB, GB', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toMatch(/^1.5 KB$/);
    expect(formatBytes(5 * 1024 * 1024)).toMatch(/^5.0 MB$/);
    expect(formatBytes(3 * 1024 ** 3)).toMatch(/^3.0 GB$/);
    expect(formatBytes(-1)).toBe('—');
  });
});

describe('durations', () => {
  it('in words at every scale', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(2_500)).toMatch(/^2.5 s$/);
    expect(formatDuration(52_000)).toBe('52 s');
    expect(formatDuration(250_000)).toBe('4 min 10 s');
    expect(formatDuration(7_500_000)).toBe('2 h 5 min');
  });

  it("reads Mix's protobuf durations", () => {
    expect(formatMixDuration('52s')).toBe('52 s');
    expect(formatMixDuration('0.350s')).toBe('350 ms');
    expect(formatMixDuration('3600s')).toBe('1 h');
    expect(formatMixDuration('soon')).toBe('soon');
    expect(formatMixDuration(undefined)).toBe('—');
  });

  it('counts down as a clock that reaches 0:00 only when time is up', () => {
    expect(formatCountdown(825_000)).toBe('13:45');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});

describe('humanize', () => {
  it('turns Mix codes and field names into words', () => {
    expect(humanize('BST_COMPLETED', ['BST_'])).toBe('Completed');
    expect(humanize('PENDING_REQUEST')).toBe('Pending request');
    expect(humanize('DTMF')).toBe('DTMF');
    expect(humanize('buildLabel')).toBe('Build label');
    expect(humanize('projectId')).toBe('Project ID');
    expect(humanize('')).toBe('');
  });
});
