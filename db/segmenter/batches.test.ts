import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapWidth } from './paragraphs';
import { segmentInBatches, segmentText, type SentenceSpan } from './segment';
import { wrapText } from '../test-support/wrap-text';

/** The batches segmentInBatches hands over, in order. */
function batchesOf(input: string, size: number): SentenceSpan[][] {
  const batches: SentenceSpan[][] = [];
  segmentInBatches(input, size, (batch) => batches.push(batch));
  return batches;
}

/** Batches join to exactly the whole text's sentences, every batch but the last is full, and none is empty. */
function expectSameAsWhole(input: string, size: number): void {
  const batches = batchesOf(input, size);
  expect(batches.flat()).toEqual(segmentText(input));
  for (const batch of batches.slice(0, -1)) expect(batch).toHaveLength(size);
  if (batches.length > 0) {
    expect(batches.at(-1)!.length).toBeGreaterThan(0);
    expect(batches.at(-1)!.length).toBeLessThanOrEqual(size);
  }
}

const PROSE =
  'Russian strikes hit northern areas of Latakia province, the Syrian Observatory for Human Rights said on Friday. ' +
  'U.S. Secretary of Defense Ashton Carter said the strategy was “tragically flawed”. ' +
  'The missiles flew 1,500 km (900 miles) at 3.5 times the speed of sound, officials in Washington said. ' +
  'Why would they deny it? The observatory also reported a large explosion on the outskirts of the town of Al-Bab.';

describe('segmenting in batches gives exactly the sentences of the whole text', () => {
  it('cuts batches inside paragraphs, at every sentence, without moving a sentence, its offsets or its paragraph', () => {
    const input = `${PROSE}\n\nShort line.\r\nAnother paragraph. With two sentences.\n${PROSE}\n`;
    const whole = segmentText(input);
    expect(new Set(whole.map((s) => s.paragraph)).size).toBe(4);
    for (let size = 1; size <= whole.length + 1; size += 1) expectSameAsWhole(input, size);
  });

  it('keeps hard-wrapped paragraphs joined across lines when a batch ends inside them', () => {
    const input = `${wrapText(PROSE, 72)}\n\n${wrapText(PROSE, 72)}\n\n${wrapText(PROSE, 72)}\n`;
    expect(wrapWidth(input)).toBeGreaterThan(0);
    expect(segmentText(input).some((s) => s.text.includes('\n'))).toBe(true);
    for (const size of [1, 2, 3, 5, 7]) expectSameAsWhole(input, size);
  });

  it('decides boundaries that depend on what came before a batch ended: ellipses, glued sentences, list markers', () => {
    const cases = [
      // The sentence before a spaced ellipsis ends only once the word after it is read.
      'The practice compounds. . . . The result is clear. He paused . . . and went on. It was over . . . . Next came talks.',
      // One token holding several sentences.
      'Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot. Then it ended.',
      // A list's numbering runs on from one item to the next.
      '1) first item 2) second item 3) third item. b. a letter item. Gen. Smith met Sen. Lopez on Jan. 5 at 10 a.m. in the U.S. It went well.',
      // Abbreviations whose sentence ends only at the next word.
      'Shares of Rostec Inc. rose. It closed at 5 p.m. The talks ended etc. Then there were more.',
    ];
    for (const input of cases) {
      for (let size = 1; size <= 4; size += 1) expectSameAsWhole(input, size);
      expectSameAsWhole(`${input}\n${input}`, 3);
    }
  });

  it('hands over nothing for a text without sentences, and refuses an empty batch', () => {
    expect(batchesOf(' \n\t\r\n ', 2)).toEqual([]);
    expect(() => segmentInBatches('One. Two.', 0, () => {})).toThrow(RangeError);
  });
});

/** Pieces that exercise the rules: abbreviations, numbers, quotes, lists, scripts, emoji, odd white space. */
const PIECES = [
  'word', 'The', 'It', 'How', 'Smith', 'U.S.', 'a.m.', 'Mr.', 'Gen.', 'Co.', 'etc.', 'e.g.', 'J.', 'p.', '1.', '2.', '2)',
  'a.', 'b.', '3.14', '1,500', '.', '...', '. . .', '…', '?', '!', '"', '“', '”', '(', ')', '[...]', '•', 'world.Today',
  'x@y.org', 'שלום', 'مرحبا.', '日本語。', '👍🏽', ' ', ' ', ' ', '  ', '\t', '\n', '\n', '\r\n', '\r', '\u2028', '\u00a0',
];

describe('segmenting random text in batches', () => {
  it('joins to the whole text\'s sentences for any text and any batch size', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 120 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 6 }), expectSameAsWhole), { numRuns: 2000 });
  });

  it('joins to the whole text\'s sentences for hard-wrapped prose of many paragraphs', () => {
    const word = fc.constantFrom('the', 'Minister', 'said', 'U.S.', 'officials', 'on', 'Jan.', '5', 'were', '“wrong”.', 'It', 'rose', '3.5%.', 'Mr.', 'Smith', '(in', 'Syria).', 'left.', 'How?');
    const paragraph = fc.array(word, { minLength: 30, maxLength: 90 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.integer({ min: 60, max: 80 }), fc.integer({ min: 1, max: 9 }), (paragraphs, width, size) => {
        expectSameAsWhole(paragraphs.map((p) => wrapText(p, width)).join('\n\n'), size);
      }),
      { numRuns: 300 },
    );
  });
});
