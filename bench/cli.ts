/**
 * What a researcher waits for at a terminal: `themata stats` on the sample
 * study, as a whole process (Node's start-up, loading the built CLI, opening
 * and checking the notebook), against an empty `node -e 0`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchRow, percentile } from './table';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 15;

function timedRuns(args: string[], env: NodeJS.ProcessEnv): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    execFileSync(process.execPath, args, { env, stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  return times;
}

export function benchCli(): BenchRow[] {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-bench-cli-'));
  try {
    const env = { ...process.env, THEMATA_HOME: home };
    const bin = path.join(ROOT, 'bin', 'themata.mjs');
    // The first run builds the CLI if a source changed and creates the sample study: not what is measured.
    execFileSync(process.execPath, [bin, 'stats'], { env, stdio: 'ignore' });
    const bare = percentile(timedRuns(['-e', '0'], env), 50);
    const stats = percentile(timedRuns([bin, 'stats'], env), 50);
    return [
      {
        section: 'cli',
        measure: `themata stats on the sample study, median of ${RUNS} processes`,
        value: `${stats.toFixed(0)} ms (${(stats / bare).toFixed(1)}x)`,
        baseline: `node -e 0: ${bare.toFixed(0)} ms`,
        target: 'within 3x node -e 0',
        met: stats <= 3 * bare,
      },
    ];
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}
