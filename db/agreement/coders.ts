/** The coders of a notebook, as agreement and consensus name them. */
import type { NotebookContext } from '../context';

/** A coder as agreement weighs them: tags and coded marks in the visible documents. */
export interface CoderWork {
  name: string;
  tagCount: number;
  codedDocuments: number;
}

/** Every coder with a tag or a coded mark in a visible document, by name. */
export function listCoders(ctx: NotebookContext): CoderWork[] {
  return ctx
    .sql(
      `SELECT coder AS name, sum(tags) AS tagCount, sum(coded) AS codedDocuments FROM (
         SELECT t.coder, count(*) AS tags, 0 AS coded FROM tags t JOIN sentences s ON s.id = t.sentence_id
           JOIN documents d ON d.id = s.document_id WHERE d.removed_at IS NULL GROUP BY t.coder
         UNION ALL
         SELECT c.coder, 0, count(*) FROM coded_documents c JOIN documents d ON d.id = c.document_id
           WHERE d.removed_at IS NULL GROUP BY c.coder
       ) GROUP BY coder ORDER BY coder COLLATE NOCASE, coder`,
    )
    .all() as CoderWork[];
}
