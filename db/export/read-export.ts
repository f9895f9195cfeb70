import { exportedDocuments } from './exported-documents';
import type { NotebookContext } from '../context';
import { THEME_KEYS } from '../domain';
import { notesBySentence } from './coder-notes';
import { codebookOrder } from './obsidian';
import type { ExportSource } from './markdown';
import { readExportDetails, readExportMemos } from './read-details';
import type { SnapshotDocument, SnapshotSentence, SnapshotTheme } from './snapshot';

/**
 * An export's source read from the notebook as it is written: the codebook
 * and documents up front, then the sentences with a tag or a note document by document,
 * one range scan of the tags' key each, never the whole set in memory.
 * Call inside one read transaction, so every part sees the same notebook.
 */
export function exportSource(ctx: NotebookContext, notebookName: string, documentIds?: readonly number[], coder: string | null = null): ExportSource {
  const lastChange = ctx.sql('SELECT at FROM history ORDER BY id DESC LIMIT 1').get() as { at: string } | undefined;
  const created = ctx.sql("SELECT value FROM settings WHERE key = 'created_at'").get() as { value: string } | undefined;
  const themes = (
    ctx.sql('SELECT id, name, colour, description, key_slot, position, parent_id FROM themes ORDER BY position, id').all() as {
      id: number; name: string; colour: string; description: string; key_slot: number | null; position: number; parent_id: number | null;
    }[]
  ).map((t): SnapshotTheme => ({
    id: t.id, name: t.name, colour: t.colour, description: t.description, key: null, order: t.position, parentId: t.parent_id,
  }));
  const details = readExportDetails(ctx);
  const documents = exportedDocuments(ctx, documentIds).map((d): SnapshotDocument => {
    const found = details.get(d.id);
    return found ? { ...d, details: found } : d;
  });
  // Keys are the first nine places in codebook order, as the workspace shows them.
  codebookOrder(themes).forEach((theme, i) => (theme.key = i < THEME_KEYS ? i + 1 : null));
  const rank = new Map(themes.map((theme, i) => [theme.id, i]));
  return {
    notebookName,
    // The time of the last change, so exporting an unchanged notebook twice writes the same bytes.
    exportedAt: lastChange?.at ?? created?.value ?? new Date(0).toISOString(),
    themes,
    documents,
    memos: readExportMemos(ctx),
    taggedSentences: (function* () {
      for (const document of documents) yield* taggedSentencesOf(ctx, document.id, rank, coder);
    })(),
  };
}

type TaggedRow = [id: number, ordinal: number, text: string, notes: string, themeIds: string | null];

/** A document's sentences with a tag or a note, in sentence order, theme ids in codebook order. */
function* taggedSentencesOf(ctx: NotebookContext, documentId: number, rank: Map<number, number>, coder: string | null): Generator<SnapshotSentence> {
  const range = sentenceIdRange(ctx, documentId);
  if (range) {
    yield* taggedSentencesInRange(ctx, documentId, range, rank, coder);
    return;
  }
  const rows = ctx.sql(
    `SELECT s.id, s.ordinal, s.text,
       (SELECT json_group_array(json_array(sentence_id, coder, body)) FROM
          (SELECT sentence_id, coder, body FROM notes n WHERE n.sentence_id = s.id AND (@coder IS NULL OR n.coder = @coder) ORDER BY coder COLLATE NOCASE)),
       (SELECT group_concat(DISTINCT theme_id) FROM tags t WHERE t.sentence_id = s.id AND (@coder IS NULL OR t.coder = @coder)) AS themes
     FROM sentences s WHERE s.document_id = @document ORDER BY s.ordinal`,
  ).raw().iterate({ document: documentId, coder }) as IterableIterator<TaggedRow>;
  for (const [id, ordinal, text, notes, themeIds] of rows) {
    const note = notesBySentence(JSON.parse(notes) as [number, string, string][]).get(id) ?? null;
    if (themeIds === null && note === null) continue;
    yield { sentenceId: id, documentId, number: ordinal, text, note, themeIds: inCodebookOrder(themeIds, rank) };
  }
}

/**
 * A document held in one id range. Joining tags to sentences row by row costs
 * more than reading the three apart: its tags come as one string and its notes
 * as one JSON array (one row each), then the sentences in id order, which is
 * sentence order here, and the two are merged. A sentence with a note and no
 * tag comes with no theme ids: the renderer decides whether to quote it.
 */
