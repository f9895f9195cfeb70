/**
 * Where a theme goes when it is dropped on another or moved up or down: a
 * parent (null: the top level) and the sibling it goes before (null: last).
 * Themes come depth first, as the codebook shows them.
 */
import type { Theme } from '../../../electron/contract';

export interface Placement {
  parentId: number | null;
  beforeId: number | null;
}

/** Where a drop lands: before the theme, after it, or inside it as its last sub-theme. */
export type DropZone = 'before' | 'after' | 'inside';

function siblingsOf(themes: readonly Theme[], parentId: number | null, except: number): Theme[] {
  return themes.filter((t) => t.parentId === parentId && t.id !== except);
}

export function dropPlacement(themes: readonly Theme[], draggedId: number, target: Theme, zone: DropZone): Placement {
  if (zone === 'inside') return { parentId: target.id, beforeId: null };
  if (zone === 'before') return { parentId: target.parentId, beforeId: target.id };
  const siblings = siblingsOf(themes, target.parentId, draggedId);
  const next = siblings[siblings.findIndex((t) => t.id === target.id) + 1];
  return { parentId: target.parentId, beforeId: next?.id ?? null };
}

/** One place up or down among its siblings; null at either end. */
export function stepPlacement(themes: readonly Theme[], theme: Theme, by: -1 | 1): Placement | null {
  const siblings = themes.filter((t) => t.parentId === theme.parentId);
  const at = siblings.findIndex((t) => t.id === theme.id);
  const to = at + by;
  if (to < 0 || to >= siblings.length) return null;
  // Up: before the sibling above. Down: before the sibling two below, or last.
  const before = by === -1 ? siblings[to] : siblings[to + 1];
  return { parentId: theme.parentId, beforeId: before?.id ?? null };
}

/** The zone of a row the pointer is over: its top quarter, bottom quarter, or the middle. */
export function zoneAt(offsetY: number, height: number): DropZone {
  if (offsetY < height * 0.25) return 'before';
  if (offsetY > height * 0.75) return 'after';
  return 'inside';
}
