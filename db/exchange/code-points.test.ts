import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from './code-points';

describe('code point positions', () => {
  it('count an emoji, an astral ideograph and a flag as the code points they are', () => {
    const text = 'A 😀 b 𠀋 c 🇫🇷 d';
    const index = new CodePointIndex(text);
    expect(index.length).toBe([...text].length);
    const d = text.indexOf('d');
    expect(index.toCodePoint(d)).toBe([...text.slice(0, d)].length);
    expect(index.toUtf16(index.toCodePoint(d))).toBe(d);
    expect(index.toCodePoint(text.indexOf('b'))).toBe(4);
  });

  it('convert there and back for every position of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const index = new CodePointIndex(text);
        const points = [...text];
        let utf16 = 0;
        for (let codePoint = 0; codePoint <= points.length; codePoint += 1) {
          expect(index.toUtf16(codePoint)).toBe(utf16);
          expect(index.toCodePoint(utf16)).toBe(codePoint);
          utf16 += points[codePoint]?.length ?? 0;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('clamp positions beyond the text', () => {
    const index = new CodePointIndex('ab😀');
    expect(index.toUtf16(99)).toBe(4);
    expect(index.toUtf16(-3)).toBe(0);
  });
});
