import type { NotebookStats } from './domain';
import type { NotebookContext } from './context';

/** Counts over visible documents only: a removed document no longer counts. */
export function notebookStats(ctx: NotebookContext): NotebookStats {
  const visible = 'JOIN sentences s ON s.id = t.sentence_id JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL';
  const totals = ctx
    .sql(
      `SELECT
         (SELECT count(*) FROM sentences s JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL) AS sentences,
         (SELECT count(DISTINCT t.sentence_id) FROM tags t ${visible}) AS tagged,
         (SELECT count(*) FROM tags t ${visible}) AS tags,
         (SELECT count(*) FROM notes t ${visible}) AS notes`,
    )
    .get() as { sentences: number; tagged: number; tags: number; notes: number };
  const themes = ctx
    .sql(
      `SELECT th.id AS themeId, (SELECT count(*) FROM tags t ${visible} WHERE t.theme_id = th.id) AS count
       FROM themes th ORDER BY th.position, th.id`,
    )
    .all() as { themeId: number; count: number }[];
  const documents = ctx
    .sql(
      `SELECT d.id AS documentId, d.title,
         (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentenceCount,
         (SELECT count(DISTINCT t.sentence_id) FROM tags t JOIN sentences s ON s.id = t.sentence_id WHERE s.document_id = d.id) AS taggedCount
       FROM documents d WHERE d.removed_at IS NULL ORDER BY d.id`,
    )
    .all() as { documentId: number; title: string; sentenceCount: number; taggedCount: number }[];
  const perDocument = ctx
    .sql(
      `SELECT s.document_id AS documentId, t.theme_id AS themeId, count(*) AS count
       FROM tags t ${visible} JOIN themes th ON th.id = t.theme_id
       GROUP BY s.document_id, t.theme_id ORDER BY s.document_id, th.position, th.id`,
    )
    .all() as { documentId: number; themeId: number; count: number }[];
  const cooccurrence = ctx
    .sql(
      `SELECT a.theme_id AS a, b.theme_id AS b, count(*) AS count
       FROM tags a JOIN tags b ON b.sentence_id = a.sentence_id AND a.theme_id < b.theme_id
       JOIN sentences s ON s.id = a.sentence_id JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL
       GROUP BY a.theme_id, b.theme_id ORDER BY a.theme_id, b.theme_id`,
    )
    .all() as { a: number; b: number; count: number }[];
  return {
    sentenceCount: totals.sentences,
    taggedSentenceCount: totals.tagged,
    tagCount: totals.tags,
    noteCount: totals.notes,
    themes,
    documents: documents.map((d) => ({
      ...d,
      themes: perDocument.filter((p) => p.documentId === d.documentId).map(({ themeId, count }) => ({ themeId, count })),
    })),
    cooccurrence,
  };
}
