import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from './migrations';
import { RunningCounts } from './running-counts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** Two connections to one notebook file: ours, which keeps counts, and another process's. */
function twoConnections() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-counts-'));
  folders.push(folder);
  const file = path.join(folder, 'study.themata');
  const ours = new Database(file);
  migrate(ours);
  ours.exec(`
    INSERT INTO documents (id, title, imported_at, original_text) VALUES (1, 'Article', 't', 'One. Two. Three.');
    INSERT INTO sentences (id, document_id, ordinal, paragraph, start_offset, end_offset, text)
      VALUES (1, 1, 1, 0, 0, 4, 'One.'), (2, 1, 2, 0, 5, 9, 'Two.'), (3, 1, 3, 0, 10, 16, 'Three.');
    INSERT INTO themes (id, name, colour, position, created_at) VALUES (1, 'Missile claims', '#000000', 1, 't');
    INSERT INTO tags (sentence_id, theme_id, coder, tagged_at) VALUES (1, 1, 'ana', 't');
  `);
  const theirs = new Database(file);
  return { ours, theirs, close: () => (ours.close(), theirs.close()) };
}

describe('RunningCounts', () => {
  it('counts a theme and a document once, then answers from memory', () => {
    const { ours, close } = twoConnections();
    try {
      const counts = new RunningCounts(ours);
      expect(counts.themeCount(1)).toBe(1);
      expect(counts.documentCount(1)).toEqual({ documentId: 1, taggedCount: 1, noteCount: 0 });
      // Written behind the counts' back on the same connection: not seen until the operation reports it.
      ours.exec("INSERT INTO tags (sentence_id, theme_id, coder, tagged_at) VALUES (2, 1, 'ana', 't')");
      expect(counts.themeCount(1)).toBe(1);
      counts.tagsChanged(1, [2], true);
      expect(counts.themeCount(1)).toBe(2);
      expect(counts.documentCount(1).taggedCount).toBe(2);
    } finally {
      close();
    }
  });

  it('counts again after another connection commits, so another process\'s tags are never missed', () => {
    const { ours, theirs, close } = twoConnections();
    try {
      const counts = new RunningCounts(ours);
      expect(counts.themeCount(1)).toBe(1);
      theirs.exec("INSERT INTO tags (sentence_id, theme_id, coder, tagged_at) VALUES (3, 1, 'ben', 't')");
      expect(counts.themeCount(1)).toBe(2);
      expect(counts.documentCount(1).taggedCount).toBe(2);
    } finally {
      close();
    }
  });

  it('leaves out tags in removed documents from theme counts, but not from the document\'s own', () => {
    const { ours, close } = twoConnections();
    try {
      ours.exec("UPDATE documents SET removed_at = 't' WHERE id = 1");
      const counts = new RunningCounts(ours);
      expect(counts.themeCount(1)).toBe(0);
      expect(counts.documentCount(1).taggedCount).toBe(1);
    } finally {
      close();
    }
  });
});
