import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion, schemaVersion } from './migrations';
import { Notebook, seedSampleStudy } from './notebook';
import { notebookRows, type NotebookRows } from './test-support/memory-notebook';
import { takeBackToFormatThree } from './test-support/older-format';
import { useTemporaryFolder } from './test-support/temporary-notebook';

/** Undoes what format 3 added (GUIDs), as a notebook of format 2 holds it. */
function takeBackToFormatTwo(raw: Database.Database): void {
  for (const table of ['documents', 'themes', 'tags', 'notes', 'memos']) {
    raw.exec(`DROP TRIGGER ${table}_guid; DROP INDEX ${table}_by_guid; ALTER TABLE ${table} DROP COLUMN guid;`);
  }
  raw.exec(`
    DROP TRIGGER notes_fts_update;
    CREATE TRIGGER notes_fts_update AFTER UPDATE ON notes BEGIN
      INSERT INTO notes_fts(notes_fts, rowid, body) VALUES ('delete', old.sentence_id, old.body);
      INSERT INTO notes_fts(rowid, body) VALUES (new.sentence_id, new.body);
    END;
    DROP TRIGGER memos_fts_update;
    CREATE TRIGGER memos_fts_update AFTER UPDATE ON memos BEGIN
      INSERT INTO memos_fts(memos_fts, rowid, body) VALUES ('delete', old.id, old.body);
      INSERT INTO memos_fts(rowid, body) VALUES (new.id, new.body);
    END;
    PRAGMA user_version = 2;
  `);
}

/** The rows as an older format holds them: without the GUIDs format 3 added and the notes' coders format 4 added. */
function withoutGuids(rows: NotebookRows): unknown {
  const strip = <T extends object>(list: T[], also = '') => list.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'guid' && key !== also)));
  return { documents: strip(rows.documents), sentences: rows.sentences, themes: strip(rows.themes), tags: strip(rows.tags), notes: strip(rows.notes, 'coder') };
}

describe('a notebook of format 1 opened for writing', () => {
  const folder = useTemporaryFolder();

  /** The sample study coded a little, then taken back to format 1, as the previous Themata left it. */
  function formatOneNotebook() {
    const home = folder();
    const file = path.join(home, 'Study.themata');
    const root = path.join(home, 'Backups');
    const nb = Notebook.open(file, { create: true, seed: seedSampleStudy, coder: 'ana', backupRoot: root });
    const [missiles, casualties] = nb.listThemes();
    nb.tag([nb.sentenceId(1, 1), nb.sentenceId(1, 2)], missiles!.id);
    nb.tag([nb.sentenceId(1, 2)], casualties!.id);
    nb.setNote(nb.sentenceId(1, 2), 'Both claims in one sentence.');
    nb.close();
    takeBackToFormatThree(file);
    const raw = new Database(file);
    takeBackToFormatTwo(raw);
    raw.exec('DROP TABLE memos_fts; DROP TABLE memos; DROP TABLE document_attributes; DROP TABLE document_details; PRAGMA user_version = 1;');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    return { file, root };
  }

  it('is backed up, upgraded in one step, and keeps every document, tag, note and undo step', async () => {
    const { file, root } = formatOneNotebook();
    const raw = new Database(file, { readonly: true });
    const before = notebookRows(raw);
    const history = raw.prepare('SELECT * FROM history ORDER BY id').all();
    raw.close();

    const nb = await Notebook.openForWork(file, { coder: 'ana', backupRoot: root });
    const backups = nb.listBackups();
    try {
      expect(nb.info().schemaVersion).toBe(latestVersion);
      expect(backups.map((b) => b.reason)).toEqual(['before-upgrade']);
      expect(nb.historyState().undoLabel).toMatch(/^Edit the note on sentence 2 of ‘/);
      expect(nb.search('claims').length).toBeGreaterThan(0);
      // What the new format adds works at once, and undo reaches back past the upgrade.
      nb.setDocumentDetails(1, { outlet: 'Reuters', attributes: { country: 'Syria' } });
      nb.setMemo({ kind: 'notebook' }, 'Upgraded study.');
      nb.undo();
      nb.undo();
      nb.undo();
      expect(nb.documentDetails(1)).toMatchObject({ outlet: null, attributes: [] });
      expect(nb.historyState().redoLabel).toMatch(/^Edit the note on sentence 2 of ‘/);
      nb.redo();
    } finally {
      nb.close();
    }
    const after = new Database(file, { readonly: true });
    try {
      expect(schemaVersion(after)).toBe(latestVersion);
      expect(withoutGuids(notebookRows(after))).toEqual(before);
      // A note had no coder before format 4: it is given to whoever last changed the notebook.
      expect(notebookRows(after).notes.map((note) => note.coder)).toEqual(['ana']);
      expect(after.prepare('SELECT * FROM history ORDER BY id LIMIT ?').all(history.length)).toEqual(history);
    } finally {
      after.close();
    }
    const backup = new Database(backups[0]!.path, { readonly: true });
    try {
      expect(schemaVersion(backup)).toBe(1);
      expect(notebookRows(backup)).toEqual(before);
    } finally {
      backup.close();
    }
  });
});

