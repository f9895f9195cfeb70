import { describe, expect, it } from 'vitest';
import { segmentText } from './segment';

const TEN_MB = 10 * 1024 * 1024;

/** Repeats `unit` (joined by `separator`) until the text reaches `size` characters. */
function repeated(unit: string, separator: string, size: number): { text: string; copies: number } {
  const copies = Math.ceil(size / (unit.length + separator.length));
  return { text: Array.from({ length: copies }, () => unit).join(separator), copies };
}

// Not timed: a quadratic scan would not finish within the test timeout.
describe('large inputs, in one forward scan', () => {
  it('segments a 10 MB paragraph without line breaks into the right sentences at the right offsets', () => {
    const sentences = [
      'Russia’s defence ministry also denied the reports.',
      'U.S. Secretary of Defense Ashton Carter said the strategy was “tragically flawed”.',
      'The missiles flew 1,500 km (900 miles) at 3.5 times the speed of sound.',
      'Gen. J. R. Smith met Sen. Lopez on Jan. 5 at 10 a.m. in the U.S. Capitol.',
      'Why would they deny it?',
    ];
    const unit = sentences.join(' ');
    const { text, copies } = repeated(unit, ' ', TEN_MB);
    expect(text.length).toBeGreaterThanOrEqual(TEN_MB);

    const spans = segmentText(text);
    expect(spans).toHaveLength(copies * sentences.length);
    let offset = 0;
    spans.forEach((span, i) => {
      const expected = sentences[i % sentences.length]!;
      if (span.text !== expected || span.start !== offset || span.paragraph !== 0) {
        expect({ i, ...span }).toEqual({ i, text: expected, start: offset, end: offset + expected.length, paragraph: 0 });
      }
      offset += expected.length + 1;
    });
  });

  it('returns a 10 MB paragraph without punctuation as one sentence', () => {
    const { text } = repeated('word after word with no end in sight', ' ', TEN_MB);
    const spans = segmentText(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]!.start).toBe(0);
    expect(spans[0]!.end).toBe(text.length);
  });

  it('handles 10 MB without any white space, or made only of periods, initials or line breaks', () => {
    const noSpace = 'a'.repeat(TEN_MB);
    expect(segmentText(noSpace).map((s) => s.end)).toEqual([TEN_MB]);
    expect(segmentText('.'.repeat(TEN_MB))).toHaveLength(1);
    expect(segmentText('. '.repeat(TEN_MB / 2))).toHaveLength(1);
    expect(segmentText('A. '.repeat(TEN_MB / 3))).toHaveLength(1);
    // "world.Todayworld.Today…": a split at every glued period.
    const glued = Math.floor(TEN_MB / 11);
    expect(segmentText('world.Today'.repeat(glued))).toHaveLength(glued + 1);
    expect(segmentText('\n'.repeat(TEN_MB))).toEqual([]);
    expect(segmentText('Line.\n'.repeat(TEN_MB / 6))).toHaveLength(Math.floor(TEN_MB / 6));
  });
});
