/**
 * The document details and memos an export writes, read in a few statements
 * whatever the number of documents: both renderers' sources take them from here.
 */
import type { NotebookContext } from '../context';
import type { SnapshotDetails, SnapshotMemo } from './snapshot';

/** Each visible document's details, by document id; documents without any are left out. */
export function readExportDetails(ctx: NotebookContext): Map<number, SnapshotDetails> {
  const details = new Map<number, SnapshotDetails>();
  const rows = ctx.sql(
    `SELECT dd.document_id, dd.outlet, dd.author, dd.published_on, dd.url, dd.language FROM document_details dd
     JOIN documents d ON d.id = dd.document_id AND d.removed_at IS NULL`,
  ).raw().all() as [number, string | null, string | null, string | null, string | null, string | null][];
  for (const [id, outlet, author, publishedOn, url, language] of rows) details.set(id, { outlet, author, publishedOn, url, language, attributes: [] });
  const attributes = ctx.sql(
    `SELECT a.document_id, a.key, a.value FROM document_attributes a
     JOIN documents d ON d.id = a.document_id AND d.removed_at IS NULL ORDER BY a.document_id, a.key`,
  ).raw().all() as [number, string, string][];
  for (const [id, key, value] of attributes) {
    let entry = details.get(id);
    if (!entry) details.set(id, (entry = { outlet: null, author: null, publishedOn: null, url: null, language: null, attributes: [] }));
    entry.attributes.push({ key, value });
  }
  return details;
}

/** The notebook's memo, and those of visible documents and of themes. */
export function readExportMemos(ctx: NotebookContext): SnapshotMemo[] {
  return (
    ctx.sql(
      `SELECT m.document_id, m.theme_id, m.body FROM memos m LEFT JOIN documents d ON d.id = m.document_id
       WHERE m.document_id IS NULL OR d.removed_at IS NULL ORDER BY m.id`,
    ).raw().all() as [number | null, number | null, string][]
  ).map(([documentId, themeId, body]) => ({ documentId, themeId, body }));
}
