/** One line of a benchmark table: a figure, its baseline from the same run, and the target. */
export interface BenchRow {
  section: string;
  measure: string;
  value: string;
  baseline?: string;
  target?: string;
  /** true when the figure meets its target, false when it misses, undefined when there is none. */
  met?: boolean;
}

export function printTable(rows: BenchRow[]): string {
  const header = ['section', 'measure', 'Themata', 'baseline (same run)', 'target', ''];
  const body = rows.map((r) => [
    r.section,
    r.measure,
    r.value,
    r.baseline ?? '',
    r.target ?? '',
    r.met === undefined ? '' : r.met ? 'met' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...body.map(line)].join('\n');
}

/** Percentile (0-100) of a list of numbers, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
