import { describe, expect, it } from 'vitest';
import { click, describeSelection, edge, move, nextMatch, PAGE_FALLBACK, pageTarget, selectedNumbers, single, step, stepBy } from './selection';

describe('moving through the document', () => {
  it('goes to the next and previous sentence and stops at either end', () => {
    expect(step(1, 1, 13, null)).toBe(2);
    expect(step(13, 1, 13, null)).toBe(13);
    expect(step(1, -1, 13, null)).toBe(1);
  });

  it('skips sentences a filter hides', () => {
    const visible = [2, 5, 9];
    expect(step(2, 1, 13, visible)).toBe(5);
    expect(step(5, -1, 13, visible)).toBe(2);
    expect(step(9, 1, 13, visible)).toBe(9);
    expect(step(1, 1, 13, visible)).toBe(2);
    expect(step(7, -1, 13, visible)).toBe(5);
  });

  it('selects the first sentence when nothing was selected', () => {
    expect(move(null, 1, false, 13, null)).toEqual(single(1));
    expect(move(null, 1, false, 13, [4, 6])).toEqual(single(4));
    expect(move(null, 1, false, 0, null)).toBeNull();
  });

  it('jumps to the first and last sentence', () => {
    expect(edge('first', 13, null)).toEqual(single(1));
    expect(edge('last', 13, [3, 8])).toEqual(single(8));
  });
});

describe('moving by many sentences', () => {
  it('moves any number of sentences, stopping at either end', () => {
    expect(stepBy(10, 25, 100, null)).toBe(35);
    expect(stepBy(90, 25, 100, null)).toBe(100);
    expect(stepBy(10, -25, 100, null)).toBe(1);
    for (const by of [1, -1] as const) for (let from = 1; from <= 13; from += 1) expect(stepBy(from, by, 13, null)).toBe(step(from, by, 13, null));
  });

  it('counts only the sentences a filter shows, as step does one at a time', () => {
    const visible = [2, 5, 9, 14, 20];
    expect(stepBy(2, 3, 30, visible)).toBe(14);
    expect(stepBy(20, -2, 30, visible)).toBe(9);
    expect(stepBy(6, 1, 30, visible)).toBe(9);
    expect(stepBy(6, -1, 30, visible)).toBe(5);
    expect(stepBy(5, 10, 30, visible)).toBe(20);
    expect(stepBy(5, -10, 30, visible)).toBe(2);
    for (const by of [1, -1] as const) for (let from = 1; from <= 25; from += 1) expect(stepBy(from, by, 30, visible)).toBe(step(from, by, 30, visible));
  });
});

describe('paging through the document', () => {
  it('opens the next page with the last sentence in view, wherever the selection is', () => {
    expect(pageTarget(1, { first: 400, last: 430 }, 12, 50_000, null)).toBe(430);
    expect(pageTarget(1, { first: 400, last: 430 }, 410, 50_000, null)).toBe(430);
    expect(pageTarget(1, { first: 49_980, last: 50_000 }, 1, 50_000, null)).toBe(50_000);
  });

  it('goes back as many sentences as the view holds', () => {
    expect(pageTarget(-1, { first: 400, last: 430 }, 50_000, 50_000, null)).toBe(370);
    expect(pageTarget(-1, { first: 10, last: 40 }, 20, 50_000, null)).toBe(1);
  });

  it('still moves when one long sentence fills the view', () => {
    expect(pageTarget(1, { first: 7, last: 7 }, 7, 20, null)).toBe(8);
    expect(pageTarget(-1, { first: 7, last: 7 }, 7, 20, null)).toBe(6);
  });

  it('counts only the sentences a filter shows', () => {
    const visible = [3, 8, 12, 30, 41, 57, 60];
    expect(pageTarget(1, { first: 12, last: 41 }, 3, 100, visible)).toBe(41);
    expect(pageTarget(-1, { first: 41, last: 60 }, 3, 100, visible)).toBe(12);
    expect(pageTarget(1, { first: 60, last: 60 }, 60, 100, visible)).toBe(60);
  });

  it('moves a set number of sentences when the reader shows none yet', () => {
    expect(pageTarget(1, null, 100, 50_000, null)).toBe(100 + PAGE_FALLBACK);
    expect(pageTarget(-1, null, null, 50_000, null)).toBe(1);
    expect(pageTarget(1, null, null, 0, null)).toBeNull();
    expect(pageTarget(1, { first: 1, last: 3 }, 1, 10, [])).toBeNull();
  });
});

describe('selecting a range', () => {
  it('extends from the anchor with Shift, in either direction', () => {
    let selection = move(single(4), 1, true, 13, null);
    selection = move(selection, 1, true, 13, null);
    expect(selection).toEqual({ anchor: 4, focus: 6 });
    expect(selectedNumbers(selection!, null)).toEqual([4, 5, 6]);
    const upwards = move(move(single(4), -1, true, 13, null), -1, true, 13, null)!;
    expect(selectedNumbers(upwards, null)).toEqual([2, 3, 4]);
  });

  it('selects a range with a Shift-click and a single sentence with a plain click', () => {
    expect(click(single(3), 7, true)).toEqual({ anchor: 3, focus: 7 });
    expect(click({ anchor: 3, focus: 7 }, 5, false)).toEqual(single(5));
    expect(click(null, 5, true)).toEqual(single(5));
  });

  it('applies to the visible sentences only when a filter is on', () => {
    expect(selectedNumbers({ anchor: 2, focus: 9 }, [1, 3, 4, 9, 12])).toEqual([3, 4, 9]);
  });

  it('is described in words', () => {
    expect(describeSelection(single(4), 1)).toBe('Sentence 4');
    expect(describeSelection({ anchor: 6, focus: 4 }, 3)).toBe('Sentences 4–6');
    expect(describeSelection({ anchor: 1, focus: 9 }, 2)).toBe('2 sentences (1–9)');
  });
});

describe('jumping between sentences with the filtered theme', () => {
  it('finds the next and previous match, wrapping at the ends', () => {
    const matches = [2, 6, 11];
    expect(nextMatch(matches, 2, 1)).toEqual({ number: 6, wrapped: false });
    expect(nextMatch(matches, 7, -1)).toEqual({ number: 6, wrapped: false });
    expect(nextMatch(matches, 11, 1)).toEqual({ number: 2, wrapped: true });
    expect(nextMatch(matches, 2, -1)).toEqual({ number: 11, wrapped: true });
    expect(nextMatch([], 1, 1)).toBeNull();
  });
});
