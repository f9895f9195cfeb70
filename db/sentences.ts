import type { CoderTag, Note, Sentence, SentencePage } from './domain';
import type { NotebookContext } from './context';
import { documentSpans } from './document-spans';
import { requireVisibleDocument } from './documents';
import { taggedWith } from './retrieve';
import { NotebookError } from './notebook-error';
import { NOTE_COLUMNS, type DocumentRow, type NoteRow, type SentenceRow } from './rows';

export function listSentences(
  ctx: NotebookContext,
  documentId: number,
  page: { offset: number; limit: number },
): SentencePage {
  requireVisibleDocument(ctx, documentId);
  const total = sentenceCount(ctx, documentId);
  const rows = ctx.sql('SELECT * FROM sentences WHERE document_id = ? AND ordinal > ? ORDER BY ordinal LIMIT ?')
    .all(documentId, page.offset, page.limit) as SentenceRow[];
  return { documentId, total, offset: page.offset, sentences: withTagsAndNotes(ctx, rows) };
}

/** Attaches the view's themes (in codebook order) and notes to a run of sentences, two queries for the whole run. */
export function withTagsAndNotes(ctx: NotebookContext, rows: SentenceRow[]): Sentence[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const low = Math.min(...ids);
  const high = Math.max(...ids);
  const inView = viewedCoder(ctx);
  const tags = ctx.sql(
      `SELECT t.sentence_id, t.theme_id, t.coder FROM tags t JOIN themes th ON th.id = t.theme_id
       WHERE t.sentence_id BETWEEN ? AND ? ORDER BY th.position, th.id, t.coder COLLATE NOCASE`,
    )
    .all(low, high) as { sentence_id: number; theme_id: number; coder: string }[];
  const notes = ctx.sql(`SELECT ${NOTE_COLUMNS} FROM notes WHERE sentence_id BETWEEN ? AND ? ORDER BY coder COLLATE NOCASE`).all(low, high) as NoteRow[];
  const tagsBySentence = new Map<number, CoderTag[]>();
  for (const tag of tags) {
    if (!inView(tag.coder)) continue;
    const entry = { themeId: tag.theme_id, coder: tag.coder };
    const list = tagsBySentence.get(tag.sentence_id);
    if (list) list.push(entry);
    else tagsBySentence.set(tag.sentence_id, [entry]);
  }
  const notesBySentence = new Map<number, NoteRow[]>();
  for (const note of notes) {
    const list = notesBySentence.get(note.sentence_id);
    if (list) list.push(note);
    else notesBySentence.set(note.sentence_id, [note]);
  }
  return rows.map((row) => {
    const sentenceTags = tagsBySentence.get(row.id) ?? [];
    const sentenceNotes = notesBySentence.get(row.id) ?? [];
    const own = sentenceNotes.find((n) => n.coder === ctx.coder);
    return {
      id: row.id,
      documentId: row.document_id,
      number: row.ordinal,
      paragraph: row.paragraph,
      text: row.text,
      start: row.start_offset,
      end: row.end_offset,
      themeIds: [...new Set(sentenceTags.map((t) => t.themeId))],
      tags: sentenceTags,
      note: own ? toNote(own) : null,
      otherNotes: sentenceNotes.filter((n) => n !== own && inView(n.coder)).map(toNote),
    };
  });
}

