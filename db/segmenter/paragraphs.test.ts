import { describe, expect, it } from 'vitest';
import { splitParagraphs, wrapWidth } from './paragraphs';
import { wrapText } from '../test-support/wrap-text';

const paragraphs = (input: string) => splitParagraphs(input).map((p) => input.slice(p.start, p.end));

const PROSE =
  'Russian strikes hit northern areas of Latakia province, the coastal heartland of Assad’s Alawite minority sect, ' +
  'as well as northern areas of Hama province further east, the Syrian Observatory for Human Rights said. ' +
  'The missile launches were in support of a major ground offensive by the Syrian army on several fronts in the war-torn country’s west.';

describe('paragraphs', () => {
  it('reads each line as a paragraph in text that is not hard-wrapped', () => {
    expect(paragraphs('First line.\nSecond line.\r\nThird line.')).toEqual(['First line.', 'Second line.', 'Third line.']);
    expect(wrapWidth('First line.\nSecond line.\r\nThird line.')).toBe(0);
  });

  it('trims paragraphs and drops blank or white-space lines', () => {
    expect(paragraphs('  One. \n\n \t \n\u00a0Two.\n\n')).toEqual(['One.', 'Two.']);
    expect(paragraphs('')).toEqual([]);
  });

  it('detects text wrapped at 60 to 80 columns and joins its lines into paragraphs at blank lines', () => {
    for (const width of [60, 72, 80]) {
      const input = `${wrapText(PROSE, width)}\n\n${wrapText(PROSE, width)}\n`;
      expect(wrapWidth(input)).toBeGreaterThan(width - 15);
      expect(wrapWidth(input)).toBeLessThanOrEqual(width);
      expect(paragraphs(input).map((p) => p.replace(/\n/g, ' '))).toEqual([PROSE, PROSE]);
    }
  });

  it('keeps the author’s line breaks in wrapped text: short lines, list items, indented first lines', () => {
    const input = [
      'Dear readers,',
      wrapText(PROSE, 72),
      '',
      'Signed,',
      'The Editors',
      '',
      '- first item of a list',
      '- second item',
      '    An indented paragraph starts here even though the line before it was',
      'full.',
    ].join('\n');
    expect(wrapWidth(input)).toBeGreaterThan(0);
    expect(paragraphs(input).map((p) => p.replace(/\n/g, ' '))).toEqual([
      'Dear readers,',
      PROSE,
      'Signed,',
      'The Editors',
      '- first item of a list',
      '- second item',
      'An indented paragraph starts here even though the line before it was full.',
    ]);
  });

  it('does not take one long line per paragraph, nor one short sentence per line, for wrapping', () => {
    const longLines = [PROSE, PROSE, PROSE].join('\n');
    expect(wrapWidth(longLines)).toBe(0);
    const sentencePerLine = [
      'The Pentagon said on Friday it expected to hold new talks with Russia.',
      'The former Cold War foes seek to avoid an accidental clash in the air.',
      'Turkey warned that Moscow’s military action endangers trade ties with it.',
      'The observatory also reported a large explosion on the outskirts of town.',
    ].join('\n');
    expect(wrapWidth(sentencePerLine)).toBe(0);
  });
});
