/**
 * `npm run bench [-- SECTION... --json]`: prints the figures that the speed and
 * memory targets are judged by; with --json, writes the same rows for scripts.
 */
import { benchAgreement } from './agreement';
import { benchAppImport } from './app-import';
import { benchBackups } from './backups';
import { benchCli } from './cli';
import { benchCorpus } from './corpus';
import { benchExchange } from './exchange';
import { measureDurableCommit } from './durable-commit';
import { benchMerge } from './merge';
import { benchFolder, benchRoot } from './folder';
import { benchImport } from './import';
import { describeMachine, machineHeader } from './machine';
import { benchNotebook } from './notebook';
import { benchOpening } from './opening';
import { benchReads } from './reads';
import { benchSegmentation } from './segmentation';
import { type BenchRow, type Distribution, medianAndP99, printTable } from './table';
import { benchWorkspace } from './workspace';
import fs from 'node:fs';

/** Context every section may use: the same run's durable floor. */
export interface BenchContext {
  durableCommit: Distribution;
}

const sections: [string, (context: BenchContext) => BenchRow[] | Promise<BenchRow[]>][] = [
  ['segmentation', benchSegmentation],
  ['import', benchImport],
  ['app-import', benchAppImport],
  ['cli', benchCli],
  ['notebook', benchNotebook],
  ['opening', benchOpening],
  ['backups', benchBackups],
  ['reads', benchReads],
  ['corpus', benchCorpus],
  ['exchange', benchExchange],
  ['merge', benchMerge],
  ['agreement', benchAgreement],
  ['workspace', benchWorkspace],
];

const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));
const unknown = only.filter((name) => !sections.some(([s]) => s === name));
if (unknown.length) {
  process.stderr.write(`No bench section ${unknown.join(', ')}; the sections are ${sections.map(([s]) => s).join(', ')}.\n`);
  process.exit(2);
}

const machine = describeMachine(benchRoot());
const folder = benchFolder();
const durableCommit = measureDurableCommit(folder);
fs.rmSync(folder, { recursive: true, force: true });
const rows: BenchRow[] = [
  {
    section: 'disk',
    measure: 'bare durable one-row commit median / p99 (the floor)',
    value: medianAndP99(durableCommit),
    figures: { medianMs: durableCommit.median, p99Ms: durableCommit.p99 },
  },
];
for (const [name, bench] of sections) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`measuring ${name}...\n`);
  rows.push(...(await bench({ durableCommit })));
}
if (json) {
  console.log(JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2));
} else {
  console.log(`Themata benchmarks, ${new Date().toISOString().slice(0, 10)}`);
  console.log(machineHeader(machine));
  console.log('Figures are the median and p99 over repeated runs; durable figures also as a ratio to the bare commit.\n');
  console.log(printTable(rows));
}
