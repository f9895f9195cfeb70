/**
 * The effects of a change, read inside its transaction: one round trip from
 * a key press to a repainted screen. Each query is bounded by what the change
 * touched, never by the size of the notebook's history.
 */
import type { NotebookContext } from './context';
import type { ChangeEffects, DocumentCount, HistoryState, ThemeCount } from './domain';
import type { SentenceRow } from './rows';
import { withTagsAndNotes } from './sentences';
import { rollupsAbove } from './themes';

/** Sentences beyond this are not sent back; the screen reads its page again. */
export const MOST_SENTENCES_RETURNED = 1000;

export function changeEffects(ctx: NotebookContext, history: HistoryState, sentenceIds: readonly number[], themeIds: readonly number[]): ChangeEffects {
  const ids = [...new Set(sentenceIds)];
  const rows = ids.length <= MOST_SENTENCES_RETURNED ? sentenceRows(ctx, ids) : [];
  const documentIds = new Set(ids.length <= MOST_SENTENCES_RETURNED ? rows.map((r) => r.document_id) : documentsOf(ctx, ids));
  return {
    history,
    sentences: ids.length <= MOST_SENTENCES_RETURNED ? withTagsAndNotes(ctx, rows) : null,
    themeCounts: [...new Set(themeIds)].map((themeId) => themeCount(ctx, themeId)),
    rollupCounts: themeIds.length > 0 ? rollupsAbove(ctx, themeIds) : [],
    documentCounts: [...documentIds].map((documentId) => documentCount(ctx, documentId)),
  };
}

function sentenceRows(ctx: NotebookContext, ids: number[]): SentenceRow[] {
  const byId = ctx.sql('SELECT * FROM sentences WHERE id = ?');
  return ids.map((id) => byId.get(id) as SentenceRow | undefined).filter((row): row is SentenceRow => row !== undefined).sort((a, b) => a.id - b.id);
}

function documentsOf(ctx: NotebookContext, ids: number[]): number[] {
  const low = Math.min(...ids);
  const high = Math.max(...ids);
  return (ctx.sql('SELECT DISTINCT document_id FROM sentences WHERE id BETWEEN ? AND ?').pluck().all(low, high) as number[]);
}

/** As the codebook counts: tags on sentences of documents that are not removed. */
function themeCount(ctx: NotebookContext, themeId: number): ThemeCount {
  return { themeId, count: ctx.counts.themeCount(themeId) };
}

function documentCount(ctx: NotebookContext, documentId: number): DocumentCount {
  return ctx.counts.documentCount(documentId);
}
