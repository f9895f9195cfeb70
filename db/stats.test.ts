import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NotebookContext } from './context';
import type { NotebookStats } from './domain';
import { setNote } from './notes';
import { notebookStats } from './stats';
import { changeTags } from './tags';
import { addTheme, reorderThemes } from './themes';
import { useMemoryNotebook } from './test-support/memory-notebook';
import { fillRandomNotebook } from './test-support/random-notebook';

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
      sentenceCount: 0, taggedSentenceCount: 0, tagCount: 0, noteCount: 0, themes: [], themeRollups: [], documents: [], cooccurrence: [],
    });
  });

  it('counts only the documents of a set, when given one', () => {
    const { nb, ctx, missile, tag, ids, doc } = withArticle();
    const other = nb.importDocument({ title: 'Other', text: 'Gas flows. Prices rise.', sourceName: null });
    tag([ids[0]!], missile);
    tag(nb.sentenceIds(other), missile);
    expect(notebookStats(ctx, [other])).toMatchObject({ sentenceCount: 2, tagCount: 2, themes: [{ themeId: missile, count: 2 }, { count: 0 }] });
    expect(notebookStats(ctx, [doc]).documents.map((d) => d.title)).toEqual(['Article']);
    expect(notebookStats(ctx).tagCount).toBe(3);
  });

  it('lists every theme with its count, an untagged one at zero', () => {
    const { ctx, missile, trade, doc } = withArticle();
    expect(notebookStats(ctx)).toEqual({
      sentenceCount: 4, taggedSentenceCount: 0, tagCount: 0, noteCount: 0,
      themes: [{ themeId: missile, count: 0 }, { themeId: trade, count: 0 }],
      documents: [{ documentId: doc, title: 'Article', sentenceCount: 4, taggedCount: 0, themes: [] }],
      themeRollups: [],
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
      themeRollups: [],
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
      themeRollups: [],
      cooccurrence: [],
    });
  });
  it('counts a theme without tags at zero beside tagged ones, and leaves it out of every document', () => {
    const { nb, ctx, missile, trade, doc, ids, tag } = withArticle();
    const gas = addTheme(ctx, nb.history, { name: 'Gas' }).id;
    tag([ids[2]!], gas);
    tag([ids[3]!], missile);
    const stats = notebookStats(ctx);
    expect(stats.themes).toEqual([{ themeId: missile, count: 1 }, { themeId: trade, count: 0 }, { themeId: gas, count: 1 }]);
    expect(stats.documents).toEqual([
      { documentId: doc, title: 'Article', sentenceCount: 4, taggedCount: 2, themes: [{ themeId: missile, count: 1 }, { themeId: gas, count: 1 }] },
    ]);
    expect(stats.cooccurrence).toEqual([]);
  });

  it('pairs every two of four themes on one sentence, once each', () => {
    const { nb, ctx, missile, trade, ids, tag } = withArticle();
    const gas = addTheme(ctx, nb.history, { name: 'Gas' }).id;
    const talks = addTheme(ctx, nb.history, { name: 'Talks' }).id;
    for (const theme of [talks, missile, gas, trade]) tag([ids[1]!], theme);
    tag([ids[2]!], gas);
    tag([ids[2]!], talks);
    const stats = notebookStats(ctx);
    expect(stats).toMatchObject({ taggedSentenceCount: 2, tagCount: 6 });
    expect(stats.cooccurrence).toEqual([
      { a: missile, b: trade, count: 1 },
      { a: missile, b: gas, count: 1 },
      { a: missile, b: talks, count: 1 },
      { a: trade, b: gas, count: 1 },
      { a: trade, b: talks, count: 1 },
      { a: gas, b: talks, count: 2 },
    ]);
  });

  it('lists a document without tags with its sentences and no themes', () => {
    const { nb, ctx, missile, doc, ids, tag } = withArticle();
    const quiet = nb.importDocument({ title: 'Quiet', text: 'Nothing here. Nor here.', sourceName: null });
    setNote(ctx, nb.history, nb.sentenceIds(quiet)[0]!, 'a note, no tag');
    tag([ids[0]!], missile);
    expect(notebookStats(ctx)).toMatchObject({
      sentenceCount: 6, taggedSentenceCount: 1, tagCount: 1, noteCount: 1,
      documents: [
        { documentId: doc, title: 'Article', sentenceCount: 4, taggedCount: 1, themes: [{ themeId: missile, count: 1 }] },
        { documentId: quiet, title: 'Quiet', sentenceCount: 2, taggedCount: 0, themes: [] },
      ],
    });
  });

  it('leaves out a removed document between visible ones, its pairs included', () => {
    const { nb, ctx, missile, trade, doc, ids, tag } = withArticle();
    const middle = nb.importDocument({ title: 'Middle', text: 'Gas flows. Prices fall.', sourceName: null });
    const last = nb.importDocument({ title: 'Last', text: 'Talks resume.', sourceName: null });
    for (const id of nb.sentenceIds(middle)) {
      tag([id], missile);
      tag([id], trade);
      setNote(ctx, nb.history, id, 'removed with its document');
    }
    tag([ids[3]!, nb.sentenceIds(last)[0]!], trade);
    nb.removeDocument(middle);
    expect(notebookStats(ctx)).toEqual({
      sentenceCount: 5, taggedSentenceCount: 2, tagCount: 2, noteCount: 0,
      themes: [{ themeId: missile, count: 0 }, { themeId: trade, count: 2 }],
      documents: [
        { documentId: doc, title: 'Article', sentenceCount: 4, taggedCount: 1, themes: [{ themeId: trade, count: 1 }] },
        { documentId: last, title: 'Last', sentenceCount: 1, taggedCount: 1, themes: [{ themeId: trade, count: 1 }] },
      ],
      themeRollups: [],
      cooccurrence: [],
    });
  });

  it('counts themes whose ids are too large to read packed into one number', () => {
    const { ctx, missile, ids, tag } = withArticle();
    const huge = 2 ** 52;
    ctx.db.prepare("INSERT INTO themes (id, name, colour, position, created_at) VALUES (?, 'Imported', '#000000', 9, '2026-01-05T09:00:00.000Z')").run(huge);
    tag([ids[0]!, ids[1]!], missile);
    tag([ids[1]!], huge);
    expect(notebookStats(ctx)).toEqual(statsByJoins(ctx));
    expect(notebookStats(ctx).cooccurrence).toEqual([{ a: missile, b: huge, count: 1 }]);
  });

  it('counts the same when SQLite reads the tags in another order than their key', () => {
    const { nb, ctx, missile, trade, ids, tag } = withArticle();
    const gas = addTheme(ctx, nb.history, { name: 'Gas' }).id;
    for (const theme of [missile, trade, gas]) tag([ids[0]!, ids[2]!, ids[3]!], theme);
    tag([ids[1]!], trade);
    const expected = statsByJoins(ctx);
    nb.db.pragma('reverse_unordered_selects = ON');
    expect(notebookStats(ctx)).toEqual(expected);
  });

  it('counts exactly what joining every tag to its sentence and document counts, on random notebooks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const nb = notebook();
        fillRandomNotebook(nb, seed);
        expect(notebookStats(nb.ctx)).toEqual(statsByJoins(nb.ctx));
      }),
      { numRuns: 30 },
    );
  });
});

