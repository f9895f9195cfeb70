import { describe, expect, it } from 'vitest';
import type { NotebookStats, Theme } from '../../../electron/contract';
import { cooccurrenceLookup, heatLevel, niceMax, scaleLinear, stackSegments, themeCountsSorted, ticks } from './chart-scales';

function theme(id: number, order: number): Theme {
  return { id, name: `T${id}`, colour: '#000000', description: '', key: null, order, parentId: null, depth: 0, tagCount: 0, rollupCount: 0 };
}

const themes = [theme(1, 0), theme(2, 1), theme(3, 2)];
const stats: NotebookStats = {
  sentenceCount: 13,
  taggedSentenceCount: 6,
  tagCount: 8,
  noteCount: 1,
  themes: [
    { themeId: 1, count: 3 },
    { themeId: 2, count: 3 },
    { themeId: 3, count: 5 },
  ],
  documents: [],
  themeRollups: [],
  cooccurrence: [{ a: 1, b: 3, count: 2 }],
};

describe('chart axes', () => {
  it('end on round numbers', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(13)).toBe(20);
    expect(niceMax(45)).toBe(50);
    expect(niceMax(100)).toBe(100);
    expect(ticks(13)).toEqual([0, 5, 10, 15]);
    expect(ticks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(ticks(0)).toEqual([0, 1]);
    expect(ticks(230)).toEqual([0, 100, 200, 300]);
  });

  it('scale counts to widths', () => {
    const scale = scaleLinear(20, 200);
    expect(scale(5)).toBe(50);
    expect(scale(-1)).toBe(0);
    expect(scaleLinear(0, 100)(0)).toBe(0);
  });
});

describe('counts per theme', () => {
  it('are sorted, most first, codebook order between equals', () => {
    expect(themeCountsSorted(themes, stats).map((r) => [r.theme.id, r.count])).toEqual([
      [3, 5],
      [1, 3],
      [2, 3],
    ]);
  });
});

describe('counts per theme in a codebook with sub-themes', () => {
  it('keep each sub-theme under its parent, sorted among its siblings, a parent counting its roll-up', () => {
    const nested = [theme(1, 0), { ...theme(2, 1), parentId: 1, depth: 1 }, { ...theme(4, 2), parentId: 1, depth: 1 }, theme(3, 3)];
    const rows = themeCountsSorted(nested, { ...stats, themes: [...stats.themes, { themeId: 4, count: 4 }], themeRollups: [{ themeId: 1, count: 6 }] });
    expect(rows.map((r) => [r.theme.id, r.count, r.rollup])).toEqual([
      [1, 6, true],
      [4, 4, false],
      [2, 3, false],
      [3, 5, false],
    ]);
  });
});

describe('a document’s stacked bar', () => {
  it('places each theme after the one before and skips themes with no tags', () => {
    const segments = stackSegments(themes, [{ themeId: 3, count: 2 }, { themeId: 1, count: 1 }], scaleLinear(10, 100));
    expect(segments.map((s) => [s.theme.id, s.x, s.width])).toEqual([
      [1, 0, 10],
      [3, 10, 20],
    ]);
  });
});

describe('the co-occurrence matrix', () => {
  it('reads each pair either way round, and a theme with itself as its own count', () => {
    const count = cooccurrenceLookup(stats);
    expect(count(1, 3)).toBe(2);
    expect(count(3, 1)).toBe(2);
    expect(count(1, 2)).toBe(0);
    expect(count(3, 3)).toBe(5);
  });

  it('shades any non-zero cell visibly', () => {
    expect(heatLevel(0, 5)).toBe(0);
    expect(heatLevel(1, 100)).toBeGreaterThan(0.15);
    expect(heatLevel(5, 5)).toBe(1);
  });
});
