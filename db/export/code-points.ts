/**
 * Sentence offsets are stored as UTF-16 indices (JavaScript's), but R,
 * Python and the REFI-QDA standard count Unicode code points: an emoji or
 * other astral character is one code point and two UTF-16 units. Exports
 * convert, so `substr(text, start + 1, end - start)` in R and
 * `text[start:end]` in Python give back the sentence.
 */

/** Converts UTF-16 offsets into one text to code point offsets; cheapest when asked in increasing order. */
export class CodePointOffsets {
  /** The UTF-16 index reached, and how many code points lie before it. */
  private unit = 0;
  private points = 0;
  private readonly astral: boolean;

  constructor(private readonly text: string) {
    this.astral = /[\uD800-\uDBFF]/.test(text);
  }

  /** The code point offset of a UTF-16 offset; an offset inside a surrogate pair counts the pair's code point as before it. */
  of(utf16Offset: number): number {
    if (!this.astral) return utf16Offset;
    // Sentences come in order, so the scan resumes where the last one stopped.
    if (utf16Offset < this.unit) {
      this.unit = 0;
      this.points = 0;
    }
    const text = this.text;
    while (this.unit < utf16Offset) {
      const code = text.charCodeAt(this.unit);
      const pair = code >= 0xd800 && code <= 0xdbff && this.unit + 1 < text.length && isLowSurrogate(text.charCodeAt(this.unit + 1));
      this.unit += pair ? 2 : 1;
      this.points += 1;
    }
    return this.points;
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

