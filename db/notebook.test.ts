import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { caught } from './test-support/caught';
import { ensureDefaultNotebook, Notebook } from './notebook';
import { steppingClock, useTemporaryFolder, useTemporaryNotebook } from './test-support/temporary-notebook';

const ARTICLE = 'Moscow denied it. Officials disagreed.\nAnkara warned about gas. Talks were planned.\n';

/** The notebook's own connection, to read what the API has no call for. */
function connectionOf(nb: Notebook): Database.Database {
  return (nb as unknown as { ctx: { db: Database.Database } }).ctx.db;
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

  it('imports a document into numbered sentences with exact offsets into the kept text', () => {
    const { nb, doc } = withArticle();
    expect(doc).toMatchObject({ title: 'Article', sourceName: 'a.txt', sentenceCount: 4, paragraphCount: 2 });
    const page = nb.listSentences(doc.id, { offset: 0, limit: 10 });
    expect(page.sentences.map((s) => [s.number, s.paragraph, s.text])).toEqual([
      [1, 0, 'Moscow denied it.'],
      [2, 0, 'Officials disagreed.'],
      [3, 1, 'Ankara warned about gas.'],
      [4, 1, 'Talks were planned.'],
    ]);
    const { original_text: text } = connectionOf(nb).prepare('SELECT original_text FROM documents WHERE id = ?').get(doc.id) as { original_text: string };
    expect(text).toBe(ARTICLE);
    for (const s of page.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('pages sentences', () => {
    const { nb, doc } = withArticle();
    const page = nb.listSentences(doc.id, { offset: 2, limit: 1 });
    expect(page).toMatchObject({ total: 4, offset: 2 });
    expect(page.sentences.map((s) => s.number)).toEqual([3]);
  });

  it('toggles a theme on a selection: adds to those missing it, removes when all have it', () => {
    const { nb, missile, ids } = withArticle();
    expect(nb.toggleTags([ids[0]!], missile.id)).toEqual({ applied: true });
    expect(nb.toggleTags([ids[0]!, ids[1]!], missile.id)).toEqual({ applied: true });
    expect(nb.listThemes().find((t) => t.id === missile.id)!.tagCount).toBe(2);
    expect(nb.toggleTags([ids[0]!, ids[1]!], missile.id)).toEqual({ applied: false });
    expect(nb.listThemes().find((t) => t.id === missile.id)!.tagCount).toBe(0);
  });

  it('records who tagged and when', () => {
    const { nb, missile, ids } = withArticle();
    nb.tag([ids[2]!], missile.id);
    const row = connectionOf(nb).prepare('SELECT coder, tagged_at FROM tags').get() as { coder: string; tagged_at: string };
    expect(row.coder).toBe('ana');
    expect(row.tagged_at).toMatch(/^2026-01-05T09:00:\d\dZ$|^2026-01-05T09:00:\d\d\.\d{3}Z$/);
  });

  it('lists sentences with their themes in codebook order and their notes', () => {
    const { nb, missile, trade, doc, ids } = withArticle();
    nb.tag([ids[0]!], trade.id);
    nb.tag([ids[0]!], missile.id);
    nb.setNote(ids[0]!, 'Denial, *not* evidence.');
    const [first] = nb.listSentences(doc.id, { offset: 0, limit: 1 }).sentences;
    expect(first!.themeIds).toEqual([missile.id, trade.id]);
    expect(first!.note?.body).toBe('Denial, *not* evidence.');
  });

  it('tags a range of sentences by number as one undoable step', () => {
    const { nb, missile, doc, ids } = withArticle();
    expect(nb.sentenceIds(doc.id, 2, 3)).toEqual([ids[1], ids[2]]);
    expect(nb.tag(nb.sentenceIds(doc.id, 3, 1), missile.id)).toBe(3);
    expect(nb.sentenceNumbersMatching(doc.id, [missile.id], 'any')).toEqual([1, 2, 3]);
    expect(nb.historyState().undoLabel).toBe('Tag 3 sentences as Missile claims');
    nb.undo();
    expect(nb.sentenceNumbersMatching(doc.id, [missile.id], 'any')).toEqual([]);
  });

  it('refuses a range past the last sentence at its first missing number, saying which numbers exist', () => {
    const { nb, doc } = withArticle();
    expect(() => nb.sentenceIds(doc.id, 1, 9)).toThrow(/sentences 1 to 4; there is no sentence 5\./);
    expect(() => nb.sentenceIds(doc.id, 7, 9)).toThrow(/sentences 1 to 4; there is no sentence 7\./);
    expect(() => nb.sentenceId(doc.id, 9)).toThrow(/sentences 1 to 4; there is no sentence 9\./);
  });

  it('filters sentence numbers by any or all of several themes', () => {
    const { nb, missile, trade, doc, ids } = withArticle();
    nb.tag([ids[0]!, ids[1]!], missile.id);
    nb.tag([ids[1]!, ids[2]!], trade.id);
    expect(nb.sentenceNumbersMatching(doc.id, [missile.id, trade.id], 'any')).toEqual([1, 2, 3]);
    expect(nb.sentenceNumbersMatching(doc.id, [missile.id, trade.id], 'all')).toEqual([2]);
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
    expect(nb.historyState().redoLabel).toBe('Edit the note on sentence 1');
    const file = nb.path;
    nb.close();
    const reopened = Notebook.open(file, { coder: 'ana' });
    try {
      expect(reopened.historyState()).toMatchObject({ canUndo: true, canRedo: true, undoLabel: 'Tag sentence 1 as Missile claims' });
      reopened.redo();
      expect(reopened.listSentences(1, { offset: 0, limit: 1 }).sentences[0]!.note?.body).toBe('first');
      reopened.redo();
      expect(reopened.findTheme('Missile statements').id).toBe(missile.id);
      expect(reopened.historyState().canRedo).toBe(false);
    } finally {
      reopened.close();
    }
  });

  it('a new change clears the redo stack', () => {
    const { nb, missile, trade, ids } = withArticle();
    nb.tag([ids[0]!], missile.id);
    nb.undo();
    nb.tag([ids[1]!], trade.id);
    expect(nb.historyState().canRedo).toBe(false);
    expect(caught(() => nb.redo()).code).toBe('nothing-to-redo');
  });

  it('undoes a note typed in several saves as one step', () => {
    const { nb, ids } = withArticle();
    nb.setNote(ids[0]!, 'D');
    nb.setNote(ids[0]!, 'Den');
    nb.setNote(ids[0]!, 'Denial');
    nb.undo();
    expect(nb.listSentences(1, { offset: 0, limit: 1 }).sentences[0]!.note).toBeNull();
    nb.redo();
    expect(nb.listSentences(1, { offset: 0, limit: 1 }).sentences[0]!.note?.body).toBe('Denial');
  });

  it('clears a note when its body is blank', () => {
    const { nb, ids } = withArticle();
    nb.setNote(ids[1]!, 'keep?');
    nb.setNote(ids[1]!, '   ');
    expect(nb.listSentences(1, { offset: 1, limit: 1 }).sentences[0]!.note).toBeNull();
    expect(nb.stats().noteCount).toBe(0);
  });

  it('deletes a theme with its tags, and undo brings both back', () => {
    const { nb, missile, ids } = withArticle();
    nb.tag([ids[0]!, ids[2]!], missile.id);
    expect(nb.deleteTheme(missile.id)).toEqual({ removedTags: 2 });
    expect(nb.listThemes().map((t) => t.name)).toEqual(['Turkey trade threats']);
    nb.undo();
    const restored = nb.findTheme('Missile claims');
    expect(restored).toMatchObject({ id: missile.id, key: 1, tagCount: 2 });
  });

  it('merges a theme into another without duplicating tags, undoably', () => {
    const { nb, missile, trade, ids } = withArticle();
    nb.tag([ids[0]!, ids[1]!], missile.id);
    nb.tag([ids[1]!, ids[3]!], trade.id);
    const merged = nb.mergeThemes(trade.id, missile.id);
    expect(merged.tagCount).toBe(3);
    expect(nb.listThemes()).toHaveLength(1);
    nb.undo();
    expect(nb.listThemes().map((t) => [t.name, t.tagCount])).toEqual([['Missile claims', 2], ['Turkey trade threats', 2]]);
  });

  it('gives a key slot to one theme at a time', () => {
    const { nb, missile, trade } = withArticle();
    expect([missile.key, trade.key]).toEqual([1, 2]);
    nb.updateTheme(trade.id, { key: 1 });
    expect(nb.listThemes().map((t) => [t.name, t.key])).toEqual([['Missile claims', null], ['Turkey trade threats', 1]]);
    nb.undo();
    expect(nb.listThemes().map((t) => t.key)).toEqual([1, 2]);
  });

  it('reorders, recolours, describes and nests themes', () => {
    const { nb, missile, trade } = withArticle();
    nb.reorderThemes([trade.id, missile.id]);
    nb.updateTheme(missile.id, { colour: '#112233', description: 'Claims about missiles', parentId: trade.id });
    expect(nb.listThemes().map((t) => [t.name, t.order, t.colour, t.parentId])).toEqual([
      ['Turkey trade threats', 0, '#0072B2', null],
      ['Missile claims', 1, '#112233', trade.id],
    ]);
    expect(caught(() => nb.updateTheme(trade.id, { parentId: missile.id })).code).toBe('invalid-input');
  });

  it('refuses a duplicate theme name, a bad colour and a bad key without changing the codebook', () => {
    const { nb } = withArticle();
    const before = JSON.stringify(nb.listThemes());
    expect(caught(() => nb.addTheme({ name: 'missile CLAIMS' })).code).toBe('conflict');
    expect(caught(() => nb.addTheme({ name: 'X', colour: 'red' })).code).toBe('invalid-input');
    expect(caught(() => nb.addTheme({ name: 'Y', key: 12 })).code).toBe('invalid-input');
    expect(caught(() => nb.addTheme({ name: '  ' })).code).toBe('invalid-input');
    expect(JSON.stringify(nb.listThemes())).toBe(before);
  });

  it('searches sentences and notes by word prefix, ignoring case and accents, without FTS syntax errors', () => {
    const { nb, ids } = withArticle();
    nb.setNote(ids[3]!, 'Pentagon says pilot-safety talks');
    expect(nb.search('moscow').map((h) => [h.sentenceNumber, h.matchedIn])).toEqual([[1, 'sentence']]);
    expect(nb.search('PILOT').map((h) => [h.sentenceNumber, h.matchedIn])).toEqual([[4, 'note']]);
    expect(nb.search('talk').map((h) => h.matchedIn)).toEqual(['both']);
    expect(nb.search('ankara')[0]!.highlights).toEqual([[0, 6]]);
    expect(nb.search('ánkará').length).toBe(1);
    for (const nasty of ['"', 'AND', 'NEAR(', '*', 'a OR', ')(', "'", 'col:x', '^']) {
      expect(() => nb.search(nasty)).not.toThrow();
    }
    expect(nb.search('   ')).toEqual([]);
  });

  it('counts themes per notebook and per document and their co-occurrence', () => {
    const { nb, missile, trade, doc, ids } = withArticle();
    nb.tag([ids[0]!, ids[1]!], missile.id);
    nb.tag([ids[1]!], trade.id);
    nb.setNote(ids[1]!, 'both');
    const stats = nb.stats();
    expect(stats).toMatchObject({ sentenceCount: 4, taggedSentenceCount: 2, tagCount: 3, noteCount: 1 });
    expect(stats.themes).toEqual([{ themeId: missile.id, count: 2 }, { themeId: trade.id, count: 1 }]);
    expect(stats.documents).toEqual([
      { documentId: doc.id, title: 'Article', sentenceCount: 4, taggedCount: 2, themes: [{ themeId: missile.id, count: 2 }, { themeId: trade.id, count: 1 }] },
    ]);
    expect(stats.cooccurrence).toEqual([{ a: missile.id, b: trade.id, count: 1 }]);
  });

  it('removes a document from lists, counts and search, and undo brings it back', () => {
    const { nb, missile, doc, ids } = withArticle();
    nb.tag([ids[0]!], missile.id);
    nb.deleteDocument(doc.id);
    expect(nb.listDocuments()).toEqual([]);
    expect(nb.stats().tagCount).toBe(0);
    expect(nb.search('moscow')).toEqual([]);
    expect(caught(() => nb.listSentences(doc.id, { offset: 0, limit: 1 })).code).toBe('not-found');
    nb.undo();
    expect(nb.listDocuments().map((d) => d.taggedCount)).toEqual([1]);
  });

  it('rolls a failed change back completely', () => {
    const { nb, missile, ids } = withArticle();
    expect(caught(() => nb.tag([ids[0]!, 999_999], missile.id)).code).toBe('not-found');
    expect(nb.stats().tagCount).toBe(0);
    expect(nb.historyState().undoLabel).toBe('Import Article');
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
      expect(first.historyState().undoLabel).toBe('Tag sentence 7 as Missile claims');
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
