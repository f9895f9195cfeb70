import { describe, expect, it } from 'vitest';
import { dropIndex, moveBy, moveTo, sameOrder } from './reorder';

describe('reordering the codebook', () => {
  const ids = [1, 2, 3, 4];

  it('moves a theme up or down one place, staying put at the ends', () => {
    expect(moveBy(ids, 3, -1)).toEqual([1, 3, 2, 4]);
    expect(moveBy(ids, 3, 1)).toEqual([1, 2, 4, 3]);
    expect(moveBy(ids, 1, -1)).toEqual(ids);
    expect(moveBy(ids, 4, 1)).toEqual(ids);
  });

  it('drops a dragged theme before or after the one it is over', () => {
    expect(moveTo(ids, 1, dropIndex(ids, 1, 3, true))).toEqual([2, 3, 1, 4]);
    expect(moveTo(ids, 4, dropIndex(ids, 4, 2, false))).toEqual([1, 4, 2, 3]);
    expect(moveTo(ids, 2, dropIndex(ids, 2, 2, false))).toEqual(ids);
  });

  it('knows when nothing moved', () => {
    expect(sameOrder(ids, [1, 2, 3, 4])).toBe(true);
    expect(sameOrder(ids, [2, 1, 3, 4])).toBe(false);
  });
});
