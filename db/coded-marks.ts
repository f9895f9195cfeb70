import type { NotebookContext } from './context';

/** Each visible document's coders who marked it coded, by document id: one grouped read for the whole list. */
export function codedBy(ctx: NotebookContext): Map<number, string[]> {
  const rows = ctx
    .sql(
      `SELECT c.document_id, c.coder FROM coded_documents c JOIN documents d ON d.id = c.document_id AND d.removed_at IS NULL
       ORDER BY c.document_id, c.coder COLLATE NOCASE`,
    )
    .all() as { document_id: number; coder: string }[];
  const byDocument = new Map<number, string[]>();
  for (const row of rows) {
    const list = byDocument.get(row.document_id);
    if (list) list.push(row.coder);
    else byDocument.set(row.document_id, [row.coder]);
  }
  return byDocument;
}
