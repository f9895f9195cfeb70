/** One line of a benchmark table: a figure, its baseline from the same run, and the target. */
export interface BenchRow {
  section: string;
  measure: string;
  value: string;
  baseline?: string;
  target?: string;
  /** true when the figure meets its target, false when it misses, undefined when there is none. */
  met?: boolean;
  /** The same figures as numbers, keyed by name with their unit (e.g. `p99Ms`), for `--json`. */
  figures?: Record<string, number>;
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

/** What a figure is reported as: never the best run, always the median and the tail. */
export interface Distribution {
  median: number;
  p99: number;
  runs: number;
}

export function distribution(samples: number[]): Distribution {
  return { median: percentile(samples, 50), p99: percentile(samples, 99), runs: samples.length };
}

/** Milliseconds as a reader wants them: three decimals below 1 ms, one below 100 ms, none above. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 1) return `${value.toFixed(3)} ms`;
  if (value < 100) return `${value.toFixed(1)} ms`;
  return `${value.toFixed(0)} ms`;
}

/** "1.2 ms / 3.4 ms (n=100)": median and p99 of a distribution. */
export function medianAndP99(d: Distribution): string {
  return `${ms(d.median)} / ${ms(d.p99)} (n=${d.runs})`;
}

/** Times `action` `runs` times after `warmUp` untimed calls; the samples, in ms. */
export function sample(runs: number, action: () => unknown, warmUp = 1): number[] {
  for (let i = 0; i < warmUp; i += 1) action();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    action();
    samples.push(performance.now() - started);
  }
  return samples;
}
