import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { caught } from './test-support/caught';
import { ensureDefaultNotebook, Notebook } from './notebook';
import { steppingClock, useTemporaryFolder, useTemporaryNotebook } from './test-support/temporary-notebook';

// What each repository does is tested beside it (documents.test.ts, themes.test.ts, …);
// here, what Notebook adds: one transaction and one history step per change, opening and closing.

const ARTICLE = 'Moscow denied it. Officials disagreed.\nAnkara warned about gas. Talks were planned.\n';

/** The notebook's own connection, to read what the API has no call for. */
function connectionOf(nb: Notebook): Database.Database {
  return (nb as unknown as { ctx: { db: Database.Database } }).ctx.db;
}

function historyCount(nb: Notebook): number {
  return (connectionOf(nb).prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
}

describe('a notebook', () => {
  const notebook = useTemporaryNotebook();
  const folder = useTemporaryFolder();

  function withArticle() {
    const nb = notebook();
    const missile = nb.addTheme({ name: 'Missile claims' });
    const trade = nb.addTheme({ name: 'Turkey trade threats' });
    const doc = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: 'a.txt' });
    const ids = nb.listSentences(doc.id, { offset: 0, limit: 10 }).sentences.map((s) => s.id);
    return { nb, missile, trade, doc, ids };
  }

  it('imports a document as one undoable step and answers with its summary', () => {
    const nb = notebook();
    const doc = nb.importDocument({ title: ' Article ', text: ARTICLE, sourceName: 'a.txt' });
    expect(doc).toMatchObject({ title: 'Article', sourceName: 'a.txt', sentenceCount: 4, paragraphCount: 2, taggedCount: 0, noteCount: 0 });
    expect(nb.listDocuments()).toEqual([doc]);
    expect(nb.historyState()).toMatchObject({ canUndo: true, undoLabel: 'Import Article' });
    nb.undo();
    expect(nb.listDocuments()).toEqual([]);
    nb.redo();
    expect(nb.listDocuments()).toEqual([doc]);
  });

  it('records each change as one undo step named for it, which undo takes back alone', () => {
    const { nb, missile, trade, doc, ids } = withArticle();
    const changes: [string, () => unknown][] = [
      ['Add theme Gas', () => nb.addTheme({ name: 'Gas' })],
      ['Rename theme Gas to Gas prices', () => nb.updateTheme(nb.findTheme('Gas').id, { name: 'Gas prices' })],
      ['Reorder the codebook', () => nb.reorderThemes([trade.id])],
      ['Tag 2 sentences of ‘Article’ as Missile claims', () => nb.tag([ids[0]!, ids[1]!], missile.id)],
      ['Remove Missile claims from sentence 2 of ‘Article’', () => nb.untag([ids[1]!], missile.id)],
      ['Tag sentence 3 of ‘Article’ as Turkey trade threats', () => nb.toggleTags([ids[2]!], trade.id)],
      ['Edit the note on sentence 1 of ‘Article’', () => nb.setNote(ids[0]!, 'Denial, not evidence.')],
      ['Merge Gas prices into Turkey trade threats', () => nb.mergeThemes(nb.findTheme('Gas prices').id, trade.id)],
      ['Delete theme Missile claims', () => nb.deleteTheme(missile.id)],
      ['Remove Article', () => nb.deleteDocument(doc.id)],
    ];
    const seen = () => ({ documents: nb.listDocuments(), themes: nb.listThemes(), stats: nb.stats(), undoLabel: nb.historyState().undoLabel });
    for (const [label, change] of changes) {
      const before = seen();
      const entries = historyCount(nb);
      change();
      expect(nb.historyState().undoLabel).toBe(label);
      expect(historyCount(nb)).toBe(entries + 1);
      expect(nb.undo().redoLabel).toBe(label);
      expect(seen()).toEqual(before);
      nb.redo();
    }
  });

  it('answers tag and untag with how many sentences changed, and toggle with whether it tagged', () => {
    const { nb, missile, ids } = withArticle();
    expect(nb.tag([ids[0]!, ids[1]!], missile.id)).toBe(2);
    expect(nb.tag([ids[0]!, ids[2]!], missile.id)).toBe(1);
    expect(nb.untag([ids[2]!, ids[3]!], missile.id)).toBe(1);
    expect(nb.toggleTags([ids[0]!, ids[3]!], missile.id).applied).toBe(true);
    expect(nb.toggleTags([ids[0]!, ids[3]!], missile.id).applied).toBe(false);
  });

  it('tags a range of sentences by number, given either way round, as one undoable step', () => {
    const { nb, missile, doc, ids } = withArticle();
    expect(nb.sentenceIds(doc.id, 2, 3)).toEqual([ids[1], ids[2]]);
    expect(nb.tag(nb.sentenceIds(doc.id, 3, 1), missile.id)).toBe(3);
    expect(nb.sentenceNumbersMatching(doc.id, [missile.id], 'any')).toEqual([1, 2, 3]);
    expect(nb.historyState().undoLabel).toBe('Tag 3 sentences of ‘Article’ as Missile claims');
    nb.undo();
    expect(nb.sentenceNumbersMatching(doc.id, [missile.id], 'any')).toEqual([]);
    expect(() => nb.sentenceIds(doc.id, 9, 1)).toThrow(/sentences 1 to 4; there is no sentence 5\./);
    expect(nb.sentenceId(doc.id, 4)).toBe(ids[3]);
  });

  it('undoes and redoes every kind of change, and the stacks survive reopening', () => {
    const { nb, missile, ids } = withArticle();
    nb.tag([ids[0]!], missile.id);
    nb.setNote(ids[0]!, 'first');
    nb.updateTheme(missile.id, { name: 'Missile statements' });
    expect(nb.historyState()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'Rename theme Missile claims to Missile statements' });
    nb.undo();
    expect(nb.findTheme('Missile claims').id).toBe(missile.id);
    nb.undo();
    expect(nb.listSentences(1, { offset: 0, limit: 1 }).sentences[0]!.note).toBeNull();
    expect(nb.historyState().redoLabel).toBe('Edit the note on sentence 1 of ‘Article’');
    const file = nb.path;
    nb.close();
    const reopened = Notebook.open(file, { coder: 'ana' });
    try {
      expect(reopened.historyState()).toMatchObject({ canUndo: true, canRedo: true, undoLabel: 'Tag sentence 1 of ‘Article’ as Missile claims' });
      reopened.redo();
      expect(reopened.listSentences(1, { offset: 0, limit: 1 }).sentences[0]!.note?.body).toBe('first');
      reopened.redo();
      expect(reopened.findTheme('Missile statements').id).toBe(missile.id);
      expect(reopened.historyState().canRedo).toBe(false);
    } finally {
      reopened.close();
    }
  });

  it('removes a document from lists, counts and search, and undo brings it back', () => {
    const { nb, missile, doc, ids } = withArticle();
    nb.tag([ids[0]!], missile.id);
    expect(nb.deleteDocument(doc.id)).toMatchObject({ canUndo: true, undoLabel: 'Remove Article' });
    expect(nb.listDocuments()).toEqual([]);
    expect(nb.stats().tagCount).toBe(0);
    expect(nb.search('moscow')).toEqual([]);
    expect(caught(() => nb.listSentences(doc.id, { offset: 0, limit: 1 })).code).toBe('not-found');
    nb.undo();
    expect(nb.listDocuments().map((d) => d.taggedCount)).toEqual([1]);
  });

  it('refuses to remove a document twice, or one it does not have, and records nothing', () => {
    const { nb, doc } = withArticle();
    nb.deleteDocument(doc.id);
    const entries = historyCount(nb);
    for (const id of [doc.id, 99]) {
      expect(caught(() => nb.deleteDocument(id))).toMatchObject({ code: 'not-found', message: `There is no document ${id} in this notebook.` });
    }
    expect(historyCount(nb)).toBe(entries);
    expect(nb.historyState().undoLabel).toBe('Remove Article');
  });

  it('records nothing for a refused change', () => {
    const { nb, missile, ids } = withArticle();
    const entries = historyCount(nb);
    expect(caught(() => nb.tag([ids[0]!, 999_999], missile.id)).code).toBe('not-found');
    expect(nb.stats().tagCount).toBe(0);
    expect(historyCount(nb)).toBe(entries);
    expect(nb.historyState().undoLabel).toBe('Import Article');
  });

  it('runs each change in one transaction: one failing part-way leaves no row and no history step behind', () => {
    const { nb, missile, ids } = withArticle();
    const db = connectionOf(nb);
    // A write that fails after the change has begun, as a failing disk would; TEMP, so it dies with the connection.
    db.exec("CREATE TEMP TRIGGER second_tag_fails BEFORE INSERT ON tags WHEN (SELECT count(*) FROM tags) >= 1 BEGIN SELECT RAISE(ABORT, 'the disk failed'); END");
    db.exec("CREATE TEMP TRIGGER history_fails BEFORE INSERT ON history WHEN NEW.label LIKE 'Import%' BEGIN SELECT RAISE(ABORT, 'the disk failed'); END");
    const before = { documents: nb.listDocuments(), stats: nb.stats(), history: nb.historyState(), entries: historyCount(nb) };
    // The first tag is written before the second fails.
    expect(() => nb.tag([ids[0]!, ids[1]!], missile.id)).toThrow('the disk failed');
    // The document and its sentences are written before the history step fails.
    expect(() => nb.importDocument({ title: 'Other', text: 'Gas flows.', sourceName: null })).toThrow('the disk failed');
    expect({ documents: nb.listDocuments(), stats: nb.stats(), history: nb.historyState(), entries: historyCount(nb) }).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
    // The history in memory is still the file's: undo takes back the import, as before the failures.
    nb.undo();
    expect(nb.listDocuments()).toEqual([]);
  });

  it('keeps undo to what the file holds when a change fails only as it commits', () => {
    const { nb, missile, ids } = withArticle();
    nb.tag([ids[0]!], missile.id);
    const db = connectionOf(nb);
    // A deferred constraint broken during the change fails its COMMIT, as a disk that fills up as the change is written would.
    db.exec(`CREATE TEMP TABLE parent (id INTEGER PRIMARY KEY);
      CREATE TEMP TABLE child (parent INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED);
      CREATE TEMP TRIGGER commit_fails AFTER INSERT ON main.history BEGIN INSERT INTO child VALUES (1); END;`);
    const before = { stats: nb.stats(), history: nb.historyState(), entries: historyCount(nb) };
    expect(() => nb.tag([ids[1]!], missile.id)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => nb.undo()).toThrow(/FOREIGN KEY constraint failed/);
    expect({ stats: nb.stats(), history: nb.historyState(), entries: historyCount(nb) }).toEqual(before);
    db.exec('DROP TRIGGER temp.commit_fails');
    expect(nb.undo()).toMatchObject({ undoLabel: 'Import Article', redoLabel: 'Tag sentence 1 of ‘Article’ as Missile claims' });
    expect(nb.stats().tagCount).toBe(0);
  });

  it('exports the same bytes twice for an unchanged notebook', () => {
    const { nb, missile, ids } = withArticle();
    nb.tag([ids[0]!], missile.id);
    const options = { by: 'theme' as const, includeNotes: true };
    expect(nb.exportMarkdown(options)).toBe(nb.exportMarkdown(options));
    expect(nb.exportSnapshot().taggedSentences.map((s) => s.text)).toEqual(['Moscow denied it.']);
  });

  it('creates the default notebook with the sample study on first run, and only once', () => {
    const file = path.join(folder(), 'home', 'Notebook.themata');
    const first = ensureDefaultNotebook(file, { coder: 'ana', now: steppingClock() });
    try {
      expect(first.listThemes().map((t) => [t.key, t.name])).toEqual([
        [1, 'Missile claims'],
        [2, 'Civilian-casualty assertions'],
        [3, 'Turkey trade threats'],
        [4, 'Deconfliction talks'],
      ]);
      const [doc] = first.listDocuments();
      expect(doc).toMatchObject({ sentenceCount: 13, sourceName: 'article.txt' });
      expect(first.historyState()).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null });
      expect(connectionOf(first).prepare('SELECT kind, label FROM history ORDER BY id DESC LIMIT 1').get())
        .toEqual({ kind: 'baseline', label: 'Create the notebook with the sample study' });
      const carter = first.listSentences(doc!.id, { offset: 0, limit: 20 }).sentences.find((s) => s.text.startsWith('U.S. Secretary'));
      expect(carter?.text).toMatch(/against rebel forces\.$/);
      first.tag([carter!.id], 1);
      expect(first.historyState().undoLabel).toBe('Tag sentence 7 of ‘Russian Federation Denies US Cl…’ as Missile claims');
    } finally {
      first.close();
    }
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.creating'))).toEqual([]);
    const again = ensureDefaultNotebook(file, { coder: 'ana' });
    try {
      expect(again.listDocuments()).toHaveLength(1);
      expect(again.stats().tagCount).toBe(1);
      again.undo();
      expect(again.historyState()).toMatchObject({ canUndo: false, canRedo: true });
      expect(again.listDocuments()).toHaveLength(1);
    } finally {
      again.close();
    }
  });
});

