import type { NotebookCoder } from './domain';
import type { NotebookContext } from './context';
import type { History } from './history';
import { requireVisibleDocument } from './documents';

/**
 * Marks (or unmarks) a document as coded by a coder, as one undoable step:
 * agreement compares only the documents every compared coder has finished.
 * Returns whether anything changed.
 */
export function markCoded(ctx: NotebookContext, history: History, documentId: number, coder: string, coded: boolean): boolean {
  const document = requireVisibleDocument(ctx, documentId);
  const was = ctx.sql('SELECT 1 FROM coded_documents WHERE document_id = ? AND coder = ?').get(documentId, coder) !== undefined;
  if (was === coded) return false;
  const label = coded ? `Mark “${document.title}” as coded by ${coder}` : `Mark “${document.title}” as not yet coded by ${coder}`;
  history.record(label, [{ type: 'document-coded', documentId, coder, at: ctx.now(), coded }]);
  return true;
}

export { codedBy } from './coded-marks';

/** Every coder the notebook knows of (by their tags, notes or coded marks), with what each has done. */
export function notebookCoders(ctx: NotebookContext): NotebookCoder[] {
  return ctx
    .sql(
      `SELECT name, sum(tags) AS tags, sum(notes) AS notes, sum(coded) AS codedDocuments FROM (
         SELECT coder AS name, count(*) AS tags, 0 AS notes, 0 AS coded FROM tags GROUP BY coder
         UNION ALL SELECT coder, 0, count(*), 0 FROM notes GROUP BY coder
         UNION ALL SELECT coder, 0, 0, count(*) FROM coded_documents GROUP BY coder
       ) GROUP BY name ORDER BY name COLLATE NOCASE`,
    )
    .all() as NotebookCoder[];
}
