import { describe, expect, it } from 'vitest';
import { excerptAround, highlightRuns } from './highlight';

describe('highlighting what a search matched', () => {
  it('marks the matched ranges', () => {
    expect(highlightRuns('Russian strikes hit Latakia', [[8, 15]])).toEqual([
      { text: 'Russian ', highlighted: false },
      { text: 'strikes', highlighted: true },
      { text: ' hit Latakia', highlighted: false },
    ]);
  });

  it('merges overlapping ranges and ignores ranges outside the text', () => {
    expect(highlightRuns('abcdef', [[3, 5], [1, 4], [10, 12]])).toEqual([
      { text: 'a', highlighted: false },
      { text: 'bcde', highlighted: true },
      { text: 'f', highlighted: false },
    ]);
  });

  it('keeps the whole text when nothing matched', () => {
    expect(highlightRuns('abc', [])).toEqual([{ text: 'abc', highlighted: false }]);
    expect(highlightRuns('', [])).toEqual([{ text: '', highlighted: false }]);
  });

  it('shows the part of a long note around the match', () => {
    const note = `${'a '.repeat(200)}the missile crashed ${'b '.repeat(200)}`;
    const excerpt = excerptAround(note, 'missile', 20);
    expect(excerpt).toContain('missile');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});