describe('a notebook opened with a coder and a clock', () => {
  const notebook = useTemporaryNotebook({ coder: 'ben', now: () => '2026-03-01T12:00:00.000Z' });

  it('stamps every change with them: tags, notes, themes, imports and history', () => {
    const nb = notebook();
    const theme = nb.addTheme({ name: 'Missile claims' });
    const doc = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
    const [first] = nb.listSentences(doc.id, { offset: 0, limit: 1 }).sentences;
    nb.tag([first!.id], theme.id);
    nb.setNote(first!.id, 'Denial.');
    const db = connectionOf(nb);
    const AT = '2026-03-01T12:00:00.000Z';
    expect(db.prepare('SELECT coder, tagged_at FROM tags').all()).toEqual([{ coder: 'ben', tagged_at: AT }]);
    expect(db.prepare('SELECT created_at, updated_at FROM notes').all()).toEqual([{ created_at: AT, updated_at: AT }]);
    expect(db.prepare('SELECT created_at FROM themes').all()).toEqual([{ created_at: AT }]);
    expect(doc.importedAt).toBe(AT);
    expect(db.prepare('SELECT DISTINCT coder, at FROM history').all()).toEqual([{ coder: 'ben', at: AT }]);
    expect(nb.coder).toBe('ben');
  });
});
