/**
 * REFI-QDA counts positions in Unicode code points; JavaScript strings and
 * the notebook's sentence offsets count UTF-16 units, which differ after
 * every character beyond the Basic Multilingual Plane (most emoji, some CJK).
 */
export class CodePointIndex {
  /** UTF-16 positions of the high halves of surrogate pairs, in order. */
  private readonly pairs: number[] = [];
  readonly length: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          this.pairs.push(i);
          i += 1;
        }
      }
    }
    this.length = text.length - this.pairs.length;
  }

  /** The code point position of a UTF-16 position (one inside a pair counts as the pair's start). */
  toCodePoint(utf16: number): number {
    const before = this.pairsBefore((index) => this.pairs[index]! < utf16);
    return utf16 - before;
  }

  /** The UTF-16 position of a code point position, clamped to the text. */
  toUtf16(codePoint: number): number {
    const clamped = Math.max(0, Math.min(codePoint, this.length));
    // Pairs whose code point position is below the one asked for each add a unit.
    const before = this.pairsBefore((index) => this.pairs[index]! - index < clamped);
    return clamped + before;
  }

  /** How many pairs satisfy `isBefore`, which holds for a prefix of them. */
  private pairsBefore(isBefore: (index: number) => boolean): number {
    let low = 0;
    let high = this.pairs.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (isBefore(middle)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
