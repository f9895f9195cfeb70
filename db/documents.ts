import type { DetailField, DocumentSummary } from './domain';
import type { NotebookContext } from './context';
import type { Statement } from 'better-sqlite3';
import { documentSpans, type DocumentSpan } from './document-spans';
import { NotebookError } from './notebook-error';
import type { DocumentDetailsRow, DocumentRow } from './rows';
import { segmentInBatches } from './segmenter';
import { isSpace } from './segmenter/chars';
import { codedBy } from './coded-marks';

export interface DocumentInput {
  title: string;
  text: string;
  sourceName: string | null;
  /** Details the file gave (a web page's outlet and author): written with the document, so undoing its import takes them too. */
  details?: Partial<Record<DetailField, string>>;
}

/** What a document is and where it comes from, never its text: the columns every summary starts with. */
const HEAD_COLUMNS = `d.id, d.title, d.source_name, d.imported_at, dd.outlet, dd.author, dd.published_on, dd.url, dd.language,
    (SELECT json_group_array(json_array(a.key, a.value)) FROM (SELECT key, value FROM document_attributes WHERE document_id = d.id ORDER BY key) a) AS attributes`;
const WITH_DETAILS = 'FROM documents d LEFT JOIN document_details dd ON dd.document_id = d.id';

const SUMMARY_SQL = `
  SELECT ${HEAD_COLUMNS},
    (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS sentence_count,
    (SELECT coalesce(max(s.paragraph) + 1, 0) FROM sentences s WHERE s.document_id = d.id) AS paragraph_count,
    (SELECT count(DISTINCT t.sentence_id) FROM tags t JOIN sentences s ON s.id = t.sentence_id WHERE s.document_id = d.id) AS tagged_count,
    (SELECT count(*) FROM notes n JOIN sentences s ON s.id = n.sentence_id WHERE s.document_id = d.id) AS note_count,
    (SELECT json_group_array(c.coder) FROM (SELECT coder FROM coded_documents WHERE document_id = d.id ORDER BY coder COLLATE NOCASE) c) AS coded_by
  ${WITH_DETAILS}`;

interface SummaryRow extends Pick<DocumentRow, 'id' | 'title' | 'source_name' | 'imported_at'>, Partial<Omit<DocumentDetailsRow, 'document_id'>> {
  /** JSON: [[key, value], ...] by key. */
  attributes?: string | null;
  sentence_count: number;
  paragraph_count: number;
  tagged_count: number;
  note_count: number;
  /** JSON: the coders who marked it coded, by name (the single summary's query). */
  coded_by?: string;
}

function toSummary(row: SummaryRow, coded: string[] = row.coded_by ? (JSON.parse(row.coded_by) as string[]) : []): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet ?? null,
    author: row.author ?? null,
    publishedOn: row.published_on ?? null,
    url: row.url ?? null,
    language: row.language ?? null,
    attributes: row.attributes ? (JSON.parse(row.attributes) as [string, string][]).map(([key, value]) => ({ key, value })) : [],
    sourceName: row.source_name,
    importedAt: row.imported_at,
    sentenceCount: row.sentence_count,
    paragraphCount: row.paragraph_count,
    taggedCount: row.tagged_count,
    noteCount: row.note_count,
    codedBy: coded,
  };
}

/**
 * The visible documents with their counts, in import order. Each document is
 * a range of sentence ids (document-spans.ts), so one ordered read of the
 * tagged sentences' ids and one of the notes' are walked against the ranges
 * for every document's counts at once, and a document's paragraphs are its
 * last sentence's; only the columns stored before a document's text are
 * read, never the text.
 */
