/**
 * Measures one import in a fresh process, so peak memory belongs to that
 * import alone. Prints one JSON line: { ms, sentences, peakRssMb }.
 *   tsx bench/import-worker.ts themata|baseline BYTES
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Notebook } from '../db';
import { newsText } from './news-text';

const [mode, bytesArg] = process.argv.slice(2);
const text = newsText(Number(bytesArg));
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-bench-'));
const file = path.join(folder, 'bench.themata');
let sentences = 0;
let ms: number;

if (mode === 'themata') {
  const notebook = Notebook.open(file, { create: true, coder: 'bench' });
  const started = performance.now();
  sentences = notebook.importDocument({ title: 'Bench', text, sourceName: null }).sentenceCount;
  ms = performance.now() - started;
  notebook.close();
} else {
  // The floor to compare against: the platform's segmenter, paragraph by
  // paragraph, and bare inserts with the same durability settings.
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE sentences (id INTEGER PRIMARY KEY, document_id INTEGER, ordinal INTEGER, start_offset INTEGER, end_offset INTEGER, text TEXT)');
  const started = performance.now();
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const insert = db.prepare('INSERT INTO sentences (document_id, ordinal, start_offset, end_offset, text) VALUES (1, ?, ?, ?, ?)');
  db.transaction(() => {
    let offset = 0;
    for (const paragraph of text.split('\n')) {
      for (const piece of segmenter.segment(paragraph)) {
        const trimmed = piece.segment.trim();
        if (trimmed) insert.run(++sentences, offset + piece.index, offset + piece.index + piece.segment.length, trimmed);
      }
      offset += paragraph.length + 1;
    }
  })();
  ms = performance.now() - started;
  db.close();
}

fs.rmSync(folder, { recursive: true, force: true });
console.log(JSON.stringify({ ms, sentences, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
