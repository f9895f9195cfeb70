import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printable, printableJson } from './terminal-text';

/** Anything a terminal would act on, or that reorders the text after it. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ACTS_ON_A_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Strings rich in the characters that matter here, mixed with ordinary text. */
const hostile = fc.string({
  unit: fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0, max: 0x9f }).map((code) => String.fromCharCode(code)),
    fc.constantFrom('\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', 'ع', '😀'),
  ),
  maxLength: 60,
});

describe('text printed to a terminal', () => {
  it('shows C0 controls as their control pictures', () => {
    expect(printable('\u001b[31mRed\u001b[0m')).toBe('␛[31mRed␛[0m');
    expect(printable('a\nb\tc\rd\u0000e\u0007')).toBe('a␊b␉c␍d␀e␇');
  });

  it('shows DEL, C1 controls and direction overrides and isolates as <U+XXXX>', () => {
    expect(printable('x\u007fy\u0085z\u009b31m')).toBe('x<U+007F>y<U+0085>z<U+009B>31m');
    expect(printable('abc\u202efed')).toBe('abc<U+202E>fed');
    expect(printable('\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069')).toBe('<U+202A><U+202B><U+202C><U+202D><U+2066><U+2067><U+2068><U+2069>');
  });

  it('leaves ordinary text alone, right-to-left scripts, accents and emoji included', () => {
    for (const text of ['Moscow denied the U.S. claim.', 'تصريحات رسمية', 'Déclarations « officielles »', 'Gas 🔥 prices', '']) {
      expect(printable(text)).toBe(text);
    }
  });

  it('never lets a control character through', () => {
    fc.assert(fc.property(hostile, (text) => !ACTS_ON_A_TERMINAL.test(printable(text))), { numRuns: 500 });
  });
});

describe('JSON printed to a terminal', () => {
  it('is needed: JSON.stringify escapes C0 controls but leaves DEL, C1 and direction controls raw', () => {
    expect(JSON.stringify('\u001b\n')).toBe('"\\u001b\\n"');
    expect(JSON.stringify('\u007f\u009b\u202e')).toBe('"\u007f\u009b\u202e"');
  });

  it('escapes those too, so the output holds no control character', () => {
    expect(printableJson({ title: '\u001b[31mRed\u009b\u202e' })).toBe('{"title":"\\u001b[31mRed\\u009b\\u202e"}');
  });

  it('parses back to exactly the value it was given', () => {
    fc.assert(
      fc.property(fc.dictionary(hostile, fc.oneof(hostile, fc.integer(), fc.array(hostile, { maxLength: 3 }))), fc.constantFrom(undefined, 2), (value, indent) => {
        const json = printableJson(value, indent);
        expect(ACTS_ON_A_TERMINAL.test(json.replace(/\n/g, ''))).toBe(false);
        expect(JSON.parse(json)).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });
});
