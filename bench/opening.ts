/**
 * What opening a notebook costs at 50 MB: the safety checks every open runs
 * (schema comparison; SQLite's quick check before the first write) against
 * opening for reading, which runs only the schema comparison.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Notebook } from '../db';
import { quickCheckInBackground } from '../db/integrity-check';
import { expectedSchema, readSchema, schemaDifference } from '../db/schema-check';
import { buildLargeNotebook } from './large-notebook';
import { type BenchRow, percentile } from './table';

const TARGET_BYTES = 50 * 1024 * 1024;
const RUNS = 15;

function ms(value: number): string {
  return value < 10 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`;
}

function timed(runs: number, action: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    action();
    times.push(performance.now() - started);
  }
  return times;
}

export async function benchOpening(): Promise<BenchRow[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-bench-open-'));
  const file = path.join(folder, 'large.themata');
  try {
    const documents = buildLargeNotebook(file, TARGET_BYTES);
    const size = fs.statSync(file).size;

    const writeOpen = timed(RUNS, () => Notebook.open(file, { coder: 'bench' }).close());
    const readOpen = timed(RUNS, () => Notebook.open(file, { coder: 'bench', access: 'read' }).close());
    // The desktop app: the check on a worker thread, then the open on the main thread.
    const appWall: number[] = [];
    const appMain: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      const verdict = await quickCheckInBackground(file);
      const checked = performance.now();
      Notebook.open(file, { coder: 'bench', access: 'prefer-write', integrityChecked: verdict === 'ok' }).close();
      appMain.push(performance.now() - checked);
      appWall.push(performance.now() - started);
    }
    const raw = new Database(file, { readonly: true });
    const quickCheck = timed(RUNS, () => raw.pragma('quick_check(1)'));
    const schema = timed(RUNS, () => schemaDifference(readSchema(raw), expectedSchema(1)));
    raw.close();

    const quickP99 = percentile(quickCheck, 99);
    return [
      { section: 'open', measure: 'notebook size', value: `${(size / 1024 / 1024).toFixed(1)} MB, ${documents} documents` },
      { section: 'open', measure: 'schema comparison p50 / p99', value: `${ms(percentile(schema, 50))} / ${ms(percentile(schema, 99))}` },
      {
        section: 'open',
        measure: 'PRAGMA quick_check p50 / p99 (CLI: in line before a write)',
        value: `${ms(percentile(quickCheck, 50))} / ${ms(quickP99)}`,
        target: '< 150 ms, or off the main thread',
        met: quickP99 < 150 || percentile(appMain, 99) < 150,
      },
      {
        section: 'open',
        measure: 'app open: main thread busy p50 / p99 (check on a worker)',
        value: `${ms(percentile(appMain, 50))} / ${ms(percentile(appMain, 99))}`,
        baseline: `wall time with the worker's check: ${ms(percentile(appWall, 50))}`,
        target: '< 150 ms',
        met: percentile(appMain, 99) < 150,
      },
      {
        section: 'open',
        measure: `open for writing (checks, lock, WAL) + close, p50 / p99 of ${RUNS}`,
        value: `${ms(percentile(writeOpen, 50))} / ${ms(percentile(writeOpen, 99))}`,
        baseline: `open for reading + close: ${ms(percentile(readOpen, 50))} / ${ms(percentile(readOpen, 99))}`,
      },
    ];
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
