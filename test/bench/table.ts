import { goalText, type BenchReport } from './bench-result';

const HEADERS = ['benchmark', 'measured', 'spread', 'goal', 'result'] as const;

/** The results table, then how each was measured and why any row was not. */
export function printReport(report: BenchReport): void {
  const lines = report.rows.map((row) => [
    row.name,
    row.measured,
    row.spread,
    goalText(row.goal),
    row.reason ? `${row.outcome}: ${row.reason}` : row.outcome,
  ]);
  // The last column is left ragged: reasons can be long.
  const widths = HEADERS.slice(0, -1).map((header, column) =>
    Math.max(header.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column < widths.length ? cell.padEnd(widths[column] ?? 0) : cell))
      .join('  ');
  console.log('');
  console.log(format(HEADERS));
  lines.forEach((line) => console.log(format(line)));
  console.log('');
  console.log(
    '- ratios: median of per-round ratios (the two variants of a round run back to back, order alternating); ' +
      'ms in brackets: median of each variant; spread: quartiles of the per-round ratios.',
  );
  report.notes.forEach((note) => console.log(`- ${note}`));
}
