import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion, schemaVersion } from './migrations';
import { Notebook, seedSampleStudy } from './notebook';
import { notebookRows } from './test-support/memory-notebook';
import { useTemporaryFolder } from './test-support/temporary-notebook';

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
    const raw = new Database(file);
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
      expect(nb.historyState().undoLabel).toBe('Edit the note on sentence 2');
      expect(nb.search('claims').length).toBeGreaterThan(0);
      // What the new format adds works at once, and undo reaches back past the upgrade.
      nb.setDocumentDetails(1, { outlet: 'Reuters', attributes: { country: 'Syria' } });
      nb.setMemo({ kind: 'notebook' }, 'Upgraded study.');
      nb.undo();
      nb.undo();
      nb.undo();
      expect(nb.documentDetails(1)).toMatchObject({ outlet: null, attributes: [] });
      expect(nb.historyState().redoLabel).toBe('Edit the note on sentence 2');
      nb.redo();
    } finally {
      nb.close();
    }
    const after = new Database(file, { readonly: true });
    try {
      expect(schemaVersion(after)).toBe(latestVersion);
      expect(notebookRows(after)).toEqual(before);
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
