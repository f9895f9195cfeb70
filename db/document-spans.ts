import type { NotebookContext } from './context';

/**
 * Where a document's sentences lie among sentence ids, so reads can count and
 * filter by id range instead of joining every sentence to its document.
 *
 * The invariant this rests on: insertDocument (db/documents.ts) inserts a
 * document's sentences in one transaction, right after the document's row, in
 * ordinal order 1..n, and sentences are never edited, moved or deleted on
 * their own (removing a document only marks it). So a document's sentence ids
 * are contiguous and rise with the ordinal, a later document's ids are all
 * higher (id order is reading order across the notebook), and a document's
 * sentence count is its highest ordinal.
 */
export interface DocumentSpan {
  documentId: number;
  title: string;
  /** Removed documents keep their sentences (and their place in the search index) so removal can be undone. */
  removed: boolean;
  /** The first and last sentence ids; first > last for a document without sentences. */
  first: number;
  last: number;
  sentenceCount: number;
}

/** Each notebook's spans, with the mark of the state they were read in. */
const remembered = new WeakMap<NotebookContext, { mark: string; spans: readonly DocumentSpan[] }>();

/**
 * Every document's span, in import order (which is sentence id order). Three
 * index probes per document on sentences(document_id, ordinal); the document's
 * text, which can be tens of megabytes, is never read. Reading whether a
 * document is removed walks past that text, though (the column comes after
 * it), which costs milliseconds per hundred articles: so the spans are kept
 * until the notebook changes, by this connection (total_changes) or by
 * another one (data_version).
 */
export function documentSpans(ctx: NotebookContext): readonly DocumentSpan[] {
  const mark = changeMark(ctx);
  const known = remembered.get(ctx);
  if (known?.mark === mark) return known.spans;
  const spans = readSpans(ctx);
  remembered.set(ctx, { mark, spans });
  return spans;
}

/** Moves whenever the notebook changes, through this connection or another: what is read before it moved may be out of date. */
export function changeMark(ctx: NotebookContext): string {
  const { changes, version } = ctx.sql('SELECT total_changes() AS changes, data_version AS version FROM pragma_data_version').get() as {
    changes: number;
    version: number;
  };
  return `${changes}:${version}`;
}

function readSpans(ctx: NotebookContext): DocumentSpan[] {
  const rows = ctx
    .sql(
      `SELECT d.id AS documentId, d.title, d.removed_at IS NOT NULL AS removed,
         coalesce((SELECT s.id FROM sentences s WHERE s.document_id = d.id ORDER BY s.ordinal LIMIT 1), 1) AS first,
         coalesce((SELECT s.id FROM sentences s WHERE s.document_id = d.id ORDER BY s.ordinal DESC LIMIT 1), 0) AS last,
         coalesce((SELECT max(s.ordinal) FROM sentences s WHERE s.document_id = d.id), 0) AS sentenceCount
       FROM documents d ORDER BY d.id`,
    )
    .all() as (Omit<DocumentSpan, 'removed'> & { removed: number })[];
  return rows.map((row) => ({ ...row, removed: row.removed === 1 }));
}
