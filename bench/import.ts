/** Import of news-like text, each run in its own process so peak memory is its own. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './table';

interface ImportRun {
  ms: number;
  sentences: number;
  peakRssMb: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const tsx = path.join(here, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');

function run(mode: 'themata' | 'baseline', bytes: number): ImportRun {
  const output = execFileSync(process.execPath, [tsx, path.join(here, 'import-worker.ts'), mode, String(bytes)], { encoding: 'utf8' });
  return JSON.parse(output.trim().split('\n').pop()!) as ImportRun;
}

function best(mode: 'themata' | 'baseline', bytes: number, runs: number): ImportRun {
  const results = Array.from({ length: runs }, () => run(mode, bytes));
  return results.reduce((a, b) => (b.ms < a.ms ? b : a));
}

function describe(r: ImportRun): string {
  return `${r.ms.toFixed(0)} ms, ${Math.round(r.sentences / (r.ms / 1000)).toLocaleString('en')} sentences/s, peak ${r.peakRssMb.toFixed(0)} MB`;
}

export function benchImport(): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const [label, bytes, targetMs, runs] of [['1 MB', 1_000_000, 150, 3], ['10 MB', 10_000_000, 1500, 2]] as const) {
    const themata = best('themata', bytes, runs);
    const baseline = best('baseline', bytes, runs);
    const memoryOk = bytes < 10_000_000 || themata.peakRssMb < 300;
    rows.push({
      section: 'import',
      measure: `${label} news text (${themata.sentences.toLocaleString('en')} sentences)`,
      value: describe(themata),
      baseline: `Intl.Segmenter + raw inserts: ${describe(baseline)}`,
      target: bytes < 10_000_000 ? `< ${targetMs} ms` : `< ${targetMs} ms, peak < 300 MB`,
      met: themata.ms < targetMs && memoryOk,
    });
  }
  return rows;
}
