/** What the reliability tests check on a notebook file: its exact bytes, leftovers beside it, and its rows. */
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { Notebook, seedSampleStudy } from '../../notebook';

export const SIDECARS = ['-wal', '-shm', '-journal'] as const;

export interface FileState {
  bytes: Buffer;
  /** -wal, -shm or -journal files next to the notebook. */
  sidecars: string[];
}

export function fileState(file: string): FileState {
  return { bytes: fs.readFileSync(file), sidecars: sidecarsOf(file) };
}

export function sidecarsOf(file: string): string[] {
  return SIDECARS.map((suffix) => `${file}${suffix}`).filter((candidate) => fs.existsSync(candidate)).map((f) => path.basename(f));
}

/** True when the file holds the same bytes as before and nothing was left beside it. */
export function unchanged(file: string, before: FileState): boolean {
  const now = fileState(file);
  return now.bytes.equals(before.bytes) && now.sidecars.length === 0;
}

/**
 * Runs SQL on a notebook behind Themata's back, as another program (or an
 * attacker) would, and leaves it in rollback-journal mode as such a program would.
 */
export function plant(file: string, sql: string): void {
  const db = new Database(file);
  try {
    db.exec(sql);
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Reads a notebook with plain SQLite, outside Themata. */
export function inspect<T>(file: string, read: (db: SqliteDatabase) => T): T {
  const db = new Database(file, { fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export function integrity(db: SqliteDatabase): string {
  return (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('; ');
}

/** A deterministic article of `count` sentences, ten to a paragraph. */
export function generatedArticle(count: number): string {
  const cities = ['Ankara', 'Moscow', 'Tehran', 'Damascus', 'Baku', 'Geneva', 'Vienna'];
  const topics = ['gas supplies', 'the ceasefire', 'air corridors', 'trade routes', 'the nuclear plant', 'civilian casualties'];
  const sentences: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    sentences.push(
      `Report ${i} says the delegation from ${cities[i % cities.length]} met officials about ${topics[i % topics.length]} on day ${(i % 28) + 1} and agreed to meet again.`,
    );
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 10) paragraphs.push(sentences.slice(i, i + 10).join(' '));
  return paragraphs.join('\n\n') + '\n';
}

export interface StudyShape {
  /** Sentences in the second document, after the sample article. */
  sentences: number;
  tags: number;
  notes: number;
}

/**
 * A notebook as Themata writes it: the sample study, then a generated
 * document (id 2) with tags and notes spread over it. Closed on return.
 */
export function createStudy(file: string, shape: StudyShape): void {
  const notebook = Notebook.open(file, { create: true, coder: 'reliability' });
  try {
    seedSampleStudy(notebook);
    const document = notebook.importDocument({ title: 'Generated report', text: generatedArticle(shape.sentences), sourceName: 'report.txt' });
    const themes = notebook.listThemes();
    for (let i = 0; i < shape.tags; i += 1) {
      const number = (i % document.sentenceCount) + 1;
      notebook.tag([notebook.sentenceId(document.id, number)], themes[Math.floor(i / document.sentenceCount) % themes.length]!.id);
    }
    for (let i = 0; i < shape.notes; i += 1) {
      notebook.setNote(notebook.sentenceId(document.id, (i % document.sentenceCount) + 1), `Note ${i}: ${'a careful reading of the claim. '.repeat(4)}`);
    }
  } finally {
    notebook.close();
  }
}
