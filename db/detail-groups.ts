/**
 * Counts by document details: how many documents and tagged sentences, and
 * tagged sentences per theme, for each outlet and each attribute value. A
 * researcher compares outlets ("how often does RT carry missile claims?") or
 * their own variables (stance, wave) with these. Pure: the store groups the
 * notebook's counts with it, the workspace the counts of its scope.
 */
import type { DetailGroupStats, DetailStats, DocumentStats } from './domain';

/** What grouping needs of a document's details. */
export interface GroupedDetails {
  outlet: string | null;
  attributes: readonly { key: string; value: string }[];
}

interface Group extends DetailGroupStats {
  perTheme: Map<number, number>;
}

export function groupByDetails(
  documents: readonly DocumentStats[],
  detailsOf: ReadonlyMap<number, GroupedDetails>,
  themeOrder: readonly number[],
): DetailStats {
  // Outlets and values are grouped ignoring case, under the spelling met first.
  const outlets = new Map<string, Group & { outlet: string | null }>();
  const attributes = new Map<string, Group & { key: string; value: string }>();
  for (const document of documents) {
    const details = detailsOf.get(document.documentId);
    const outlet = details?.outlet ?? null;
    const outletKey = outlet === null ? '' : `=${outlet.toLowerCase()}`;
    let byOutlet = outlets.get(outletKey);
    if (!byOutlet) outlets.set(outletKey, (byOutlet = { outlet, ...emptyGroup() }));
    add(byOutlet, document);
    for (const { key, value } of details?.attributes ?? []) {
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