export function listDocuments(ctx: NotebookContext): DocumentSummary[] {
  const spans = documentSpans(ctx).filter((span) => !span.removed);
  const heads = ctx
    .sql(
      `SELECT ${HEAD_COLUMNS} ${WITH_DETAILS} WHERE d.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(spans.map((span) => span.documentId))) as Omit<SummaryRow, 'sentence_count' | 'paragraph_count' | 'tagged_count' | 'note_count' | 'coded_by'>[];
  const byId = new Map(heads.map((head) => [head.id, head]));
  const tagged = perSpan(spans, ctx.sql('SELECT json_group_array(sentence_id) AS ids FROM (SELECT DISTINCT sentence_id FROM tags ORDER BY sentence_id)'));
  const notes = perSpan(spans, ctx.sql('SELECT json_group_array(sentence_id) AS ids FROM (SELECT sentence_id FROM notes ORDER BY sentence_id)'));
  // Paragraphs rise with the sentences: a document's last sentence is in its last paragraph.
  const lastIds = spans.filter((span) => span.first <= span.last).map((span) => span.last);
  const pairs = JSON.parse(
    (
      ctx
        .sql('SELECT json_group_array(json_array(s.id, s.paragraph)) AS pairs FROM sentences s WHERE s.id IN (SELECT value FROM json_each(?))')
        .get(JSON.stringify(lastIds)) as { pairs: string }
    ).pairs,
  ) as [number, number][];
  const lastParagraph = new Map(pairs);
  // One grouped read for every document's coded marks.
  const coded = codedBy(ctx);
  return spans.map((span, i) => {
    const last = span.first <= span.last ? lastParagraph.get(span.last) : undefined;
    return toSummary({
      ...byId.get(span.documentId)!,
      sentence_count: span.sentenceCount,
      paragraph_count: last === undefined ? 0 : last + 1,
      tagged_count: tagged[i]!,
      note_count: notes[i]!,
    }, coded.get(span.documentId));
  });
}

/** How many of the ascending ids a statement lists fall in each span (spans in id order). */
function perSpan(spans: readonly DocumentSpan[], statement: Statement): number[] {
  const ids = JSON.parse((statement.get() as { ids: string }).ids) as number[];
  const counts = new Array<number>(spans.length).fill(0);
  let at = 0;
  spans.forEach((span, i) => {
    while (at < ids.length && ids[at]! < span.first) at += 1;
    while (at < ids.length && ids[at]! <= span.last) {
      counts[i]! += 1;
      at += 1;
    }
  });
  return counts;
}

export function documentSummary(ctx: NotebookContext, documentId: number): DocumentSummary {
  const row = ctx.sql(`${SUMMARY_SQL} WHERE d.id = ? AND d.removed_at IS NULL`).get(documentId) as
    | SummaryRow
    | undefined;
  if (!row) throw new NotebookError('not-found', `There is no document ${documentId} in this notebook.`);
  return toSummary(row);
}

/**
 * Sentences are segmented and written this many at a time, so a book-length
 * text never holds all its sentences in memory at once.
 */
const SENTENCE_BATCH = 1024;
/** Sentences written per statement: one statement per sentence spends most of its time getting into SQLite and out. */
const ROWS_PER_INSERT = 32;
const SENTENCE_COLUMNS = 6;

const INSERT_SENTENCE = 'INSERT INTO sentences (document_id, ordinal, paragraph, start_offset, end_offset, text) VALUES (?, ?, ?, ?, ?, ?)';
const INSERT_SENTENCES = `INSERT INTO sentences (document_id, ordinal, paragraph, start_offset, end_offset, text) VALUES ${Array.from(
  { length: ROWS_PER_INSERT },
  () => '(?, ?, ?, ?, ?, ?)',
).join(', ')}`;

export interface InsertOptions {
  /**
   * Runs once the document's row exists and before its text is written into
   * it: SQLite rewrites a whole row to change any of its columns, so a change
   * to the row made then (the import's history step) does not read and
   * rewrite megabytes of text.
   */
  whileSmall?: (documentId: number) => void;
  /** False when the caller indexes the sentences with others' (indexSentencesAfter); default true. */
  index?: boolean;
}

/**
 * Stores the text verbatim and its sentences, segmented and written a batch
 * at a time, and indexes them for search. Call inside a transaction: a
 * failure part way leaves nothing of the document once it rolls back.
 */
export function insertDocument(ctx: NotebookContext, input: DocumentInput, options: InsertOptions = {}): number {
  const title = input.title.trim();
  if (!title) throw new NotebookError('invalid-input', 'A document needs a title.');
  // Text that is all white space has no sentences: say so before anything is written.
  if (!hasText(input.text)) throw new NotebookError('file-empty', `"${title}" has no text to read.`);
  const result = ctx.sql("INSERT INTO documents (title, source_name, imported_at, original_text) VALUES (?, ?, ?, '')")
    .run(title, input.sourceName, ctx.now());
  const documentId = Number(result.lastInsertRowid);
  options.whileSmall?.(documentId);
  ctx.sql('UPDATE documents SET original_text = ? WHERE id = ?').run(input.text, documentId);
  const many = ctx.sql(INSERT_SENTENCES);
  const one = ctx.sql(INSERT_SENTENCE);
  // Reused for every statement: a batch allocates no argument lists.
  const values: unknown[] = new Array(ROWS_PER_INSERT * SENTENCE_COLUMNS);
  let ordinal = 0;
  segmentInBatches(input.text, SENTENCE_BATCH, (sentences) => {
    let i = 0;
    for (; i + ROWS_PER_INSERT <= sentences.length; i += ROWS_PER_INSERT) {
      for (let row = 0; row < ROWS_PER_INSERT; row += 1) {
        const sentence = sentences[i + row]!;
        const at = row * SENTENCE_COLUMNS;
        ordinal += 1;
        values[at] = documentId;
        values[at + 1] = ordinal;
        values[at + 2] = sentence.paragraph;
        values[at + 3] = sentence.start;
        values[at + 4] = sentence.end;
        values[at + 5] = sentence.text;
      }
      many.run(values);
    }
    for (; i < sentences.length; i += 1) {
      const sentence = sentences[i]!;
      ordinal += 1;
      one.run(documentId, ordinal, sentence.paragraph, sentence.start, sentence.end, sentence.text);
    }
  });
  if (input.details && Object.keys(input.details).length > 0) {
    const { outlet, author, publishedOn, url, language } = input.details;
    ctx.sql('INSERT INTO document_details (document_id, outlet, author, published_on, url, language) VALUES (?, ?, ?, ?, ?, ?)')
      .run(documentId, outlet ?? null, author ?? null, publishedOn ?? null, url ?? null, language ?? null);
  }
  if (options.index ?? true) ctx.sql('INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE document_id = ?').run(documentId);
  return documentId;
}

/** The newest sentence's id (0 in an empty notebook): sentences written after it have larger ids. */
export function lastSentenceId(ctx: NotebookContext): number {
  return ctx.sql('SELECT coalesce(max(id), 0) FROM sentences').pluck().get() as number;
}

/**
 * Indexes for search the sentences written after sentence `afterId`, in one
 * statement. SQLite's full-text index writes out what it has gathered at the
 * end of every statement (within a bounded buffer meanwhile), and merges the
 * pieces it wrote: the documents of an import indexed together cost a
 * quarter less than each indexed on its own.
 */
export function indexSentencesAfter(ctx: NotebookContext, afterId: number): void {
  ctx.sql('INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id > ?').run(afterId);
}

/**
 * A document just inserted, summarised from its last sentence (sentences are
 * numbered without gaps and paragraphs never go back): one index probe, where
 * documentSummary counts every sentence. A new document has no tags or notes.
 */
export function insertedSummary(ctx: NotebookContext, documentId: number): DocumentSummary {
  const row = ctx.sql(
    `SELECT d.id, d.title, d.source_name, d.imported_at, s.ordinal AS sentence_count, s.paragraph + 1 AS paragraph_count
     FROM documents d JOIN sentences s ON s.document_id = d.id WHERE d.id = ? ORDER BY s.ordinal DESC LIMIT 1`,
  ).get(documentId) as Omit<SummaryRow, 'tagged_count' | 'note_count' | 'coded_by'> | undefined;
  if (!row) throw new NotebookError('not-found', `There is no document ${documentId} in this notebook.`);
  return toSummary({ ...row, tagged_count: 0, note_count: 0 });
}

/** Whether the text has a character that is not white space (exactly what a sentence needs), found without copying it. */
function hasText(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
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
