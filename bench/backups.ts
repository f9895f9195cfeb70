/**
 * What a backup costs at 50 MB: the whole of it (the online backup API in
 * steps, putting the copy at rest, quick_check on a worker thread, the
 * read-only open and counts), the longest the event loop waits meanwhile
 * (the app's window), and a restore with its before-restore backup.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Notebook } from '../db';
import { buildLargeNotebook } from './large-notebook';
import { type BenchRow, percentile } from './table';

const TARGET_BYTES = 50 * 1024 * 1024;
const RUNS = 5;

function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

/** Runs `action` while a 1 ms timer notes the longest gap between its ticks: how long the event loop was held. */
async function withStallWatch<T>(action: () => Promise<T>): Promise<{ result: T; elapsed: number; longestStall: number }> {
  let last = performance.now();
  let longestStall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestStall = Math.max(longestStall, now - last);
    last = now;
  }, 1);
  const started = performance.now();
  try {
    const result = await action();
    const elapsed = performance.now() - started;
    longestStall = Math.max(longestStall, performance.now() - last);
    return { result, elapsed, longestStall };
  } finally {
    clearInterval(timer);
  }
}

export async function benchBackups(): Promise<BenchRow[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-bench-backup-'));
  const file = path.join(folder, 'large.themata');
  const options = { coder: 'bench', backupRoot: path.join(folder, 'Backups') };
  try {
    const documents = buildLargeNotebook(file, TARGET_BYTES, options);
    const size = fs.statSync(file).size;

    let notebook = Notebook.open(file, options);
    const elapsed: number[] = [];
    const stalls: number[] = [];
    let backupPath = '';
    for (let i = 0; i < RUNS; i += 1) {
      const run = await withStallWatch(() => notebook.backup('hourly'));
      elapsed.push(run.elapsed);
      stalls.push(run.longestStall);
      backupPath = run.result.path;
    }
    const restore = await withStallWatch(() => notebook.restoreFrom(backupPath));
    notebook = Notebook.open(file, options);
    notebook.close();

    return [
      { section: 'backups', measure: 'notebook size', value: `${(size / 1024 / 1024).toFixed(1)} MB, ${documents} documents` },
      {
        section: 'backups',
        measure: `backup, checked and kept, p50 / max of ${RUNS}`,
        value: `${ms(percentile(elapsed, 50))} / ${ms(Math.max(...elapsed))}`,
      },
      {
        section: 'backups',
        measure: 'longest wait of the event loop during a backup, p50 / max',
        value: `${ms(percentile(stalls, 50))} / ${ms(Math.max(...stalls))}`,
        target: '< 150 ms',
        met: Math.max(...stalls) < 150,
      },
      { section: 'backups', measure: 'restore (with its before-restore backup)', value: ms(restore.elapsed), baseline: `longest event-loop wait ${ms(restore.longestStall)}` },
    ];
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
