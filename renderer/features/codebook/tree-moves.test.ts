import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../electron/contract';
import { dropPlacement, stepPlacement, zoneAt } from './tree-moves';

function theme(id: number, parentId: number | null, depth: number): Theme {
  return { id, name: `T${id}`, colour: '#D55E00', description: '', key: null, order: 0, parentId, depth, tagCount: 0, rollupCount: 0 };
}

/** 1 > (2, 3), 4, 5 */
const codebook = [theme(1, null, 0), theme(2, 1, 1), theme(3, 1, 1), theme(4, null, 0), theme(5, null, 0)];
const byId = (id: number) => codebook.find((t) => t.id === id)!;

describe('moving themes in the codebook', () => {
  it('drops a theme inside another as its last sub-theme, or before or after it among its siblings', () => {
    expect(dropPlacement(codebook, 5, byId(4), 'inside')).toEqual({ parentId: 4, beforeId: null });
    expect(dropPlacement(codebook, 5, byId(2), 'before')).toEqual({ parentId: 1, beforeId: 2 });
    expect(dropPlacement(codebook, 5, byId(2), 'after')).toEqual({ parentId: 1, beforeId: 3 });
    expect(dropPlacement(codebook, 5, byId(3), 'after')).toEqual({ parentId: 1, beforeId: null });
    // After the theme just above the dragged one: the dragged one is skipped.
    expect(dropPlacement(codebook, 5, byId(4), 'after')).toEqual({ parentId: null, beforeId: null });
    expect(dropPlacement(codebook, 4, byId(1), 'after')).toEqual({ parentId: null, beforeId: 5 });
  });

  it('steps a theme up or down among its siblings, not out of its parent', () => {
    expect(stepPlacement(codebook, byId(3), -1)).toEqual({ parentId: 1, beforeId: 2 });
    expect(stepPlacement(codebook, byId(2), 1)).toEqual({ parentId: 1, beforeId: null });
    expect(stepPlacement(codebook, byId(1), 1)).toEqual({ parentId: null, beforeId: 5 });
    expect(stepPlacement(codebook, byId(2), -1)).toBeNull();
    expect(stepPlacement(codebook, byId(5), 1)).toBeNull();
  });

  it('reads the top and bottom quarters of a row as before and after, the middle as inside', () => {
    expect([zoneAt(2, 40), zoneAt(20, 40), zoneAt(38, 40)]).toEqual(['before', 'inside', 'after']);
  });
});
