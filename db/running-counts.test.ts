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

  it('moves a parent\'s roll-up with each sub-theme key press, counting a sentence with two sub-themes once', () => {
    const { ours, close } = twoConnections();
    try {
      ours.exec(`
        INSERT INTO themes (id, name, colour, position, created_at, parent_id) VALUES (2, 'Strikes', '#000000', 2, 't', 1), (3, 'Denials', '#000000', 3, 't', 1);
        INSERT INTO tags (sentence_id, theme_id, coder, tagged_at) VALUES (1, 2, 'ana', 't');
      `);
      const counts = new RunningCounts(ours);
      expect(counts.rollupCount(1, [1, 2, 3])).toBe(1);
      ours.exec("INSERT INTO tags (sentence_id, theme_id, coder, tagged_at) VALUES (1, 3, 'ana', 't'), (2, 3, 'ana', 't')");
      counts.tagsChanged(3, [1, 2], true);
      expect(counts.rollupCount(1, [1, 2, 3])).toBe(2);
      ours.exec('DELETE FROM tags WHERE sentence_id = 1 AND theme_id = 2');
      counts.tagsChanged(2, [1], false);
      expect(counts.rollupCount(1, [1, 2, 3])).toBe(2);
      ours.exec('DELETE FROM tags WHERE theme_id = 3');
      counts.tagsChanged(3, [1, 2], false);
      // Sentence 1 still carries the parent itself.
      expect(counts.rollupCount(1, [1, 2, 3])).toBe(1);
    } finally {
      close();
    }
  });

  it('keeps a roll-up from memory across key presses instead of counting the subtree again', () => {
    const { ours, close } = twoConnections();
    try {
      ours.exec("INSERT INTO themes (id, name, colour, position, created_at, parent_id) VALUES (2, 'Strikes', '#000000', 2, 't', 1)");
      const counts = new RunningCounts(ours);
      expect(counts.rollupCount(1, [1, 2])).toBe(1);
      // Written on our connection and never reported: a count made afresh would include it.
      ours.exec("INSERT INTO tags (sentence_id, theme_id, coder, tagged_at) VALUES (3, 2, 'ana', 't')");
      ours.exec("INSERT INTO tags (sentence_id, theme_id, coder, tagged_at) VALUES (2, 2, 'ana', 't')");
      counts.tagsChanged(2, [2], true);
      expect(counts.rollupCount(1, [1, 2])).toBe(2);
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
