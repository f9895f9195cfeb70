/**
 * The codebook as a tree: each theme under its parent, siblings in their
 * stored order. The codebook is shown depth first (a parent, then its
 * sub-themes), and that order is the one keys, lists and exports follow.
 */

export interface TreeRow {
  id: number;
  parent_id: number | null;
  position: number;
}

export interface Placed<T> {
  row: T;
  depth: number;
}

/** Siblings in stored order: position, then id for rows that share one. */
function bySiblingOrder(a: TreeRow, b: TreeRow): number {
  return a.position - b.position || a.id - b.id;
}

/**
 * Every row depth first with its depth. A row whose parent is missing, or
 * that sits in a loop of parents (never written by Themata, but a file can
 * hold one), is shown at the top level rather than lost.
 */
export function treeOrder<T extends TreeRow>(rows: readonly T[]): Placed<T>[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<number | null, T[]>();
  for (const row of rows) {
    const parent = row.parent_id !== null && ids.has(row.parent_id) && row.parent_id !== row.id ? row.parent_id : null;
    const list = children.get(parent);
    if (list) list.push(row);
    else children.set(parent, [row]);
  }
  for (const list of children.values()) list.sort(bySiblingOrder);
  const placed: Placed<T>[] = [];
  const seen = new Set<number>();
  const visit = (row: T, depth: number) => {
    if (seen.has(row.id)) return;
    seen.add(row.id);
    placed.push({ row, depth });
    for (const child of children.get(row.id) ?? []) visit(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  // Rows in a loop of parents are reached from no root.
  for (const row of [...rows].sort(bySiblingOrder)) visit(row, 0);
  return placed;
}

/** The ids of a theme and everything under it. */
export function subtreeIds(rows: readonly TreeRow[], rootId: number): number[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i += 1) {
    for (const row of rows) if (row.parent_id === ids[i] && !ids.includes(row.id)) ids.push(row.id);
  }
  return ids;
}

/** The ancestors of a theme, nearest first. */
export function ancestorIds(rows: readonly TreeRow[], themeId: number): number[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const found: number[] = [];
  let cursor = byId.get(themeId)?.parent_id ?? null;
  while (cursor !== null && !found.includes(cursor) && cursor !== themeId) {
    found.push(cursor);
    cursor = byId.get(cursor)?.parent_id ?? null;
  }
  return found;
}
