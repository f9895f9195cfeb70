/** The notebook's counts by document details (outlet, attribute values), as `themata stats` prints them. */
import type { NotebookContext } from './context';
import { type GroupedDetails, groupByDetails } from './detail-groups';
import type { DetailStats, DocumentStats } from './domain';

export function detailStats(ctx: NotebookContext, documents: readonly DocumentStats[], themeOrder: readonly number[]): DetailStats {
  const detailsOf = new Map<number, { outlet: string | null; attributes: { key: string; value: string }[] }>();
  const entry = (documentId: number) => {
    let details = detailsOf.get(documentId);
    if (!details) detailsOf.set(documentId, (details = { outlet: null, attributes: [] }));
    return details;
  };
  for (const [documentId, outlet] of ctx.sql('SELECT document_id, outlet FROM document_details WHERE outlet IS NOT NULL').raw().all() as [number, string][]) {
    entry(documentId).outlet = outlet;
  }
  for (const [documentId, key, value] of ctx.sql('SELECT document_id, key, value FROM document_attributes ORDER BY document_id').raw().all() as [number, string, string][]) {
    entry(documentId).attributes.push({ key, value });
  }
  return groupByDetails(documents, detailsOf as ReadonlyMap<number, GroupedDetails>, themeOrder);
}
