/**
 * Character classes of the segmenter, as UTF-16 code unit tests. They run on
 * every character of the input, so they compare numbers instead of matching
 * regexes; Unicode property lookups happen only at candidate boundaries.
 */

/** Exactly JavaScript's `\s` (WhiteSpace and LineTerminator), so trimmed text and `\s*` gaps agree with us. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * A fresh matcher for line breaks (each caller owns its lastIndex). All are in
 * `\s`; U+0085 is not, so it is not a line break here either.
 */
export function lineBreaks(): RegExp {
  return /\r\n|[\n\r\v\f\u2028\u2029]/g;
}

export const PERIOD = 0x2e;
export const ELLIPSIS = 0x2026;

/** `.` `?` `!` `…` and the double marks `‼ ⁇ ⁈ ⁉`. */
export function isTerminal(c: number): boolean {
  return c === PERIOD || c === 0x3f || c === 0x21 || c === ELLIPSIS || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
}

/** A terminal that always ends a sentence before a capital: `?` `!` and the double marks. */
export function isStrongTerminal(c: number): boolean {
  return c === 0x3f || c === 0x21 || c === 0x203c || (c >= 0x2047 && c <= 0x2049);
}

/** Closing quotes and brackets: they stay with the sentence they close. */
export function isCloser(c: number): boolean {
  switch (c) {
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0xbb: // »
    case 0x2019: // ’
    case 0x201d: // ”
    case 0x203a: // ›
    case 0x300d: // 」
    case 0x300f: // 』
    case 0xff09: // ）
      return true;
    default:
      return false;
  }
}

/** Opening quotes and brackets, and Spanish inverted marks: skipped to find how the next sentence begins. */
export function isOpener(c: number): boolean {
  switch (c) {
    case 0x22: // "
    case 0x27: // '
    case 0x28: // (
    case 0x5b: // [
    case 0x7b: // {
    case 0xa1: // ¡
    case 0xab: // «
    case 0xbf: // ¿
    case 0x2018: // ‘
    case 0x201a: // ‚
    case 0x201c: // “
    case 0x201e: // „
    case 0x2039: // ‹
    case 0x300c: // 「
    case 0x300e: // 『
    case 0xff08: // （
      return true;
    default:
      return false;
  }
}

/** List bullets. A hyphen is not one: in running text it is a dash. */
export function isBullet(c: number): boolean {
  switch (c) {
    case 0x2022: // •
    case 0x2023: // ‣
    case 0x2043: // ⁃
    case 0x25e6: // ◦
    case 0x25aa: // ▪
    case 0x25cf: // ●
    case 0x25a0: // ■
    case 0x25ba: // ►
    case 0x25b8: // ▸
      return true;
    default:
      return false;
  }
}

export function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

export function isAsciiLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

export function isAsciiLetter(c: number): boolean {
  return isAsciiUpper(c) || isAsciiLower(c);
}

export function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** How a word begins, which is what decides most boundaries. */
export type Initial = 'lower' | 'upper' | 'digit' | 'other';

const LOWER = /^\p{Ll}/u;
const UPPER_OR_CASELESS = /^[\p{Lu}\p{Lt}\p{Lo}\p{Lm}]/u;
const DIGIT = /^\p{Nd}/u;

/**
 * Class of the character at `i`. A letter without case (Arabic, Hebrew, CJK)
 * counts as upper: such a script cannot mark a sentence start any other way.
 */
export function initialAt(text: string, i: number): Initial {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    if (isAsciiLower(c)) return 'lower';
    if (isAsciiUpper(c)) return 'upper';
    if (isAsciiDigit(c)) return 'digit';
    return 'other';
  }
  const ch = String.fromCodePoint(text.codePointAt(i) ?? c);
  if (LOWER.test(ch)) return 'lower';
  if (UPPER_OR_CASELESS.test(ch)) return 'upper';
  if (DIGIT.test(ch)) return 'digit';
  return 'other';
}
