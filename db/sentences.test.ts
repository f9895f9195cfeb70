import { describe, expect, it } from 'vitest';
import { setNote } from './notes';
import { listSentences, requireSentences, sentenceByNumber, sentenceIdsInRange, sentenceNumbersMatching, withTagsAndNotes } from './sentences';
import type { SentenceRow } from './rows';
import { changeTags } from './tags';
import { addTheme, reorderThemes } from './themes';
import { caught } from './test-support/caught';
import { testClock, useMemoryNotebook } from './test-support/memory-notebook';
import { createContext } from './context';
import { History } from './history';

const ARTICLE = 'Moscow denied it. Officials disagreed.\nAnkara warned about gas. Talks were planned.\n';

describe('sentences', () => {
  const notebook = useMemoryNotebook();

  function withArticle() {
    const nb = notebook();
    const missile = addTheme(nb.ctx, nb.history, { name: 'Missile claims' }).id;
    const trade = addTheme(nb.ctx, nb.history, { name: 'Turkey trade threats' }).id;
    const doc = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: 'a.txt' });
    const ids = nb.sentenceIds(doc);
    const tag = (numbers: number[], themeId: number) =>
      changeTags(nb.ctx, nb.history, numbers.map((n) => ids[n - 1]!), themeId, 'add');
    return { nb, ctx: nb.ctx, missile, trade, doc, ids, tag };
  }

  describe('listSentences', () => {
    it('lists a page of sentences after the offset, with the document\'s total', () => {
      const { ctx, doc } = withArticle();
      const page = listSentences(ctx, doc, { offset: 1, limit: 2 });
      expect(page).toMatchObject({ documentId: doc, total: 4, offset: 1 });
      expect(page.sentences.map((s) => [s.number, s.paragraph, s.text])).toEqual([
        [2, 0, 'Officials disagreed.'],
        [3, 1, 'Ankara warned about gas.'],
      ]);
    });

    it('gives each sentence its offsets into the document, no themes and no note when untouched', () => {
      const { ctx, doc, ids } = withArticle();
      const [first] = listSentences(ctx, doc, { offset: 0, limit: 1 }).sentences;
      expect(first).toEqual({
        id: ids[0], documentId: doc, number: 1, paragraph: 0, text: 'Moscow denied it.', start: 0, end: 17, themeIds: [], tags: [], note: null, otherNotes: [],
      });
    });

    it('shows the tags and notes of the coders in view: the coder’s own, another coder’s, or everyone’s, each tag with its coder', () => {
      const { nb, ctx, doc, ids, missile } = withArticle();
      const history = nb.history;
      const talks = addTheme(ctx, history, { name: 'Deconfliction talks' }).id;
      const ben = createContext(nb.db, 'ben', testClock(Date.UTC(2026, 5, 1)));
      const bens = new History(ben);
      changeTags(ctx, history, [ids[0]!], missile, 'add');
      setNote(ctx, history, ids[0]!, 'Ana thinks so');
      nb.write(() => changeTags(ben, bens, [ids[0]!], missile, 'add'));
      nb.write(() => changeTags(ben, bens, [ids[0]!], talks, 'add'));
      nb.write(() => setNote(ben, bens, ids[0]!, 'Ben is not sure'));
      const first = () => listSentences(ctx, doc, { offset: 0, limit: 1 }).sentences[0]!;

      ctx.view = { kind: 'everyone' };
      expect(first().themeIds).toEqual([missile, talks]);
      expect(first().tags).toEqual([{ themeId: missile, coder: 'ana' }, { themeId: missile, coder: 'ben' }, { themeId: talks, coder: 'ben' }]);
      expect(first().note).toMatchObject({ coder: 'ana', body: 'Ana thinks so' });
      expect(first().otherNotes).toEqual([expect.objectContaining({ coder: 'ben', body: 'Ben is not sure' })]);

      ctx.view = { kind: 'mine' };
      expect(first().tags).toEqual([{ themeId: missile, coder: 'ana' }]);
      expect(first().otherNotes).toEqual([]);

      ctx.view = { kind: 'coder', coder: 'ben' };
      expect(first().themeIds).toEqual([missile, talks]);
      expect(first().tags.every((t) => t.coder === 'ben')).toBe(true);
      // The coder's own note stays theirs to edit in every view.
      expect(first().note).toMatchObject({ coder: 'ana' });
      expect(first().otherNotes.map((n) => n.coder)).toEqual(['ben']);
    });

    it('returns an empty page past the end and for a zero limit, still with the total', () => {
      const { ctx, doc } = withArticle();
      expect(listSentences(ctx, doc, { offset: 4, limit: 10 })).toEqual({ documentId: doc, total: 4, offset: 4, sentences: [] });
      expect(listSentences(ctx, doc, { offset: 0, limit: 0 }).sentences).toEqual([]);
    });

    it('lists only the asked document\'s sentences', () => {
      const { nb, ctx } = withArticle();
      const other = nb.importDocument({ title: 'Other', text: 'Gas flows. Prices fall.', sourceName: null });
      expect(listSentences(ctx, other, { offset: 0, limit: 10 }).sentences.map((s) => [s.documentId, s.text])).toEqual([
        [other, 'Gas flows.'],
        [other, 'Prices fall.'],
      ]);
    });

    it('refuses a removed or unknown document', () => {
      const { nb, ctx, doc } = withArticle();
      nb.removeDocument(doc);
      expect(caught(() => listSentences(ctx, doc, { offset: 0, limit: 10 }))).toMatchObject({
        code: 'not-found', message: `There is no document ${doc} in this notebook.`,
      });
      expect(caught(() => listSentences(ctx, 42, { offset: 0, limit: 10 })).code).toBe('not-found');
    });
  });

  describe('withTagsAndNotes', () => {
    it('attaches themes in codebook order, not tagging order, and each sentence\'s note', () => {
      const { nb, ctx, missile, trade, doc, ids, tag } = withArticle();
      tag([1], trade);
      tag([1, 2], missile);
      setNote(ctx, nb.history, ids[0]!, 'Denial, *not* evidence.');
      const [first, second] = listSentences(ctx, doc, { offset: 0, limit: 2 }).sentences;
      expect(first!.themeIds).toEqual([missile, trade]);
      expect(first!.note).toMatchObject({ sentenceId: ids[0], body: 'Denial, *not* evidence.' });
      expect(second!.themeIds).toEqual([missile]);
      expect(second!.note).toBeNull();
      reorderThemes(ctx, nb.history, [trade, missile]);
      expect(listSentences(ctx, doc, { offset: 0, limit: 1 }).sentences[0]!.themeIds).toEqual([trade, missile]);
    });

    it('gives the note its times', () => {
      const { nb, ctx, doc, ids } = withArticle();
      setNote(ctx, nb.history, ids[0]!, 'first');
      nb.clock.advance(120_000);
      setNote(ctx, nb.history, ids[0]!, 'second');
      const note = listSentences(ctx, doc, { offset: 0, limit: 1 }).sentences[0]!.note!;
      expect(note.body).toBe('second');
      expect(Date.parse(note.updatedAt) - Date.parse(note.createdAt)).toBeGreaterThanOrEqual(120_000);
    });

    it('attaches nothing from sentences between the given ones, even when they are tagged', () => {
      const { nb, ctx, missile, ids, tag } = withArticle();
      tag([2, 3], missile);
      setNote(ctx, nb.history, ids[1]!, 'between');
      // Sentences 1 and 4 span ids that include the tagged 2 and 3.
      const rows = nb.db.prepare('SELECT * FROM sentences WHERE id IN (?, ?) ORDER BY id').all(ids[0], ids[3]) as SentenceRow[];
      expect(withTagsAndNotes(ctx, rows).map((s) => [s.number, s.themeIds, s.note])).toEqual([
        [1, [], null],
        [4, [], null],
      ]);
    });

    it('returns nothing for no rows', () => {
      expect(withTagsAndNotes(notebook().ctx, [])).toEqual([]);
    });
  });

  describe('sentenceNumbersMatching', () => {
    it('finds the sentences carrying any, or all, of several themes, in reading order', () => {
      const { ctx, missile, trade, doc, tag } = withArticle();
      tag([4, 1, 2], missile);
      tag([2, 3, 4], trade);
      expect(sentenceNumbersMatching(ctx, doc, [missile, trade], 'any')).toEqual([1, 2, 3, 4]);
      expect(sentenceNumbersMatching(ctx, doc, [missile, trade], 'all')).toEqual([2, 4]);
      expect(sentenceNumbersMatching(ctx, doc, [trade], 'all')).toEqual([2, 3, 4]);
    });

    it('counts a theme named twice once, so "all" still matches', () => {
      const { ctx, missile, doc, tag } = withArticle();
      tag([3], missile);
      expect(sentenceNumbersMatching(ctx, doc, [missile, missile], 'all')).toEqual([3]);
    });

    it('matches nothing for no themes, an unknown theme under "all", or another document\'s tags', () => {
      const { nb, ctx, missile, doc, tag } = withArticle();
      tag([1], missile);
      const other = nb.importDocument({ title: 'Other', text: 'Gas flows.', sourceName: null });
      expect(sentenceNumbersMatching(ctx, doc, [], 'any')).toEqual([]);
      expect(sentenceNumbersMatching(ctx, doc, [missile, 99], 'all')).toEqual([]);
      expect(sentenceNumbersMatching(ctx, doc, [missile, 99], 'any')).toEqual([1]);
      expect(sentenceNumbersMatching(ctx, other, [missile], 'any')).toEqual([]);
    });

    it('refuses a removed document', () => {
      const { nb, ctx, missile, doc } = withArticle();
      nb.removeDocument(doc);
      expect(caught(() => sentenceNumbersMatching(ctx, doc, [missile], 'any')).code).toBe('not-found');
    });
  });

  describe('sentenceByNumber', () => {
    it('finds a sentence by its number, counted from 1', () => {
      const { ctx, doc, ids } = withArticle();
      expect(sentenceByNumber(ctx, doc, 1)).toMatchObject({ id: ids[0], ordinal: 1, text: 'Moscow denied it.' });
      expect(sentenceByNumber(ctx, doc, 4).id).toBe(ids[3]);
    });

    it('refuses a number outside the document, saying which numbers exist', () => {
      const { ctx, doc } = withArticle();
      for (const number of [0, 5, -1, 1.5]) {
        expect(caught(() => sentenceByNumber(ctx, doc, number))).toMatchObject({
          code: 'not-found',
          message: `"Article" has sentences 1 to 4; there is no sentence ${number}.`,
        });
      }
    });

    it('refuses a sentence of a removed document', () => {
      const { nb, ctx, doc } = withArticle();
      nb.removeDocument(doc);
      expect(caught(() => sentenceByNumber(ctx, doc, 1)).message).toBe(`There is no document ${doc} in this notebook.`);
    });
  });

  describe('sentenceIdsInRange', () => {
    it('gives the ids of sentences from one number to another, both included, in reading order', () => {
      const { ctx, doc, ids } = withArticle();
      expect(sentenceIdsInRange(ctx, doc, 2, 3)).toEqual([ids[1], ids[2]]);
      expect(sentenceIdsInRange(ctx, doc, 1, 4)).toEqual(ids);
      expect(sentenceIdsInRange(ctx, doc, 4, 4)).toEqual([ids[3]]);
    });

    it('gives nothing for a range that ends before it starts', () => {
      const { ctx, doc } = withArticle();
      expect(sentenceIdsInRange(ctx, doc, 3, 1)).toEqual([]);
    });

    it('refuses a range at its first number the document lacks, saying which numbers exist', () => {
      const { ctx, doc } = withArticle();
      const missing = (from: number, to: number) => caught(() => sentenceIdsInRange(ctx, doc, from, to));
      expect(missing(1, 9)).toMatchObject({ code: 'not-found', message: '"Article" has sentences 1 to 4; there is no sentence 5.' });
      expect(missing(7, 9).message).toBe('"Article" has sentences 1 to 4; there is no sentence 7.');
      expect(missing(0, 2).message).toBe('"Article" has sentences 1 to 4; there is no sentence 0.');
    });

    it('counts only the asked document\'s sentences', () => {
      const { nb, ctx } = withArticle();
      const other = nb.importDocument({ title: 'Other', text: 'Gas flows. Prices fall.', sourceName: null });
      expect(sentenceIdsInRange(ctx, other, 1, 2)).toEqual(nb.sentenceIds(other));
      expect(caught(() => sentenceIdsInRange(ctx, other, 1, 3)).message).toBe('"Other" has sentences 1 to 2; there is no sentence 3.');
    });

    it('refuses a removed document', () => {
      const { nb, ctx, doc } = withArticle();
      nb.removeDocument(doc);
      expect(caught(() => sentenceIdsInRange(ctx, doc, 1, 2))).toMatchObject({
        code: 'not-found', message: `There is no document ${doc} in this notebook.`,
      });
    });
  });

  describe('requireSentences', () => {
    it('returns the sentences in the order asked, repeats included', () => {
      const { ctx, ids } = withArticle();
      expect(requireSentences(ctx, [ids[2]!, ids[0]!, ids[2]!]).map((s) => s.ordinal)).toEqual([3, 1, 3]);
      expect(requireSentences(ctx, [])).toEqual([]);
    });

    it('refuses an unknown sentence, and one whose document was removed, by its id', () => {
      const { nb, ctx, doc, ids } = withArticle();
      expect(caught(() => requireSentences(ctx, [ids[0]!, 999]))).toMatchObject({
        code: 'not-found', message: 'There is no sentence 999 in this notebook.',
      });
      nb.removeDocument(doc);
      expect(caught(() => requireSentences(ctx, [ids[1]!])).message).toBe(`There is no sentence ${ids[1]} in this notebook.`);
    });
  });
});
