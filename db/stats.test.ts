import { describe, expect, it } from 'vitest';
import { setNote } from './notes';
import { notebookStats } from './stats';
import { changeTags } from './tags';
import { addTheme, reorderThemes } from './themes';
import { useMemoryNotebook } from './test-support/memory-notebook';

const ARTICLE = 'Moscow denied it. Officials disagreed.\nAnkara warned about gas. Talks were planned.\n';

describe('notebookStats', () => {
  const notebook = useMemoryNotebook();

  function withArticle() {
    const nb = notebook();
    const missile = addTheme(nb.ctx, nb.history, { name: 'Missile claims' }).id;
    const trade = addTheme(nb.ctx, nb.history, { name: 'Turkey trade threats' }).id;
    const doc = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
    const ids = nb.sentenceIds(doc);
    const tag = (sentenceIds: number[], themeId: number) => changeTags(nb.ctx, nb.history, sentenceIds, themeId, 'add');
    return { nb, ctx: nb.ctx, missile, trade, doc, ids, tag };
  }

  it('counts nothing in an empty notebook', () => {
    expect(notebookStats(notebook().ctx)).toEqual({
      sentenceCount: 0, taggedSentenceCount: 0, tagCount: 0, noteCount: 0, themes: [], documents: [], cooccurrence: [],
    });
  });

  it('lists every theme with its count, an untagged one at zero', () => {
    const { ctx, missile, trade, doc } = withArticle();
    expect(notebookStats(ctx)).toEqual({
      sentenceCount: 4, taggedSentenceCount: 0, tagCount: 0, noteCount: 0,
      themes: [{ themeId: missile, count: 0 }, { themeId: trade, count: 0 }],
      documents: [{ documentId: doc, title: 'Article', sentenceCount: 4, taggedCount: 0, themes: [] }],
      cooccurrence: [],
    });
  });

  it('counts sentences, tagged sentences once each, tags, notes, per theme and per document, and themes sharing a sentence', () => {
    const { nb, ctx, missile, trade, doc, ids, tag } = withArticle();
    tag([ids[0]!, ids[1]!], missile);
    tag([ids[1]!], trade);
    setNote(ctx, nb.history, ids[1]!, 'both');
    expect(notebookStats(ctx)).toEqual({
      sentenceCount: 4, taggedSentenceCount: 2, tagCount: 3, noteCount: 1,
      themes: [{ themeId: missile, count: 2 }, { themeId: trade, count: 1 }],
      documents: [
        { documentId: doc, title: 'Article', sentenceCount: 4, taggedCount: 2, themes: [{ themeId: missile, count: 2 }, { themeId: trade, count: 1 }] },
      ],
      cooccurrence: [{ a: missile, b: trade, count: 1 }],
    });
  });

  it('lists themes in codebook order, and pairs each two themes once, lower id first', () => {
    const { nb, ctx, missile, trade, ids, tag } = withArticle();
    const gas = addTheme(ctx, nb.history, { name: 'Gas' }).id;
    reorderThemes(ctx, nb.history, [gas, trade, missile]);
    for (const theme of [missile, trade, gas]) tag([ids[0]!, ids[2]!], theme);
    tag([ids[3]!], gas);
    const stats = notebookStats(ctx);
    expect(stats.themes).toEqual([{ themeId: gas, count: 3 }, { themeId: trade, count: 2 }, { themeId: missile, count: 2 }]);
    expect(stats.documents[0]!.themes.map((t) => t.themeId)).toEqual([gas, trade, missile]);
    expect(stats.cooccurrence).toEqual([
      { a: missile, b: trade, count: 2 },
      { a: missile, b: gas, count: 2 },
      { a: trade, b: gas, count: 2 },
    ]);
  });

  it('counts each document on its own, in import order', () => {
    const { nb, ctx, missile, doc, ids, tag } = withArticle();
    const other = nb.importDocument({ title: 'Other', text: 'Gas flows. Prices fall. Talks resume.', sourceName: null });
    const [gas] = nb.sentenceIds(other);
    tag([ids[0]!, gas!], missile);
    expect(notebookStats(ctx).documents).toEqual([
      { documentId: doc, title: 'Article', sentenceCount: 4, taggedCount: 1, themes: [{ themeId: missile, count: 1 }] },
      { documentId: other, title: 'Other', sentenceCount: 3, taggedCount: 1, themes: [{ themeId: missile, count: 1 }] },
    ]);
    expect(notebookStats(ctx)).toMatchObject({ sentenceCount: 7, taggedSentenceCount: 2, tagCount: 2 });
  });

  it('no longer counts a removed document, its tags, notes or shared themes', () => {
    const { nb, ctx, missile, trade, doc, ids, tag } = withArticle();
    const other = nb.importDocument({ title: 'Other', text: 'Gas flows.', sourceName: null });
    const [gas] = nb.sentenceIds(other);
    tag([ids[0]!, gas!], missile);
    tag([ids[0]!], trade);
    setNote(ctx, nb.history, ids[0]!, 'gone with the document');
    nb.removeDocument(doc);
    expect(notebookStats(ctx)).toEqual({
      sentenceCount: 1, taggedSentenceCount: 1, tagCount: 1, noteCount: 0,
      themes: [{ themeId: missile, count: 1 }, { themeId: trade, count: 0 }],
      documents: [{ documentId: other, title: 'Other', sentenceCount: 1, taggedCount: 1, themes: [{ themeId: missile, count: 1 }] }],
      cooccurrence: [],
    });
  });
});