/** The counts as first written: every tag, note and sentence joined to its document to see whether it is visible. */
function statsByJoins(ctx: NotebookContext): NotebookStats {
  const sql = (text: string) => ctx.db.prepare(text);
  const visible = 'JOIN sentences s ON s.id = t.sentence_id JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL';
  const totals = sql(
    `SELECT
       (SELECT count(*) FROM sentences s JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL) AS sentences,
       (SELECT count(DISTINCT t.sentence_id) FROM tags t ${visible}) AS tagged,
       (SELECT count(*) FROM tags t ${visible}) AS tags,
       (SELECT count(*) FROM notes t ${visible}) AS notes`,
  ).get() as { sentences: number; tagged: number; tags: number; notes: number };
  const themes = sql(
    `SELECT th.id AS themeId, (SELECT count(*) FROM tags t ${visible} WHERE t.theme_id = th.id) AS count
     FROM themes th ORDER BY th.position, th.id`,
  ).all() as { themeId: number; count: number }[];
  const themeRollups = sql(
    `WITH RECURSIVE under(root, id) AS (SELECT id, id FROM themes UNION SELECT u.root, th.id FROM under u JOIN themes th ON th.parent_id = u.id)
     SELECT p.id AS themeId,
       (SELECT count(DISTINCT t.sentence_id) FROM under u JOIN tags t ON t.theme_id = u.id ${visible.replace('t.sentence_id', 't.sentence_id')} WHERE u.root = p.id) AS count
     FROM themes p WHERE EXISTS (SELECT 1 FROM themes c WHERE c.parent_id = p.id) ORDER BY p.id`,
  ).all() as { themeId: number; count: number }[];
  const documents = sql(
    `SELECT d.id AS documentId, d.title,
       (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentenceCount,
       (SELECT count(DISTINCT t.sentence_id) FROM tags t JOIN sentences s ON s.id = t.sentence_id WHERE s.document_id = d.id) AS taggedCount
     FROM documents d WHERE d.removed_at IS NULL ORDER BY d.id`,
  ).all() as { documentId: number; title: string; sentenceCount: number; taggedCount: number }[];
  const perDocument = sql(
    `SELECT s.document_id AS documentId, t.theme_id AS themeId, count(*) AS count
     FROM tags t ${visible} JOIN themes th ON th.id = t.theme_id
     GROUP BY s.document_id, t.theme_id ORDER BY s.document_id, th.position, th.id`,
  ).all() as { documentId: number; themeId: number; count: number }[];
  const cooccurrence = sql(
    `SELECT a.theme_id AS a, b.theme_id AS b, count(*) AS count
     FROM tags a JOIN tags b ON b.sentence_id = a.sentence_id AND a.theme_id < b.theme_id
     JOIN sentences s ON s.id = a.sentence_id JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL
     GROUP BY a.theme_id, b.theme_id ORDER BY a.theme_id, b.theme_id`,
  ).all() as { a: number; b: number; count: number }[];
  return {
    sentenceCount: totals.sentences,
    taggedSentenceCount: totals.tagged,
    tagCount: totals.tags,
    noteCount: totals.notes,
    themes,
    themeRollups,
    documents: documents.map((d) => ({
      ...d,
      themes: perDocument.filter((p) => p.documentId === d.documentId).map(({ themeId, count }) => ({ themeId, count })),
    })),
    cooccurrence,
  };
}
