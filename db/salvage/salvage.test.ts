import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDefaultNotebook, Notebook } from '../notebook';
import { caught } from '../test-support/caught';
import { steppingClock, useTemporaryFolder } from '../test-support/temporary-notebook';
import { salvageNotebook } from './index';

describe('salvaging a refused notebook', () => {
  const folder = useTemporaryFolder();

  /** The sample study with two tags, a note and a nested theme: what a colleague would send. */
  function codedNotebook(dir: string): string {
    const file = path.join(dir, 'Received.themata');
    const notebook = ensureDefaultNotebook(file, { coder: 'ben', now: steppingClock() });
    const [missiles, casualties] = notebook.listThemes();
    notebook.tag([notebook.sentenceId(1, 1), notebook.sentenceId(1, 2)], missiles!.id);
    notebook.tag([notebook.sentenceId(1, 2)], casualties!.id);
    notebook.setNote(notebook.sentenceId(1, 2), 'Both claims in one sentence.');
    notebook.updateTheme(casualties!.id, { parentId: missiles!.id });
    notebook.close();
    return file;
  }

  function plant(file: string, sql: string): void {
    const raw = new Database(file);
    raw.pragma('foreign_keys = OFF');
    raw.exec(sql);
    raw.pragma('journal_mode = DELETE');
    raw.close();
  }

  function rows(file: string) {
    const db = new Database(file, { readonly: true });
    try {
      return {
        documents: db.prepare('SELECT id, title, original_text FROM documents ORDER BY id').all(),
        sentences: db.prepare('SELECT * FROM sentences ORDER BY id').all(),
        themes: db.prepare('SELECT * FROM themes ORDER BY id').all(),
        tags: db.prepare('SELECT * FROM tags ORDER BY sentence_id, theme_id').all(),
        notes: db.prepare('SELECT * FROM notes ORDER BY sentence_id').all(),
        history: db.prepare('SELECT id, kind, label, ops FROM history ORDER BY id').all(),
      };
    } finally {
      db.close();
    }
  }

  it('copies every row Themata understands, never runs the planted trigger, and leaves the source as it was', () => {
    const dir = folder();
    const source = codedNotebook(dir);
    plant(source, 'CREATE TRIGGER t AFTER INSERT ON tags BEGIN DELETE FROM notes; END;');
    const before = fs.readFileSync(source);
    const original = rows(source);

    const target = path.join(dir, 'Salvaged.themata');
    const report = salvageNotebook(source, target, { coder: 'ana', now: steppingClock() });

    expect(fs.readFileSync(source).equals(before)).toBe(true);
    expect(report.copied).toEqual({ documents: 1, sentences: 13, themes: 4, tags: 3, notes: 1, details: 0, memos: 0, historyEntries: original.history.length });
    expect(report.leftOut).toEqual(['trigger "t", which Themata does not create (not run, not copied)']);
    const salvaged = rows(target);
    expect(salvaged.documents).toEqual(original.documents);
    expect(salvaged.sentences).toEqual(original.sentences);
    expect(salvaged.themes).toEqual(original.themes);
    expect(salvaged.tags).toEqual(original.tags);
    expect(salvaged.notes).toEqual(original.notes);
    expect(salvaged.history.slice(0, -1)).toEqual(original.history);

    // The result is an ordinary notebook: it opens, searches, and tagging keeps the note.
    const notebook = Notebook.open(target, { coder: 'ana' });
    try {
      expect(notebook.search('claims').length).toBeGreaterThan(0);
      expect(notebook.historyState().canUndo).toBe(false);
      notebook.tag([notebook.sentenceId(1, 3)], notebook.listThemes()[0]!.id);
    } finally {
      notebook.close();
    }
    expect(rows(target).notes).toHaveLength(1);
  });

  it('carries document details, attributes and memos into the salvaged notebook, and leaves out a forged date', () => {
    const dir = folder();
    const source = codedNotebook(dir);
    const notebook = Notebook.open(source, { coder: 'ben' });
    const [missiles] = notebook.listThemes();
    notebook.setDocumentDetails(1, { outlet: 'Reuters', author: 'J. Doe', publishedOn: '2017-04-07', url: 'https://example.org/a', language: 'en', attributes: { country: 'Syria', stance: 'neutral' } });
    notebook.setMemo({ kind: 'notebook' }, 'Study of strike coverage.');
    notebook.setMemo({ kind: 'document', documentId: 1 }, 'A wire report.');
    notebook.setMemo({ kind: 'theme', themeId: missiles!.id }, 'Claims of numbers.');
    notebook.close();
    plant(source, "CREATE VIEW v AS SELECT 1; INSERT INTO document_attributes VALUES (1, 'bad=key', 'x');");
    const target = path.join(dir, 'Salvaged.themata');
    const report = salvageNotebook(source, target, { coder: 'ana' });
    expect(report.copied.details).toBe(3);
    expect(report.copied.memos).toBe(3);
    expect(report.leftOut).toContain('1 document attributes that are malformed or on a document that could not be copied');
    const salvaged = Notebook.open(target, { coder: 'ana' });
    try {
      expect(salvaged.documentDetails(1)).toEqual({
        title: expect.any(String),
        outlet: 'Reuters', author: 'J. Doe', publishedOn: '2017-04-07', url: 'https://example.org/a', language: 'en',
        attributes: [{ key: 'country', value: 'Syria' }, { key: 'stance', value: 'neutral' }],
      });
      expect(salvaged.listMemos().map((m) => [m.subject.kind, m.body])).toEqual([
        ['notebook', 'Study of strike coverage.'], ['document', 'A wire report.'], ['theme', 'Claims of numbers.'],
      ]);
      expect(salvaged.searchMemos('wire').map((hit) => hit.label)).toEqual([`Memo on ${salvaged.documentDetails(1).title}`]);
    } finally {
      salvaged.close();
    }
  });

  it('copies what can be read from a damaged notebook and says what could not be', () => {
    const dir = folder();
    const source = codedNotebook(dir);
    // Many notes, so the notes table spans pages of its own beyond the first ones.
    const raw = new Database(source);
    const note = raw.prepare("INSERT OR REPLACE INTO notes (sentence_id, coder, body, created_at, updated_at) VALUES (?, 'ana', ?, ?, ?)");
    for (let id = 1; id <= 13; id += 1) note.run(id, `note ${id} `.repeat(600), 't', 't');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const pageSize = 4096;
    const rootPage = (() => {
      const db = new Database(source, { readonly: true });
      const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'notes'").get() as { rootpage: number };
      db.close();
      return rootpage;
    })();
    const bytes = fs.readFileSync(source);
    bytes.fill(0xff, (rootPage - 1) * pageSize, (rootPage - 1) * pageSize + 16);
    fs.writeFileSync(source, bytes);

    const target = path.join(dir, 'Salvaged.themata');
    const report = salvageNotebook(source, target, { coder: 'ana' });
    expect(report.copied.documents).toBe(1);
    expect(report.copied.sentences).toBe(13);
    expect(report.copied.tags).toBe(3);
    expect(report.leftOut.some((line) => /notes table .*unreadable/.test(line))).toBe(true);
    expect(fs.readFileSync(source).equals(bytes)).toBe(true);
    const check = new Database(target, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });

  it('leaves out rows that do not fit and counts them', () => {
    const dir = folder();
    const source = codedNotebook(dir);
    plant(source, "UPDATE sentences SET text = 'forged' WHERE id = 5; INSERT INTO tags (sentence_id, theme_id, coder, tagged_at) VALUES (99, 1, 'x', 't');");
    const report = salvageNotebook(source, path.join(dir, 'Salvaged.themata'), { coder: 'ana' });
    expect(report.copied.sentences).toBe(12);
    expect(report.leftOut).toContain('1 sentences that do not match their document');
  });

  it('refuses to write over an existing file, and to salvage something that is not a notebook', () => {
    const dir = folder();
    const source = codedNotebook(dir);
    const existing = path.join(dir, 'Mine.themata');
    fs.writeFileSync(existing, 'my own file');
    expect(caught(() => salvageNotebook(source, existing, { coder: 'ana' })).code).toBe('file-exists');
    expect(fs.readFileSync(existing, 'utf8')).toBe('my own file');
    expect(caught(() => salvageNotebook(source, source, { coder: 'ana' })).code).toBe('invalid-input');

    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'plain text, not a database\n'.repeat(100));
    expect(caught(() => salvageNotebook(text, path.join(dir, 'New.themata'), { coder: 'ana' })).code).toBe('not-a-notebook');
    expect(fs.readdirSync(dir).sort()).toEqual(['Mine.themata', 'Received.themata', 'notes.txt']);
  });
});