describe('a notebook of format 2 opened for writing', () => {
  const folder = useTemporaryFolder();

  it('is backed up and gives every document, theme, tag, note and memo a GUID that undo and redo keep', async () => {
    const home = folder();
    const file = path.join(home, 'Study.themata');
    const root = path.join(home, 'Backups');
    const nb = Notebook.open(file, { create: true, seed: seedSampleStudy, coder: 'ana', backupRoot: root });
    const [missiles] = nb.listThemes();
    nb.tag([nb.sentenceId(1, 1)], missiles!.id);
    nb.setNote(nb.sentenceId(1, 1), 'A claim.');
    nb.setMemo({ kind: 'document', documentId: 1 }, 'On the report.');
    nb.close();
    takeBackToFormatThree(file);
    const raw = new Database(file);
    takeBackToFormatTwo(raw);
    raw.pragma('journal_mode = DELETE');
    raw.close();

    const guidsOf = () => {
      const db = new Database(file, { readonly: true });
      try {
        return Object.fromEntries(['documents', 'themes', 'tags', 'notes', 'memos'].map((table) => [table, db.prepare(`SELECT guid FROM ${table} ORDER BY guid`).pluck().all()]));
      } finally {
        db.close();
      }
    };
    const upgraded = await Notebook.openForWork(file, { coder: 'ana', backupRoot: root });
    expect(upgraded.listBackups().map((b) => b.reason)).toEqual(['before-upgrade']);
    upgraded.close();
    const guids = guidsOf();
    expect(Object.values(guids).map((list) => list.length)).toEqual([1, 4, 1, 1, 1]);
    for (const guid of Object.values(guids).flat()) expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Steps recorded before the upgrade still undo and redo; what they bring back gets a GUID of its own.
    const again = Notebook.open(file, { coder: 'ana', backupRoot: root });
    try {
      for (let i = 0; i < 3; i += 1) again.undo();
      expect(again.memo({ kind: 'document', documentId: 1 })).toBeNull();
      for (let i = 0; i < 3; i += 1) again.redo();
    } finally {
      again.close();
    }
    const redone = guidsOf();
    expect(redone.themes).toEqual(guids.themes);
    for (const guid of Object.values(redone).flat()) expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Steps taken after it bring rows back with the GUIDs they had: a theme deleted with its tag and restored.
    const third = Notebook.open(file, { coder: 'ana', backupRoot: root });
    try {
      third.deleteTheme(missiles!.id);
      third.undo();
    } finally {
      third.close();
    }
    expect(guidsOf()).toEqual(redone);
  });
});

describe('a notebook of format 3 opened for writing', () => {
  const folder = useTemporaryFolder();

  it('is backed up, gives each note to whoever last changed the notebook, and lets a second coder hold the same theme', async () => {
    const home = folder();
    const file = path.join(home, 'Study.themata');
    const root = path.join(home, 'Backups');
    const nb = Notebook.open(file, { create: true, seed: seedSampleStudy, coder: 'ana', backupRoot: root });
    const [missiles] = nb.listThemes();
    const first = nb.sentenceId(1, 1);
    nb.tag([first], missiles!.id);
    nb.setNote(first, 'A claim.');
    nb.close();
    takeBackToFormatThree(file);

    const upgraded = await Notebook.openForWork(file, { coder: 'ben', backupRoot: root });
    try {
      expect(upgraded.info().schemaVersion).toBe(latestVersion);
      expect(upgraded.listBackups().map((b) => b.reason)).toEqual(['before-upgrade']);
      const notes = () => upgraded.listSentences(1, { offset: 0, limit: 1 }).sentences[0]!;
      // Ana's note stays Ana's: Ben opening the notebook sees it as another coder's.
      expect(notes().note).toBeNull();
      expect(notes().otherNotes).toEqual([expect.objectContaining({ coder: 'ana', body: 'A claim.' })]);
      // An entry recorded in format 3 names no coder; undone and redone, it still means Ana's note.
      upgraded.undo();
      expect(notes().otherNotes).toEqual([]);
      upgraded.redo();
      expect(notes().otherNotes).toEqual([expect.objectContaining({ coder: 'ana', body: 'A claim.' })]);
      // Ben tags the sentence Ana tagged: both tags stand.
      upgraded.tag([first], missiles!.id);
      expect(notes().tags).toEqual([{ themeId: missiles!.id, coder: 'ana' }, { themeId: missiles!.id, coder: 'ben' }]);
      expect(upgraded.listThemes()[0]!.tagCount).toBe(1);
      expect(upgraded.search('claim').map((hit) => hit.note)).toEqual(['A claim.']);
    } finally {
      upgraded.close();
    }
  });
});
