import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapWidth } from './paragraphs';
import { segmentParagraph, segmentText, type SentenceSpan } from './segment';

const LINE_BREAK = /\r\n|[\n\r\v\f\u2028\u2029]/;

/** The invariants every segmentation must keep, whatever the input. */
function expectExactSpans(input: string, spans: SentenceSpan[]): void {
  let previousEnd = 0;
  let paragraph = 0;
  let rebuilt = '';
  for (const s of spans) {
    expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.text.trim()).toBe(s.text);
    const gap = input.slice(previousEnd, s.start);
    expect(gap).toMatch(/^\s*$/);
    expect(s.paragraph === paragraph || s.paragraph === paragraph + 1).toBe(true);
    if (rebuilt === '') expect(s.paragraph).toBe(0);
    paragraph = s.paragraph;
    rebuilt += gap + s.text;
    previousEnd = s.end;
  }
  const tail = input.slice(previousEnd);
  expect(tail).toMatch(/^\s*$/);
  expect(rebuilt + tail).toBe(input);
}

/** Unless the text was hard-wrapped, sentences never cross a line break. */
function expectNoLineCrossing(input: string, spans: SentenceSpan[]): void {
  if (wrapWidth(input) > 0) return;
  for (const s of spans) expect(s.text).not.toMatch(LINE_BREAK);
}

function check(input: string): void {
  const spans = segmentText(input);
  expectExactSpans(input, spans);
  expectNoLineCrossing(input, spans);
}

/** Pieces that exercise the rules: abbreviations, numbers, quotes, lists, scripts, emoji, odd white space. */
const PIECES = [
  'word', 'The', 'It', 'How', 'Smith', 'U.S.', 'U.N.', 'a.m.', 'Mr.', 'Gen.', 'Co.', 'etc.', 'e.g.', 'J.', 'I.', 'p.',
  '1.', '2.', '2)', 'a.', 'b.', '3.14', '$1.5', '1,500', '.', '..', '...', '. . .', '…', '?', '!', '?!', '"', "'",
  '“', '”', '‘', '’', '(', ')', '[...]', '•', '⁃', 'www.example.com', 'x@y.org', 'world.Today', 'שלום', 'مرحبا.',
  '日本語。', '👍🏽', '👨‍👩‍👧', 'e\u0301', '\ud800', '\udc00', ' ', ' ', ' ', '  ', '\t', '\n', '\n', '\r\n', '\r', '\u00a0',
  '\u2028', '\u3000', '\ufeff', '\u0085', '\v', '\f',
];
const piecesText = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 80 });

describe('exact offsets on arbitrary text', () => {
  it('rebuilds arbitrary Unicode (graphemes) from sentences and white-space gaps', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), check), { numRuns: 500 });
  });

  it('rebuilds arbitrary code points, controls included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), check), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 200 }), check), { numRuns: 500 });
  });

  it('rebuilds text made of the tricky pieces: abbreviations, quotes, lists, emoji, right-to-left, CRLF', () => {
    fc.assert(fc.property(piecesText, check), { numRuns: 2000 });
  });

  it('rebuilds text that is mostly line breaks', () => {
    const unit = fc.constantFrom('\n', '\r\n', '\r', ' ', 'a', 'A.', '.', '\u2029');
    fc.assert(fc.property(fc.string({ unit, maxLength: 120 }), check), { numRuns: 1000 });
  });

  it('keeps text without punctuation as one sentence per line, unless it looks hard-wrapped', () => {
    const line = fc.array(fc.constantFrom('alpha', 'Beta', 'gamma', 'שלום', '日本', '👍'), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const input = lines.join(eol);
        fc.pre(wrapWidth(input) === 0);
        const spans = segmentText(input);
        expectExactSpans(input, spans);
        expect(spans.map((s) => s.text)).toEqual(lines);
      }),
    );
  });
});

describe('paragraphs', () => {
  it('segments a text that is not hard-wrapped line by line, as segmentParagraph does each line', () => {
    fc.assert(
      fc.property(piecesText, (input) => {
        fc.pre(wrapWidth(input) === 0);
        const expected: Omit<SentenceSpan, 'paragraph'>[] = [];
        const lineBreaks = /\r\n|[\n\r\v\f\u2028\u2029]/g;
        let start = 0;
        for (const end of [...[...input.matchAll(lineBreaks)].map((m) => m.index), input.length]) {
          for (const { text, start: s, end: e } of segmentParagraph(input.slice(start, end), start)) expected.push({ text, start: s, end: e });
          start = end + (input.startsWith('\r\n', end) ? 2 : 1);
        }
        expect(segmentText(input).map(({ text, start: s, end: e }) => ({ text, start: s, end: e }))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('segments hard-wrapped prose as it segments the same prose on one line', () => {
    // No word that would open a list item at the start of a line ("1.", "a.", "-").
    const word = fc.constantFrom('the', 'Minister', 'said', 'U.S.', 'officials', 'on', 'Jan.', '5', 'were', '“wrong”.', 'It', 'rose', '3.5%.', 'Mr.', 'Smith', '(in', 'Syria).', 'left.', 'How?');
    const paragraph = fc.array(word, { minLength: 40, maxLength: 120 });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.integer({ min: 60, max: 80 }), (paragraphs, width) => {
        const wrapped = paragraphs.map((words) => wrap(words, width)).join('\n\n');
        fc.pre(wrapWidth(wrapped) > 0);
        const spans = segmentText(wrapped);
        expectExactSpans(wrapped, spans);
        const unwrapped = paragraphs.flatMap((words, p) => segmentText(words.join(' ')).map((s) => ({ text: s.text, paragraph: p })));
        expect(spans.map((s) => ({ text: s.text.replace(/\n/g, ' '), paragraph: s.paragraph }))).toEqual(unwrapped);
      }),
      { numRuns: 300 },
    );
  });
});

/** Greedy wrapping, as `fmt` does. */
function wrap(words: string[], width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