function toNote(row: NoteRow): Note {
  return { sentenceId: row.sentence_id, coder: row.coder, body: row.body, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** Whether the reader's view shows a coder's tags and notes. */
export function viewedCoder(ctx: NotebookContext): (coder: string) => boolean {
  const view = ctx.view;
  if (view.kind === 'everyone') return () => true;
  const shown = view.kind === 'mine' ? ctx.coder : view.coder;
  return (coder) => coder === shown;
}

/**
 * Sentence numbers in a document carrying any (or all) of the themes. The
 * document is one range of sentence ids, rising with the number (see
 * document-spans.ts): each theme's tags in it are one range of tags_by_theme,
 * and a sentence's number is its place in the range.
 */
export function sentenceNumbersMatching(
  ctx: NotebookContext,
  documentId: number,
  themeIds: number[],
  mode: 'any' | 'all',
): number[] {
  requireVisibleDocument(ctx, documentId);
  const span = documentSpans(ctx).find((s) => s.documentId === documentId);
  if (!span || span.first > span.last) return [];
  return taggedWith(ctx, themeIds, mode, [[span.first, span.last]]).map((id) => id - span.first + 1);
}

export function sentenceByNumber(ctx: NotebookContext, documentId: number, number: number): SentenceRow {
  const document = requireVisibleDocument(ctx, documentId);
  const row = ctx.sql('SELECT * FROM sentences WHERE document_id = ? AND ordinal = ?').get(documentId, number) as
    | SentenceRow
    | undefined;
  if (!row) throw noSuchSentence(ctx, document, number);
  return row;
}

/**
 * The ids of a document's sentences `from` to `to` (numbers counted from 1,
 * inclusive), in order, from one query however long the range. The first
 * number the document lacks is refused, as sentenceByNumber refuses it.
 */
export function sentenceIdsInRange(ctx: NotebookContext, documentId: number, from: number, to: number): number[] {
  const document = requireVisibleDocument(ctx, documentId);
  const rows = ctx.sql('SELECT id, ordinal FROM sentences WHERE document_id = ? AND ordinal BETWEEN ? AND ? ORDER BY ordinal')
    .all(documentId, from, to) as { id: number; ordinal: number }[];
  for (let number = from; number <= to; number += 1) {
    if (rows[number - from]?.ordinal !== number) throw noSuchSentence(ctx, document, number);
  }
  return rows.map((r) => r.id);
}

/**
 * A document's sentences are numbered 1 to n without gaps (they are written
 * once, at import, and never edited), so the count is the highest number: one
 * index probe, where count(*) walks every sentence of a long document.
 */
export function sentenceCount(ctx: NotebookContext, documentId: number): number {
  return (ctx.sql('SELECT coalesce(max(ordinal), 0) AS n FROM sentences WHERE document_id = ?').get(documentId) as { n: number }).n;
}

function noSuchSentence(ctx: NotebookContext, document: Pick<DocumentRow, 'id' | 'title'>, number: number): NotebookError {
  const count = sentenceCount(ctx, document.id);
  return new NotebookError('not-found', `"${document.title}" has sentences 1 to ${count}; there is no sentence ${number}.`);
}

/** Checks the sentences exist in visible documents; returns their rows in the given order. */
export function requireSentences(ctx: NotebookContext, sentenceIds: number[]): SentenceRow[] {
  const statement = ctx.sql(
    'SELECT s.* FROM sentences s JOIN documents d ON d.id = s.document_id WHERE s.id = ? AND d.removed_at IS NULL',
  );
  return sentenceIds.map((id) => {
    const row = statement.get(id) as SentenceRow | undefined;
    if (!row) throw new NotebookError('not-found', `There is no sentence ${id} in this notebook.`);
    return row;
  });
}

/** "sentence 3 of ‘Moscow denies…’", "2 sentences of ‘…’" or "5 sentences in 3 documents": undo names the document. */
export function describeSentences(ctx: NotebookContext, sentences: readonly Pick<SentenceRow, 'ordinal' | 'document_id'>[]): string {
  const documents = [...new Set(sentences.map((s) => s.document_id))];
  if (documents.length > 1) return `${sentences.length} sentences in ${documents.length} documents`;
  const of = `of ${quotedTitle(ctx, documents[0]!)}`;
  return sentences.length === 1 ? `sentence ${sentences[0]!.ordinal} ${of}` : `${sentences.length} sentences ${of}`;
}

/** Titles longer than this are cut in undo labels, so the menu and status bar stay readable. */
const TITLE_IN_LABEL = 32;

function quotedTitle(ctx: NotebookContext, documentId: number): string {
  const row = ctx.sql('SELECT title FROM documents WHERE id = ?').get(documentId) as { title: string } | undefined;
  const title = (row?.title ?? `document ${documentId}`).trim();
  const chars = [...title];
  return `‘${chars.length > TITLE_IN_LABEL ? `${chars.slice(0, TITLE_IN_LABEL - 1).join('').trimEnd()}…` : title}’`;
}

