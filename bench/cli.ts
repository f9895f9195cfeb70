/**
 * What a researcher waits for at a terminal: `themata stats` on the sample
 * study, as a whole process (Node's start-up, loading the built CLI, opening
 * and checking the notebook), against an empty `node -e 0`; and tagging a
 * sentence of a 20 MB document against one of a 10 KB document in the same notebook.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Notebook } from '../db';
import { newsText } from './news-text';
import { type BenchRow, distribution, medianAndP99, percentile } from './table';

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
      ...benchTagByDocumentSize(bin, env, home),
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

/** `themata tag` then `untag` on one sentence of each document, in turn, each a whole process. */
function benchTagByDocumentSize(bin: string, env: NodeJS.ProcessEnv, folder: string): BenchRow[] {
  const file = path.join(folder, 'sizes.themata');
  const notebook = Notebook.open(file, { create: true, coder: 'bench' });
  notebook.addTheme({ name: 'Missile claims' });
  const small = notebook.importDocument({ title: 'Short article', text: newsText(10_000, 11), sourceName: null });
  const large = notebook.importDocument({ title: 'Archive', text: newsText(20_000_000, 12), sourceName: null });
  notebook.close();
  const times = new Map<number, number[]>([[small.id, []], [large.id, []]]);
  for (let i = 0; i < RUNS; i += 1) {
    for (const document of [small, large]) {
      const reference = `${document.id}:${Math.ceil(document.sentenceCount / 2)}`;
      for (const command of ['tag', 'untag']) {
        const started = performance.now();
        execFileSync(process.execPath, [bin, command, reference, 'Missile claims', '--notebook', file], { env, stdio: 'ignore' });
        times.get(document.id)!.push(performance.now() - started);
      }
    }
  }
  const smallRun = distribution(times.get(small.id)!);
  const largeRun = distribution(times.get(large.id)!);
  const ratio = largeRun.median / smallRun.median;
  return [
    {
      section: 'cli',
      measure: `themata tag/untag DOC:N in a 20 MB document (${large.sentenceCount.toLocaleString('en')} sentences), per process`,
      value: `${medianAndP99(largeRun)}, ${ratio.toFixed(2)}x`,
      baseline: `same command, 10 KB document in the same notebook: ${medianAndP99(smallRun)}`,
      target: 'within 1.2x',
      met: ratio <= 1.2,
      figures: { medianMs: largeRun.median, p99Ms: largeRun.p99, baselineMedianMs: smallRun.median, ratio },
    },
  ];
}
