import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDefaultNotebook, Notebook } from './notebook';
import { caught } from './test-support/caught';
import { useTemporaryFolder } from './test-support/temporary-notebook';

describe('a notebook opened for reading', () => {
  const folder = useTemporaryFolder();

  function sampleNotebook(): string {
    const file = path.join(folder(), 'Study.themata');
    ensureDefaultNotebook(file, { coder: 'ana' }).close();
    return file;
  }

  it('answers every read and leaves the file byte for byte as it was', () => {
    const file = sampleNotebook();
    const before = fs.readFileSync(file);
    const notebook = Notebook.open(file, { access: 'read' });
    try {
      expect(notebook.readOnly).toBe(true);
      expect(notebook.info().readOnly).toBe(true);
      expect(notebook.listDocuments()).toHaveLength(1);
      expect(notebook.listThemes().map((t) => t.name)).toContain('Missile claims');
      expect(notebook.stats().sentenceCount).toBe(13);
      expect(notebook.search('missiles').length).toBeGreaterThan(0);
      expect(notebook.exportMarkdown({ by: 'theme', includeNotes: true })).toMatch(/^---\n/);
    } finally {
      notebook.close();
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['Study.themata']);
  });

  it('refuses every change with one sentence, before touching the file', () => {
    const file = sampleNotebook();
    const before = fs.readFileSync(file);
    const notebook = Notebook.open(file, { access: 'read' });
    try {
      const theme = notebook.listThemes()[0]!;
      const sentence = notebook.sentenceId(1, 1);
      for (const change of [
        () => notebook.tag([sentence], theme.id),
        () => notebook.setNote(sentence, 'a note'),
        () => notebook.addTheme({ name: 'Weather' }),
        () => notebook.importDocument({ title: 'T', text: 'One. Two.', sourceName: null }),
        () => notebook.undo(),
      ]) {
        const error = caught(change);
        expect(error.code).toBe('read-only');
        expect(error.message).toMatch(/can only be read .*nothing was changed/);
      }
    } finally {
      notebook.close();
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('a writer leaves the notebook in rollback-journal mode, so readers need no files beside it', () => {
    const file = sampleNotebook();
    const writer = Notebook.open(file);
    writer.tag([writer.sentenceId(1, 2)], writer.listThemes()[0]!.id);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    writer.close();
    expect(fs.readdirSync(path.dirname(file))).toEqual(['Study.themata']);
    expect([...fs.readFileSync(file).subarray(18, 20)]).toEqual([1, 1]);
  });
});
