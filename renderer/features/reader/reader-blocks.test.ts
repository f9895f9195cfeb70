import { describe, expect, it } from 'vitest';
import { blockIndexOf, buildBlocks, estimateBlockHeight, type BlockSource } from './reader-blocks';

/** A document whose paragraphs have the given sizes, with some pages fetched. */
function documentOf(paragraphSizes: number[], pageSize: number, loadedPages: number[] | 'all'): BlockSource {
  const paragraphs: number[] = [];
  paragraphSizes.forEach((size, paragraph) => {
    for (let i = 0; i < size; i += 1) paragraphs.push(paragraph);
  });
  return {
    total: paragraphs.length,
    pageSize,
    isPageLoaded: (page) => loadedPages === 'all' || loadedPages.includes(page),
    paragraphOf: (number) => paragraphs[number - 1],
  };
}

describe('cutting a document into reader rows', () => {
  it('makes one row per paragraph', () => {
    const blocks = buildBlocks(documentOf([2, 1, 3], 100, 'all'), null);
    expect(blocks.map((b) => b.numbers)).toEqual([[1, 2], [3], [4, 5, 6]]);
    expect(blocks.map((b) => b.paragraph)).toEqual([0, 1, 2]);
    expect(blocks.every((b) => !b.continued && b.hiddenBefore === 0)).toBe(true);
  });

  it('cuts a huge paragraph into chunks that continue it', () => {
    const blocks = buildBlocks(documentOf([10], 100, 'all'), null, 4);
    expect(blocks.map((b) => b.numbers.length)).toEqual([4, 4, 2]);
    expect(blocks.map((b) => b.continued)).toEqual([false, true, true]);
  });

  it('keeps the DOM bounded for 50,000 sentences in one paragraph', () => {
    const blocks = buildBlocks(documentOf([50_000], 5000, 'all'), null);
    expect(Math.max(...blocks.map((b) => b.numbers.length))).toBeLessThanOrEqual(40);
    expect(blocks.reduce((n, b) => n + b.numbers.length, 0)).toBe(50_000);
  });

  it('stands in placeholder rows for pages not fetched yet, one page per row', () => {
    const blocks = buildBlocks(documentOf([3, 3, 3, 3], 5, [0]), null, 4);
    expect(blocks.map((b) => [b.paragraph, b.numbers])).toEqual([
      [0, [1, 2, 3]],
      [1, [4, 5]],
      [null, [6, 7, 8, 9]],
      [null, [10]],
      [null, [11, 12]],
    ]);
    expect(blocks.map((b) => b.key)).toEqual(['p0-1', 'p1-4', 'loading-6', 'loading-10', 'loading-11']);
  });

  it('shows only the sentences a filter lets through, saying how many are hidden between', () => {
    const blocks = buildBlocks(documentOf([3, 3, 3], 100, 'all'), [2, 3, 8]);
    expect(blocks.map((b) => b.numbers)).toEqual([[2, 3], [8]]);
    expect(blocks.map((b) => b.hiddenBefore)).toEqual([1, 4]);
  });
});

describe('finding rows', () => {
  const blocks = buildBlocks(documentOf([2, 1, 3], 100, 'all'), [1, 2, 5, 6]);

  it('finds the row holding a sentence, or the one before a hidden sentence', () => {
    expect(rowOf(5)).toBe(1);
    expect(rowOf(3)).toBe(0);
    expect(rowOf(1)).toBe(0);
  });

  function rowOf(number: number) {
    return blockIndexOf(blocks, number);
  }
});

describe('guessing row heights', () => {
  it('grows with the text and the notes', () => {
    const [block] = buildBlocks(documentOf([2], 100, 'all'), null);
    const metrics = { charactersPerLine: 70, lineHeight: 30, paragraphGap: 20, noteHeight: 60 };
    const short = estimateBlockHeight(block!, () => 30, () => false, metrics);
    const long = estimateBlockHeight(block!, () => 300, () => true, metrics);
    expect(short).toBe(30 + 20);
    expect(long).toBeGreaterThan(short + 120);
  });
});
