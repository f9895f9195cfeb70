import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointOffsets } from './code-points';

/** UTF-16 offsets that fall between code points, as sentence offsets do. */
function boundaries(text: string): number[] {
  const found = [0];
  let at = 0;
  for (const ch of text) found.push((at += ch.length));
  return found;
}

describe('code point offsets', () => {
  it('counts an astral character once, where UTF-16 counts it twice', () => {
    const text = 'A 🚀 and 𝔸 then 日本.';
    const offsets = new CodePointOffsets(text);
    expect(offsets.of(text.indexOf('and'))).toBe(4);
    expect(offsets.of(text.indexOf('then'))).toBe(10);
    expect(offsets.of(text.length)).toBe([...text].length);
  });

  it('agrees with counting the code points before each offset, asked in any order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(fc.nat(), { maxLength: 12 }), (text, picks) => {
        const offsets = new CodePointOffsets(text);
        const at = boundaries(text);
        for (const pick of picks) {
          const unit = at[pick % at.length]!;
          expect(offsets.of(unit)).toBe([...text.slice(0, unit)].length);
        }
      }),
    );
  });
});
