/**
 * Counts by document details: how many documents and tagged sentences, and
 * tagged sentences per theme, for each outlet and each attribute value. A
 * researcher compares outlets ("how often does RT carry missile claims?")
 * or their own variables (stance, wave) with these.
 */
import type { NotebookContext } from './context';
import type { DetailGroupStats, DetailStats, DocumentStats } from './domain';

interface Group extends DetailGroupStats {
  perTheme: Map<number, number>;
}

export function detailStats(ctx: NotebookContext, documents: readonly DocumentStats[], themeOrder: readonly number[]): DetailStats {
  const outletOf = new Map(
    (ctx.sql('SELECT document_id, outlet FROM document_details WHERE outlet IS NOT NULL').raw().all() as [number, string][]),
  );
  const attributesOf = new Map<number, [string, string][]>();
  for (const [documentId, key, value] of ctx.sql('SELECT document_id, key, value FROM document_attributes ORDER BY document_id').raw().all() as [number, string, string][]) {
    let list = attributesOf.get(documentId);
    if (!list) attributesOf.set(documentId, (list = []));
    list.push([key, value]);
  }
  // Outlets and values are grouped ignoring case, under the spelling met first.
  const outlets = new Map<string, Group & { outlet: string | null }>();
  const attributes = new Map<string, Group & { key: string; value: string }>();
  for (const document of documents) {
    const outlet = outletOf.get(document.documentId) ?? null;
    const outletKey = outlet === null ? '' : `=${outlet.toLowerCase()}`;
    let byOutlet = outlets.get(outletKey);
    if (!byOutlet) outlets.set(outletKey, (byOutlet = { outlet, ...emptyGroup() }));
    add(byOutlet, document);
    for (const [key, value] of attributesOf.get(document.documentId) ?? []) {
      const groupKey = `${key.toLowerCase()}\u0000${value.toLowerCase()}`;
      let byValue = attributes.get(groupKey);
      if (!byValue) attributes.set(groupKey, (byValue = { key, value, ...emptyGroup() }));
      add(byValue, document);
    }
  }
  const rank = new Map(themeOrder.map((id, i) => [id, i]));
  const finish = <T extends Group>({ perTheme, ...group }: T): Omit<T, 'perTheme'> => ({
    ...group,
    themes: [...perTheme].sort((a, b) => (rank.get(a[0]) ?? Infinity) - (rank.get(b[0]) ?? Infinity)).map(([themeId, count]) => ({ themeId, count })),
  });
  const compare = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
  return {
    outlets: [...outlets.values()]
      .sort((a, b) => (a.outlet === null ? 1 : 0) - (b.outlet === null ? 1 : 0) || b.taggedCount - a.taggedCount || compare(a.outlet ?? '', b.outlet ?? ''))
      .map(finish),
    attributes: [...attributes.values()].sort((a, b) => compare(a.key, b.key) || compare(a.value, b.value)).map(finish),
  };
}

function emptyGroup(): Group {
  return { documentCount: 0, sentenceCount: 0, taggedCount: 0, themes: [], perTheme: new Map() };
}

function add(group: Group, document: DocumentStats): void {
  group.documentCount += 1;
  group.sentenceCount += document.sentenceCount;
  group.taggedCount += document.taggedCount;
  for (const { themeId, count } of document.themes) group.perTheme.set(themeId, (group.perTheme.get(themeId) ?? 0) + count);
}
