import type { DocumentSummary } from './domain';
import type { NotebookContext } from './context';
import { NotebookError } from './notebook-error';
import type { DocumentRow } from './rows';
import { segmentText } from './segmenter';

export interface DocumentInput {
  title: string;
  text: string;
  sourceName: string | null;
}

const SUMMARY_SQL = `
  SELECT d.id, d.title, d.source_name, d.imported_at,
    (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentence_count,
    (SELECT coalesce(max(s.paragraph) + 1, 0) FROM sentences s WHERE s.document_id = d.id) AS paragraph_count,
    (SELECT count(DISTINCT t.sentence_id) FROM tags t JOIN sentences s ON s.id = t.sentence_id WHERE s.document_id = d.id) AS tagged_count,
    (SELECT count(*) FROM notes n JOIN sentences s ON s.id = n.sentence_id WHERE s.document_id = d.id) AS note_count
  FROM documents d`;

interface SummaryRow extends Pick<DocumentRow, 'id' | 'title' | 'source_name' | 'imported_at'> {
  sentence_count: number;
  paragraph_count: number;
  tagged_count: number;
  note_count: number;
}

function toSummary(row: SummaryRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    sourceName: row.source_name,
    importedAt: row.imported_at,
    sentenceCount: row.sentence_count,
    paragraphCount: row.paragraph_count,
    taggedCount: row.tagged_count,
    noteCount: row.note_count,
  };
}

export function listDocuments(ctx: NotebookContext): DocumentSummary[] {
  const rows = ctx.sql(`${SUMMARY_SQL} WHERE d.removed_at IS NULL ORDER BY d.id`).all() as SummaryRow[];
  return rows.map(toSummary);
}

export function documentSummary(ctx: NotebookContext, documentId: number): DocumentSummary {
  const row = ctx.sql(`${SUMMARY_SQL} WHERE d.id = ? AND d.removed_at IS NULL`).get(documentId) as
    | SummaryRow
    | undefined;
  if (!row) throw new NotebookError('not-found', `There is no document ${documentId} in this notebook.`);
  return toSummary(row);
}

/** Stores the text verbatim and its sentences. Call inside a transaction. */
export function insertDocument(ctx: NotebookContext, input: DocumentInput): number {
  const title = input.title.trim();
  if (!title) throw new NotebookError('invalid-input', 'A document needs a title.');
  const sentences = segmentText(input.text);
  if (sentences.length === 0) {
    throw new NotebookError('file-empty', `"${title}" has no text to read.`);
  }
  const result = ctx.sql('INSERT INTO documents (title, source_name, imported_at, original_text) VALUES (?, ?, ?, ?)')
    .run(title, input.sourceName, ctx.now(), input.text);
  const documentId = Number(result.lastInsertRowid);
  const insert = ctx.sql(
    'INSERT INTO sentences (document_id, ordinal, paragraph, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?)',
  );
  let ordinal = 0;
  for (const sentence of sentences) {
    ordinal += 1;
    insert.run(documentId, ordinal, sentence.paragraph, sentence.start, sentence.end, sentence.text);
  }
  ctx.sql('INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE document_id = ?').run(documentId);
  return documentId;
}

/** A document's row without its text, which can be tens of megabytes: every page request and CLI tag checks the document. */
export type DocumentHeading = Omit<DocumentRow, 'original_text'>;

export function requireVisibleDocument(ctx: NotebookContext, documentId: number): DocumentHeading {
  const row = ctx.sql('SELECT id, title, source_name, imported_at, removed_at FROM documents WHERE id = ? AND removed_at IS NULL').get(documentId) as
    | DocumentHeading
    | undefined;
  if (!row) throw new NotebookError('not-found', `There is no document ${documentId} in this notebook.`);
  return row;
}
