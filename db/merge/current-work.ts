/**
 * This notebook as the matcher sees it (match.ts): its visible documents
 * with their content hashes (the sentences only of those the incoming work
 * shares), its codebook, and what each coder already holds.
 */
import type { NotebookContext } from '../context';
import { schemaVersion } from '../migrations';
import { contentHash, normalisedOffsets } from './content-hash';
import { trimmedRange, type IncomingWork } from './incoming-work';
import type { CurrentDocument, CurrentWork } from './match';

/** From format 4 a tag, a note and a done mark belong to one coder. */
const CODERS_FORMAT = 4;

export function readCurrentWork(ctx: NotebookContext, incoming: IncomingWork): CurrentWork {
  const wanted = new Set(incoming.documents.map((d) => d.hash));
  const documents: CurrentDocument[] = [];
  const rows = ctx.sql('SELECT id, title, original_text FROM documents WHERE removed_at IS NULL ORDER BY id').iterate() as Iterable<{ id: number; title: string; original_text: string }>;
  for (const row of rows) {
    const hash = contentHash(row.original_text);
    const document: CurrentDocument = { id: row.id, title: row.title, hash, sentences: [] };
    if (wanted.has(hash)) {
      const toNormal = normalisedOffsets(row.original_text);
      const sentences = ctx.sql('SELECT id, start_offset, end_offset FROM sentences WHERE document_id = ? ORDER BY ordinal').all(row.id) as { id: number; start_offset: number; end_offset: number }[];
      document.sentences = sentences.map((s) => ({ id: s.id, ...trimmedRange(row.original_text, s.start_offset, s.end_offset, toNormal) }));
    }
    documents.push(document);
  }
  const themes = (ctx.sql('SELECT id, guid, name, parent_id FROM themes').all() as { id: number; guid: string | null; name: string; parent_id: number | null }[])
    .map((t) => ({ id: t.id, guid: t.guid, name: t.name, parentId: t.parent_id }));
  const perCoder = schemaVersion(ctx.db) >= CODERS_FORMAT;
  return {
    documents,
    themes,
    // Before format 4 a sentence holds a theme once, and one note, whoever wrote them.
    hasTag: perCoder
      ? (sentenceId, themeId, coder) => ctx.sql('SELECT 1 FROM tags WHERE sentence_id = ? AND theme_id = ? AND coder = ?').get(sentenceId, themeId, coder) !== undefined
      : (sentenceId, themeId) => ctx.sql('SELECT 1 FROM tags WHERE sentence_id = ? AND theme_id = ?').get(sentenceId, themeId) !== undefined,
    noteOf: perCoder
      ? (sentenceId, coder) => (ctx.sql('SELECT body FROM notes WHERE sentence_id = ? AND coder = ?').pluck().get(sentenceId, coder) as string | undefined) ?? null
      : (sentenceId) => (ctx.sql('SELECT body FROM notes WHERE sentence_id = ?').pluck().get(sentenceId) as string | undefined) ?? null,
    isDone: perCoder
      ? (documentId, coder) => ctx.sql('SELECT 1 FROM coded_documents WHERE document_id = ? AND coder = ?').get(documentId, coder) !== undefined
      : () => false,
  };
}
