import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../electron/contract';
import { parentIds } from './use-codebook';
import { shownCount, subtreeOf, themePath } from './theme-counts';

function theme(id: number, name: string, parentId: number | null, depth: number, tagCount: number, rollupCount = tagCount): Theme {
  return { id, name, colour: '#D55E00', description: '', key: id, order: id - 1, parentId, depth, tagCount, rollupCount };
}

const codebook = [
  theme(1, 'Claims', null, 0, 1, 5),
  theme(2, 'Missile claims', 1, 1, 3, 4),
  theme(3, 'Scud claims', 2, 2, 2),
  theme(4, 'Trade', null, 0, 6),
];

describe('theme counts', () => {
  it('shows a parent\'s roll-up and says it counts its sub-themes, and a leaf\'s own count', () => {
    const parents = parentIds(codebook);
    expect(shownCount(codebook[0]!, parents)).toEqual({
      count: 5,
      words: '5 sentences with Claims or its sub-themes, 1 with Claims itself',
    });
    expect(shownCount(codebook[3]!, parents)).toEqual({ count: 6, words: '6 sentences tagged' });
  });

  it('names where a theme sits', () => {
    expect(themePath(codebook[2]!, codebook)).toBe('Claims › Missile claims › Scud claims');
    expect(themePath(codebook[3]!, codebook)).toBe('Trade');
  });

  it('finds the themes a theme cannot move under: itself and everything below it', () => {
    expect([...subtreeOf(codebook, 1)]).toEqual([1, 2, 3]);
    expect([...subtreeOf(codebook, 2)]).toEqual([2, 3]);
    expect([...subtreeOf(codebook, 4)]).toEqual([4]);
  });
});