function* taggedSentencesInRange(
  ctx: NotebookContext,
  documentId: number,
  range: { first: number; last: number },
  rank: Map<number, number>,
  coder: string | null,
): Generator<SnapshotSentence> {
  // In key order, as the primary key is scanned; a theme held by several coders comes once per coder.
  const pairs = ctx
    .sql(
      coder === null
        ? `SELECT group_concat(sentence_id || ',' || theme_id, ',') FROM tags WHERE sentence_id BETWEEN ? AND ?`
        : `SELECT group_concat(sentence_id || ',' || theme_id, ',') FROM tags WHERE sentence_id BETWEEN ? AND ? AND coder = ?`,
    )
    .pluck()
    .get(range.first, range.last, ...(coder === null ? [] : [coder])) as string | null;
  const notesJson = ctx
    .sql(
      `SELECT json_group_array(json_array(sentence_id, coder, body)) FROM
         (SELECT sentence_id, coder, body FROM notes WHERE sentence_id BETWEEN ? AND ? AND (? IS NULL OR coder = ?) ORDER BY sentence_id, coder COLLATE NOCASE)`,
    )
    .pluck()
    .get(range.first, range.last, coder, coder) as string;
  const notes = notesBySentence(JSON.parse(notesJson) as [number, string, string][]);
  if (pairs === null && notes.size === 0) return;
  const tagged = pairs === null ? [] : inSentenceOrder(pairs.split(',').map(Number));
  // Past the last tagged or noted sentence, nothing more is read.
  let lastWanted = tagged.length > 0 ? tagged[tagged.length - 2]! : 0;
  for (const id of notes.keys()) lastWanted = Math.max(lastWanted, id);
  // A mostly tagged document is read in one pass over all its rows, the untagged skipped here;
  // otherwise each tagged sentence is looked up, in id order.
  const dense = tagged.length / 2 > (range.last - range.first + 1) / 2;
  const rows = ctx
    .sql(
      dense
        ? 'SELECT id, ordinal, text FROM sentences WHERE id BETWEEN ? AND ? AND +document_id = ? ORDER BY id'
        : `SELECT id, ordinal, text FROM sentences
           WHERE id IN (SELECT sentence_id FROM tags WHERE sentence_id BETWEEN ? AND ?
                        UNION SELECT sentence_id FROM notes WHERE sentence_id BETWEEN ? AND ?) AND +document_id = ? ORDER BY id`,
    )
    .raw()
    .iterate(...(dense ? [range.first, range.last, documentId] : [range.first, range.last, range.first, range.last, documentId])) as IterableIterator<[number, number, string]>;
  let at = 0;
  for (const [id, ordinal, text] of rows) {
    if (id > lastWanted) break;
    // Both lists run in id order; skip tags whose sentence row is missing rather than misattribute them.
    while (at < tagged.length && tagged[at]! < id) at += 2;
    const themeIds: number[] = [];
    while (at < tagged.length && tagged[at] === id) {
      if (!themeIds.includes(tagged[at + 1]!)) themeIds.push(tagged[at + 1]!);
      at += 2;
    }
    const note = notes.get(id) ?? null;
    if (themeIds.length === 0 && note === null) continue;
    if (themeIds.length > 1) themeIds.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a - b);
    yield { sentenceId: id, documentId, number: ordinal, text, note, themeIds };
  }
}

/** Flat [sentence, theme, sentence, theme, …] pairs sorted by sentence, should an aggregate ever hand them over in another order. */
function inSentenceOrder(pairs: number[]): number[] {
  let sorted = true;
  for (let i = 2; i < pairs.length && sorted; i += 2) sorted = pairs[i - 2]! <= pairs[i]!;
  if (sorted) return pairs;
  const tuples: [number, number][] = [];
  for (let i = 0; i < pairs.length; i += 2) tuples.push([pairs[i]!, pairs[i + 1]!]);
  return tuples.sort((a, b) => a[0] - b[0]).flat();
}

function inCodebookOrder(themeIds: string | null, rank: Map<number, number>): number[] {
  if (themeIds === null) return [];
  // Most sentences carry one theme.
  if (!themeIds.includes(',')) return [Number(themeIds)];
  return themeIds.split(',').map(Number).sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a - b);
}

/**
 * A document's sentences are written once, in order, in one transaction, so
 * they hold consecutive ids in sentence order. Returns that id range when the
 * document's first and last sentences show it (a salvaged notebook may not
 * keep it; such a document is then read by its sentence numbers instead).
 */
function sentenceIdRange(ctx: NotebookContext, documentId: number): { first: number; last: number } | null {
  const first = ctx.sql('SELECT id, ordinal FROM sentences WHERE document_id = ? ORDER BY ordinal LIMIT 1').raw().get(documentId) as [number, number] | undefined;
  const last = ctx.sql('SELECT id, ordinal FROM sentences WHERE document_id = ? ORDER BY ordinal DESC LIMIT 1').raw().get(documentId) as [number, number] | undefined;
  if (!first || !last || first[1] !== 1) return null;
  return last[0] - first[0] === last[1] - 1 ? { first: first[0], last: last[0] } : null;
}
