/**
 * The documents an export takes: every visible one in import order, or only
 * those asked for (the documents in the workspace's scope, or picked by their
 * details on the command line). Every format reads its documents here.
 */
import type { NotebookContext } from '../context';

export function exportedDocuments(ctx: NotebookContext, documentIds?: readonly number[]): { id: number; title: string; sourceName: string | null }[] {
  const rows = ctx.sql('SELECT id, title, source_name FROM documents WHERE removed_at IS NULL ORDER BY id').raw().all() as [number, string, string | null][];
  const only = documentIds ? new Set(documentIds) : null;
  return rows.filter(([id]) => !only || only.has(id)).map(([id, title, sourceName]) => ({ id, title, sourceName }));
}
