/**
 * This notebook as the matcher sees it (match.ts): its visible documents
 * with their content hashes (the sentences only of those the incoming work
 * shares), its codebook, and what each coder already holds (a notebook
 * open for writing is in the latest format: a tag, a note and a done mark
 * belong to one coder).
 */
import type { NotebookContext } from '../context';
import { contentHash, normalisedOffsets } from './content-hash';
import { trimmedRange, type IncomingWork } from './incoming-work';
import type { CurrentDocument, CurrentWork } from './match';

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
  return {
    documents,
    themes,
    hasTag: (sentenceId, themeId, coder) => ctx.sql('SELECT 1 FROM tags WHERE sentence_id = ? AND theme_id = ? AND coder = ?').get(sentenceId, themeId, coder) !== undefined,
    noteOf: (sentenceId, coder) => (ctx.sql('SELECT body FROM notes WHERE sentence_id = ? AND coder = ?').pluck().get(sentenceId, coder) as string | undefined) ?? null,
    isDone: (documentId, coder) => ctx.sql('SELECT 1 FROM coded_documents WHERE document_id = ? AND coder = ?').get(documentId, coder) !== undefined,
  };
}
