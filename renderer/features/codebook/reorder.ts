/** Moving a theme within the codebook, by drag and drop or by the move buttons. */

/** The ids in their new order after moving `id` to `toIndex`. */
export function moveTo(ids: readonly number[], id: number, toIndex: number): number[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  const next = ids.filter((other) => other !== id);
  const target = Math.min(Math.max(toIndex, 0), next.length);
  next.splice(target, 0, id);
  return next;
}

/** One place up (-1) or down (1); unchanged at either end. */
export function moveBy(ids: readonly number[], id: number, by: -1 | 1): number[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  return moveTo(ids, id, from + by);
}

/** Where a dragged theme lands when dropped on the upper or lower half of another. */
export function dropIndex(ids: readonly number[], draggedId: number, overId: number, after: boolean): number {
  const rest = ids.filter((id) => id !== draggedId);
  const over = rest.indexOf(overId);
  if (over < 0) return ids.indexOf(draggedId);
  return after ? over + 1 : over;
}

export function sameOrder(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
