/**
 * Importing text as a researcher waits for it: open the notebook, read the
 * file from disk, import, close, each run a fresh process under plain Node
 * (the worker is bundled as the CLI is), so its peak memory is its own. A
 * 1 MB, a 10 MB and a 20 MB file (the largest the import takes), and a folder
 * of 1,000 articles totalling 50 MB; the median and p99 of repeated runs,
 * each beside Intl.Segmenter with bare inserts in the same run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_IMPORT_BYTES } from '../db';
import { benchFolder } from './folder';
import { newsText } from './news-text';
import { type BenchRow, type Distribution, distribution, medianAndP99, ms } from './table';

const MB = 1024 * 1024;
const MEMORY_TARGET_MB = 300;
const CORPUS_FILES = 1000;
const CORPUS_BYTES = 50 * MB;
const CORPUS_TARGET_MS = 8000;

interface ImportRun {
  ms: number;
  sentences: number;
  files: number;
  peakRssMb: number;
}

interface Case {
  label: string;
  /** A file or a folder. */
  source: string;
  runs: number;
  /** A single file is judged by its peak memory, the folder by its time. */
  target: 'memory' | 'time';
}

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The worker as one file for plain Node, as the CLI is built, into dist/ so
 * that better-sqlite3 is found in the project's node_modules.
 */
async function bundleWorker(): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = path.join(here, '..', 'dist', 'bench', 'import-worker.mjs');
  const result = await build({
    entryPoints: [path.join(here, 'import-worker.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['better-sqlite3'],
    write: false,
    logLevel: 'warning',
    // Bundled CommonJS dependencies may call require().
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  });
  // Written whole and renamed into place, so a bench started meanwhile never runs half a file.
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  const temporary = `${outfile}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, result.outputFiles[0]!.contents);
  fs.renameSync(temporary, outfile);
  return outfile;
}

/** A news text of at most `bytes`, cut at a line's end so it stays within the import's limit. */
function writeNews(file: string, bytes: number, seed: number): void {
  const text = Buffer.from(newsText(bytes, seed));
  fs.writeFileSync(file, text.length <= bytes ? text : text.subarray(0, text.lastIndexOf(0x0a, bytes)));
}

/** 1,000 articles of 20 to 85 KB (as wire stories vary), 50 MB in all, each a different text. */
export function writeCorpus(folder: string): void {
  fs.mkdirSync(folder);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const weights = Array.from({ length: CORPUS_FILES }, () => 0.4 + 1.25 * random());
  const scale = CORPUS_BYTES / weights.reduce((a, b) => a + b, 0);
  weights.forEach((weight, i) => writeNews(path.join(folder, `article-${String(i + 1).padStart(4, '0')}.txt`), Math.round(weight * scale), 1000 + i));
}

function runOnce(worker: string, mode: 'themata' | 'baseline', source: string, folder: string): ImportRun {
  const notebook = path.join(folder, `${mode}.themata`);
  const remove = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(notebook + suffix, { force: true });
  };
  remove();
  try {
    const output = execFileSync(process.execPath, [worker, mode, notebook, source], { encoding: 'utf8' });
    return JSON.parse(output.trim().split('\n').pop()!) as ImportRun;
  } finally {
    remove();
  }
}

interface Measured {
  time: Distribution;
  peakMb: Distribution;
  sentences: number;
  files: number;
}

function measured(runs: ImportRun[]): Measured {
  return {
    time: distribution(runs.map((r) => r.ms)),
    peakMb: distribution(runs.map((r) => r.peakRssMb)),
    sentences: runs[0]!.sentences,
    files: runs[0]!.files,
  };
}

const describe = (m: Measured) => `${medianAndP99(m.time)}, peak ${m.peakMb.median.toFixed(0)} MB (max ${m.peakMb.p99.toFixed(0)} MB)`;

export async function benchImport(): Promise<BenchRow[]> {
  const folder = benchFolder();
  try {
    const worker = await bundleWorker();
    const cases: Case[] = [];
    for (const [label, bytes, runs] of [
      ['1 MB', MB, 9],
      ['10 MB', 10 * MB, 5],
      ['20 MB (the import\'s limit)', MAX_IMPORT_BYTES, 5],
    ] as const) {
      const file = path.join(folder, `news-${bytes}.txt`);
      writeNews(file, bytes, 1);
      cases.push({ label: `${label} news text`, source: file, runs, target: 'memory' });
    }
    const corpus = path.join(folder, 'corpus');
    writeCorpus(corpus);
    cases.push({ label: `folder of ${CORPUS_FILES.toLocaleString('en')} articles, 50 MB`, source: corpus, runs: 5, target: 'time' });

    const rows: BenchRow[] = [];
    for (const c of cases) {
      const themataRuns: ImportRun[] = [];
      const baselineRuns: ImportRun[] = [];
      // Interleaved, so both meet the same moments of a busy machine.
      for (let i = 0; i < c.runs; i += 1) {
        themataRuns.push(runOnce(worker, 'themata', c.source, folder));
        baselineRuns.push(runOnce(worker, 'baseline', c.source, folder));
      }
      const themata = measured(themataRuns);
      const baseline = measured(baselineRuns);
      rows.push({
        section: 'import',
        measure: `${c.label} (${themata.sentences.toLocaleString('en')} sentences): open, read, import, close`,
        value: describe(themata),
        baseline: `Intl.Segmenter + raw inserts: ${describe(baseline)}`,
        target: c.target === 'memory' ? `peak < ${MEMORY_TARGET_MB} MB` : `p99 < ${ms(CORPUS_TARGET_MS)}`,
        met: c.target === 'memory' ? themata.peakMb.p99 < MEMORY_TARGET_MB : themata.time.p99 < CORPUS_TARGET_MS,
        figures: {
          medianMs: themata.time.median,
          p99Ms: themata.time.p99,
          runs: themata.time.runs,
          peakRssMedianMb: themata.peakMb.median,
          peakRssMaxMb: themata.peakMb.p99,
          sentences: themata.sentences,
          files: themata.files,
          baselineMedianMs: baseline.time.median,
          baselineP99Ms: baseline.time.p99,
          baselinePeakRssMaxMb: baseline.peakMb.p99,
        },
      });
    }
    return rows;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
