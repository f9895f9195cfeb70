import type { NotebookContext } from '../context';
import type { ExportSource } from './markdown';
import type { SnapshotSentence, SnapshotTheme } from './snapshot';

/**
 * An export's source read from the notebook as it is written: the codebook
 * and documents up front, then the tagged sentences document by document,
 * one range scan of the tags' key each, never the whole set in memory.
 * Call inside one read transaction, so every part sees the same notebook.
 */
export function exportSource(ctx: NotebookContext, notebookName: string): ExportSource {
  const lastChange = ctx.sql('SELECT at FROM history ORDER BY id DESC LIMIT 1').get() as { at: string } | undefined;
  const created = ctx.sql("SELECT value FROM settings WHERE key = 'created_at'").get() as { value: string } | undefined;
  const themes = (
    ctx.sql('SELECT id, name, colour, description, key_slot, position, parent_id FROM themes ORDER BY position, id').all() as {
      id: number; name: string; colour: string; description: string; key_slot: number | null; position: number; parent_id: number | null;
    }[]
  ).map((t): SnapshotTheme => ({
    id: t.id, name: t.name, colour: t.colour, description: t.description, key: t.key_slot, order: t.position, parentId: t.parent_id,
  }));
  const documents = (
    ctx.sql('SELECT id, title, source_name FROM documents WHERE removed_at IS NULL ORDER BY id').all() as {
      id: number; title: string; source_name: string | null;
    }[]
  ).map((d) => ({ id: d.id, title: d.title, sourceName: d.source_name }));
  const rank = new Map(themes.map((theme, i) => [theme.id, i]));
  return {
    notebookName,
    // The time of the last change, so exporting an unchanged notebook twice writes the same bytes.
    exportedAt: lastChange?.at ?? created?.value ?? new Date(0).toISOString(),
    themes,
    documents,
    taggedSentences: (function* () {
      for (const document of documents) yield* taggedSentencesOf(ctx, document.id, rank);
    })(),
  };
}

type TaggedRow = [id: number, ordinal: number, text: string, note: string | null, themeIds: string];

/** A document's tagged sentences in sentence order, theme ids in codebook order, read row by row. */
function* taggedSentencesOf(ctx: NotebookContext, documentId: number, rank: Map<number, number>): Generator<SnapshotSentence> {
  const range = sentenceIdRange(ctx, documentId);
  const rows = range
    ? (ctx.sql(
        `SELECT t.sentence_id, s.ordinal, s.text, n.body, group_concat(t.theme_id)
         FROM tags t JOIN sentences s ON s.id = t.sentence_id LEFT JOIN notes n ON n.sentence_id = t.sentence_id
         WHERE t.sentence_id BETWEEN ? AND ? AND s.document_id = ? GROUP BY t.sentence_id ORDER BY t.sentence_id`,
      ).raw().iterate(range.first, range.last, documentId) as IterableIterator<TaggedRow>)
    : (ctx.sql(
        `SELECT s.id, s.ordinal, s.text, n.body, group_concat(t.theme_id)
         FROM sentences s JOIN tags t ON t.sentence_id = s.id LEFT JOIN notes n ON n.sentence_id = s.id
         WHERE s.document_id = ? GROUP BY s.id ORDER BY s.ordinal`,
      ).raw().iterate(documentId) as IterableIterator<TaggedRow>);
  for (const [id, ordinal, text, note, themeIds] of rows) {
    yield { sentenceId: id, documentId, number: ordinal, text, note, themeIds: inCodebookOrder(themeIds, rank) };
  }
}

function inCodebookOrder(themeIds: string, rank: Map<number, number>): number[] {
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
