/** `npm run bench`: prints the figures that the speed and memory targets are judged by. */
import { benchBackups } from './backups';
import { benchCli } from './cli';
import { benchImport } from './import';
import { benchNotebook } from './notebook';
import { benchOpening } from './opening';
import { benchSegmentation } from './segmentation';
import { printTable, type BenchRow } from './table';
import { benchWorkspace } from './workspace';

const sections: [string, () => BenchRow[] | Promise<BenchRow[]>][] = [
  ['segmentation', benchSegmentation],
  ['import', benchImport],
  ['cli', benchCli],
  ['notebook', benchNotebook],
  ['opening', benchOpening],
  ['backups', benchBackups],
  ['workspace', benchWorkspace],
];

const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const [name, bench] of sections) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`measuring ${name}...\n`);
  rows.push(...(await bench()));
}
console.log(`Themata benchmarks (Node ${process.version}, ${new Date().toISOString().slice(0, 10)})\n`);
console.log(printTable(rows));
