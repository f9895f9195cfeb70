/**
 * One import in a fresh process, so its peak memory is its own, timed as a
 * researcher waits for it at a terminal: open the notebook, read the file (or
 * the folder's files) from disk, import, close. bench/import.ts bundles it
 * and runs it under plain Node, as the built CLI runs. Prints one JSON line:
 * { ms, sentences, files, peakRssMb }.
 *   import-worker themata|baseline NOTEBOOK PATH
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { Notebook } from '../db';

const [mode, notebookPath, source] = process.argv.slice(2);
if ((mode !== 'themata' && mode !== 'baseline') || !notebookPath || !source) {
  process.stderr.write('usage: import-worker themata|baseline NOTEBOOK PATH\n');
  process.exit(2);
}

let sentences = 0;
let files = 0;
let ms: number;

if (mode === 'themata') {
  // An existing, empty notebook: creating one is not part of an import.
  Notebook.open(notebookPath, { create: true, coder: 'bench' }).close();
  const started = performance.now();
  const notebook = Notebook.open(notebookPath, { coder: 'bench' });
  const report = await notebook.importFiles([source]);
  notebook.close();
  ms = performance.now() - started;
  if (report.refused > 0 || report.duplicates > 0) throw new Error(`the bench's files were not all imported: ${JSON.stringify(report.outcomes.find((o) => o.status !== 'imported'))}`);
  files = report.imported;
  for (const outcome of report.outcomes) if (outcome.status === 'imported') sentences += outcome.document.sentenceCount;
} else {
  // The floor to compare against: the platform's segmenter, paragraph by
  // paragraph, and bare inserts with the same durability, one transaction per file.
  const started = performance.now();
  const db = new Database(notebookPath);
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE IF NOT EXISTS sentences (id INTEGER PRIMARY KEY, document_id INTEGER, ordinal INTEGER, start_offset INTEGER, end_offset INTEGER, text TEXT)');
  const insert = db.prepare('INSERT INTO sentences (document_id, ordinal, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)');
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const paths = fs.statSync(source).isDirectory()
    ? fs.readdirSync(source).sort().map((name) => path.join(source, name))
    : [source];
  for (const file of paths) {
    const text = fs.readFileSync(file, 'utf8');
    files += 1;
    db.transaction(() => {
      let offset = 0;
      let ordinal = 0;
      for (const paragraph of text.split('\n')) {
        for (const piece of segmenter.segment(paragraph)) {
          const trimmed = piece.segment.trim();
          if (trimmed) insert.run(files, ++ordinal, offset + piece.index, offset + piece.index + piece.segment.length, trimmed);
        }
        offset += paragraph.length + 1;
      }
      sentences += ordinal;
    })();
  }
  db.close();
  ms = performance.now() - started;
}

console.log(JSON.stringify({ ms, sentences, files, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
