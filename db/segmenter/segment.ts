/**
 * English sentence segmentation in one forward scan.
 *
 * A paragraph is read as tokens (runs of non-space characters). A boundary can
 * fall only in the space between two tokens, decided by looking at the end of
 * one token and the start of the next, or inside a token at a period glued to
 * a capitalised word ("Hello world.Today is Tuesday."). Every look-back is
 * bounded by a constant or by the token itself, so time and memory are linear.
 */
import { abbreviationKind, type AbbreviationKind } from './abbreviations';
import {
  ELLIPSIS,
  initialAt,
  isAsciiDigit,
  isAsciiLetter,
  isAsciiLower,
  isAsciiUpper,
  isBullet,
  isCloser,
  isOpener,
  isSpace,
  isStrongTerminal,
  isTerminal,
  PERIOD,
  type Initial,
} from './chars';
import { forEachParagraph } from './paragraphs';
import { isLeadingPreposition, isSentenceStarter } from './starters';

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

/** Splits plain text into sentences. Offsets are UTF-16 indices into `input`; input.slice(start, end) === text. */
export function segmentText(input: string): SentenceSpan[] {
  const batches = new SentenceBatches(Number.POSITIVE_INFINITY, () => {});
  scanText(input, batches);
  return batches.sentences;
}

/**
 * The sentences segmentText returns, handed to `visit` in order, `size` at a
 * time (the last batch may hold fewer), so a book-length text is never held
 * as one list of sentences. Only whole sentences are handed over, and the
 * scan never looks back at them: the batches join to exactly segmentText's list.
 */
export function segmentInBatches(input: string, size: number, visit: (sentences: SentenceSpan[]) => void): void {
  if (!(size >= 1)) throw new RangeError('A batch holds at least one sentence.');
  const batches = new SentenceBatches(size, visit);
  scanText(input, batches);
  batches.flush();
}

/**
 * Segments `text` as one paragraph (a line break inside it is plain space).
 * `offset` is added to every span, for text sliced out of a larger document.
 */
export function segmentParagraph(text: string, offset = 0, paragraph = 0): SentenceSpan[] {
  const batches = new SentenceBatches(Number.POSITIVE_INFINITY, () => {});
  scanParagraph(text, 0, text.length, paragraph, batches);
  const sentences = batches.sentences;
  if (offset !== 0) {
    for (const sentence of sentences) {
      sentence.start += offset;
      sentence.end += offset;
    }
  }
  return sentences;
}

/** Collects sentences as the scan emits them and hands them on `size` at a time. */
class SentenceBatches {
  sentences: SentenceSpan[] = [];

  constructor(
    private readonly size: number,
    private readonly visit: (sentences: SentenceSpan[]) => void,
  ) {}

  add(sentence: SentenceSpan): void {
    this.sentences.push(sentence);
    if (this.sentences.length >= this.size) this.flush();
  }

  flush(): void {
    if (this.sentences.length === 0) return;
    const full = this.sentences;
    this.sentences = [];
    this.visit(full);
  }
}

function scanText(input: string, out: SentenceBatches): void {
  let paragraph = 0;
  forEachParagraph(input, (start, end) => scanParagraph(input, start, end, paragraph++, out));
}

/** Adds the sentences of `input.slice(start, end)` to `out`. */
function scanParagraph(input: string, start: number, end: number, paragraph: number, out: SentenceBatches): void {
  const scanner = new ParagraphScanner(input, paragraph, out);
  let i = start;
  while (i < end) {
    let c = input.charCodeAt(i);
    // ASCII space inline: this loop sees every character.
    if (c === 0x20 || (c <= 0x0d && c >= 0x09) || (c >= 0x80 && isSpace(c))) {
      i += 1;
      continue;
    }
    const tokenStart = i;
    let innerPeriod = -1;
    for (; i < end; i += 1) {
      c = input.charCodeAt(i);
      if (c === 0x20 || (c <= 0x0d && c >= 0x09) || (c >= 0x80 && isSpace(c))) break;
      if (c === PERIOD && innerPeriod < 0 && i > tokenStart) innerPeriod = i;
    }
    scanner.token(tokenStart, i, innerPeriod);
  }
  scanner.finish();
}

/** What the end of a token says about a boundary after it. */
type Ending =
  | { kind: 'none' | 'strong' | 'ellipsis' }
  | { kind: 'period'; word: WordKind };

/**
 * The word before a period: a known abbreviation, an abbreviation by its
 * shape, or no abbreviation: `word` (a lower-case word, a number, or a closing
 * bracket or quote, after which even a number can start a sentence: "in 2011.
 * 2012 was worse.") or `plain` (anything else: "Rs. 500", "N°. 1026").
 */
type WordKind = AbbreviationKind | 'single-letter' | 'multi-period' | 'word' | 'plain';

const notAbbreviation = (kind: WordKind) => kind === 'word' || kind === 'plain';

const NONE: Ending = { kind: 'none' };
const STRONG: Ending = { kind: 'strong' };
const ELLIPSIS_END: Ending = { kind: 'ellipsis' };

/** Longest word looked at before a period; nothing longer is an abbreviation. */
const MAX_WORD = 40;
const MULTI_PERIOD = /^[A-Za-z]{1,2}(?:\.[A-Za-z]{1,2})+$/;
const LOWER_WORD = /^\p{Ll}[\p{L}\p{M}'’-]+$/u;
const NUMBER = /^[$€£¥]?\d[\d,.]*%?$/;
const ROMAN = /^[IVXLCDM]+$/;
const NO_MARKER = -10;

class ParagraphScanner {
  /** Start of the open sentence, or -1. */
  private sentenceStart = -1;
  /** End of the open sentence's last token. */
  private lastEnd = -1;
  /** Tokens in the open sentence after its lead (bullets and list markers). */
  private words = 0;
  private inLead = true;
  /** "At 5 a.m. ...": a leading time or place phrase is not a sentence on its own. */
  private opensWithPreposition = false;

  /** The open sentence's last token that is not part of a spaced ellipsis ("end . . ."), or -1. */
  private tokenStart = -1;
  private tokenEnd = -1;
  private tokenIsLeadMarker = false;
  /** Periods in the spaced ellipsis after that token (… counts three). */
  private dots = 0;
  private dotsStart = -1;
  /** False once a closing quote or bracket ended the ellipsis. */
  private dotsOpen = false;

  /** Last list marker seen ("1.", "2)", "b."), and whether it led its sentence. */
  private lastMarker = NO_MARKER;
  private lastMarkerLed = false;

  constructor(
    private readonly input: string,
    private readonly paragraph: number,
    private readonly out: SentenceBatches,
  ) {}

  token(start: number, end: number, innerPeriod: number): void {
    const first = this.input.charCodeAt(start);
    if ((first === PERIOD || first === ELLIPSIS) && this.tokenStart >= 0 && this.dotsOpen && this.addDots(start, end)) return;
    const marker = this.markerValue(start, end);
    if (this.sentenceStart >= 0) {
      const cut = this.boundaryBefore(start, end, marker);
      if (cut === start) {
        this.emit(this.lastEnd);
      } else if (cut >= 0) {
        // "compounds. . . . The practice": the ellipsis opens the next sentence.
        this.emit(this.tokenEnd);
        this.open(cut);
        this.inLead = false;
      }
    }
    if (this.sentenceStart < 0) this.open(start);
    const from = innerPeriod >= 0 ? this.splitInside(start, end, innerPeriod) : start;
    this.add(from, end, marker);
  }

  finish(): void {
    if (this.sentenceStart >= 0) this.emit(this.lastEnd);
  }

  private emit(end: number): void {
    const start = this.sentenceStart;
    this.out.add({ text: this.input.slice(start, end), start, end, paragraph: this.paragraph });
    this.sentenceStart = -1;
  }

  private open(start: number): void {
    this.sentenceStart = start;
    this.words = 0;
    this.inLead = true;
    this.opensWithPreposition = false;
    this.tokenStart = -1;
    this.tokenIsLeadMarker = false;
    this.dots = 0;
    this.dotsStart = -1;
    this.dotsOpen = false;
  }

  private add(start: number, end: number, marker: number): void {
    const first = this.input.charCodeAt(start);
    const lead = isBullet(first) || marker !== NO_MARKER;
    if (marker !== NO_MARKER) {
      this.lastMarker = marker;
      this.lastMarkerLed = this.inLead;
    }
    this.tokenIsLeadMarker = marker !== NO_MARKER && this.inLead;
    if (!(this.inLead && lead)) {
      this.inLead = false;
      this.words += 1;
      if (this.words === 1) {
        this.opensWithPreposition =
          end - start <= 6 && isAsciiUpper(first) && isLeadingPreposition(this.input.slice(start, end));
      }
    }
    this.tokenStart = start;
    this.tokenEnd = end;
    this.lastEnd = end;
    this.dots = 0;
    this.dotsStart = -1;
    this.dotsOpen = true;
  }

  /** Adds a token of periods (". . ." spaced, or "...”") to the ellipsis run; false if it is not one. */
  private addDots(start: number, end: number): boolean {
    const input = this.input;
    let dots = 0;
    let i = start;
    for (; i < end; i += 1) {
      const c = input.charCodeAt(i);
      if (c === PERIOD) dots += 1;
      else if (c === ELLIPSIS) dots += 3;
      else break;
    }
    const closersFrom = i;
    while (i < end && isCloser(input.charCodeAt(i))) i += 1;
    if (i < end) return false;
    if (this.dotsStart < 0) this.dotsStart = start;
    this.dots += dots;
    this.dotsOpen = i === closersFrom;
    this.lastEnd = end;
    return true;
  }

  /**
   * Where a new sentence starts if one starts at the token [start, end): at
   * `start`, at the spaced ellipsis before it, or -1 for none.
   */
  private boundaryBefore(start: number, end: number, marker: number): number {
    if (!this.inLead) {
      // "• first item • second item", "1) first item 2) second item".
      if (isBullet(this.input.charCodeAt(start))) return start;
      if (marker !== NO_MARKER && marker === this.lastMarker + 1 && this.lastMarkerLed) return start;
    }
    if (this.tokenStart < 0 || this.tokenIsLeadMarker) return -1;
    const ending = this.ending(this.tokenStart, this.tokenEnd);
    const next = this.initialOf(start, end);
    if (this.dots > 0) return this.boundaryAfterDots(ending, next, start);
    switch (ending.kind) {
      case 'none':
        return -1;
      case 'strong':
        return next === 'lower' || next === 'closer' ? -1 : start;
      case 'ellipsis':
        return next === 'upper' ? start : -1;
      case 'period':
        return this.boundaryAfterPeriod(ending.word, next, start, end);
    }
  }

  private boundaryAfterPeriod(word: WordKind, next: Initial | 'closer', start: number, end: number): number {
    // A period before a lower-case word or a closing mark belongs to an abbreviation.
    if (next === 'lower' || next === 'closer') return -1;
    if (next === 'digit') return word === 'word' ? start : -1;
    switch (word) {
      case 'word':
      case 'plain':
        return start;
      case 'title':
      case 'continuing':
        return -1;
      case 'terminal':
        return next === 'upper' ? start : -1;
      case 'numeric':
        return next === 'upper' && !this.numberLike(start, end) ? start : -1;
      default:
        // general, multi-period, single letter: ambiguous. A lone abbreviation
        // is no sentence, nor is a leading time like "At 5 a.m."; otherwise the
        // next word decides.
        if (this.words === 1) return -1;
        if (word === 'multi-period' && this.opensWithPreposition && this.words <= 3) return -1;
        return next === 'upper' && this.startsWithStarter(start, end) ? start : -1;
    }
  }

  /**
   * After a spaced ellipsis: "compounds. . . . The" ends before the ellipsis,
   * "period . . . . Next" after it (the fourth dot is the period), and
   * "the thing is . . . I didn't" not at all (an omission mark).
   */
  private boundaryAfterDots(ending: Ending, next: Initial | 'closer', start: number): number {
    if (next === 'lower' || next === 'digit' || next === 'closer') return -1;
    if (ending.kind === 'period' && notAbbreviation(ending.word) && this.dots >= 3) return this.dotsStart;
    if (ending.kind === 'none' && this.dots === 3) return -1;
    return start;
  }

  /** Reads the terminal punctuation at the end of [start, end), inside any closing quotes or brackets. */
  private ending(start: number, end: number): Ending {
    const input = this.input;
    let e = end;
    while (e > start && isCloser(input.charCodeAt(e - 1))) e -= 1;
    let t = e;
    let periods = 0;
    let strong = false;
    let ellipsis = false;
    for (; t > start; t -= 1) {
      const c = input.charCodeAt(t - 1);
      if (!isTerminal(c)) break;
      if (c === PERIOD) periods += 1;
      else if (c === ELLIPSIS) ellipsis = true;
      else if (isStrongTerminal(c)) strong = true;
    }
    if (t === e) return NONE;
    if (strong) return STRONG;
    if (ellipsis || periods >= 3) {
      // "[...]" and "(...)" mark an omission inside a sentence.
      const before = t > start ? input.charCodeAt(t - 1) : 0;
      return before === 0x5b || before === 0x28 ? NONE : ELLIPSIS_END;
    }
    return { kind: 'period', word: this.wordBefore(start, t) };
  }

  /** Classifies the word that ends at `end` (a period follows it), looking back at most MAX_WORD. */
  private wordBefore(tokenStart: number, end: number): WordKind {
    const input = this.input;
    let start = end;
    while (start > tokenStart && !isOpener(input.charCodeAt(start - 1))) {
      if (end - start >= MAX_WORD) return 'plain';
      start -= 1;
    }
    if (start === end) return 'plain';
    if (isCloser(input.charCodeAt(end - 1))) return 'word';
    const word = input.slice(start, end);
    const known = abbreviationKind(word);
    if (known) return known;
    if (word.length === 1 && isAsciiLetter(word.charCodeAt(0))) return 'single-letter';
    if (MULTI_PERIOD.test(word)) return 'multi-period';
    return LOWER_WORD.test(word) || NUMBER.test(word) ? 'word' : 'plain';
  }

  /** How the token [start, end) begins, after any opening quotes or brackets. */
  private initialOf(start: number, end: number): Initial | 'closer' {
    const input = this.input;
    let i = start;
    while (i < end && isOpener(input.charCodeAt(i))) i += 1;
    if (i === end) return 'other';
    if (i === start && isCloser(input.charCodeAt(i))) return 'closer';
    return initialAt(input, i);
  }

  /** The token begins with a word that typically opens a sentence ("How", "It", "Mr."), not an initial. */
  private startsWithStarter(start: number, end: number): boolean {
    const input = this.input;
    let i = start;
    while (i < end && isOpener(input.charCodeAt(i))) i += 1;
    let j = i;
    while (j < end && j - i <= 10 && isAsciiLetter(input.charCodeAt(j))) j += 1;
    if (j === i || j - i > 10) return false;
    if (j - i === 1 && j < end && input.charCodeAt(j) === PERIOD) return false;
    return isSentenceStarter(input.slice(i, j));
  }

  /** "Vol. II", "Fig. B": what follows a numeric abbreviation can be a Roman numeral or a letter. */
  private numberLike(start: number, end: number): boolean {
    const input = this.input;
    let j = start;
    while (j < end && j - start <= 6 && isAsciiLetter(input.charCodeAt(j))) j += 1;
    if (j === start || j - start > 6 || (j < end && isAsciiLetter(input.charCodeAt(j)))) return false;
    return j - start === 1 || ROMAN.test(input.slice(start, j));
  }

  /**
   * The value of a list marker token ("1.", "2)", "10.)", "b.", "•3."), letters
   * counted from 1000 so that "a" never follows "9"; NO_MARKER otherwise.
   */
  private markerValue(start: number, end: number): number {
    const input = this.input;
    let i = start;
    if (isBullet(input.charCodeAt(i))) i += 1;
    let value = 0;
    const digits = i;
    while (i < end && i - digits < 3 && isAsciiDigit(input.charCodeAt(i))) {
      value = value * 10 + input.charCodeAt(i) - 0x30;
      i += 1;
    }
    if (i === digits) {
      if (i >= end || !isAsciiLower(input.charCodeAt(i))) return NO_MARKER;
      value = 1000 + input.charCodeAt(i) - 0x61;
      i += 1;
    }
    if (i >= end) return NO_MARKER;
    if (input.charCodeAt(i) === PERIOD) {
      i += 1;
      if (i < end && input.charCodeAt(i) === 0x29) i += 1;
    } else if (input.charCodeAt(i) === 0x29) {
      i += 1;
    } else {
      return NO_MARKER;
    }
    return i === end ? value : NO_MARKER;
  }

  /**
   * Splits at periods glued to a capitalised word ("world.Today", "1,000.That")
   * inside the token [start, end); returns where its last sentence starts.
   * Skips e-mail addresses and URLs, abbreviations ("Mr.Smith") and
   * initialisms ("U.S.A").
   */
  private splitInside(start: number, end: number, firstPeriod: number): number {
    const input = this.input;
    let from = start;
    let checkedAddress = false;
    for (let i = firstPeriod; i + 2 < end; i += 1) {
      if (input.charCodeAt(i) !== PERIOD || i === from) continue;
      const before = input.charCodeAt(i - 1);
      if (!(isAsciiLower(before) || isAsciiDigit(before))) continue;
      if (!isAsciiUpper(input.charCodeAt(i + 1)) || !isAsciiLower(input.charCodeAt(i + 2))) continue;
      if (!checkedAddress) {
        if (this.isAddress(start, end)) return start;
        checkedAddress = true;
      }
      let wordStart = i;
      while (wordStart > from && i - wordStart < MAX_WORD && !isOpener(input.charCodeAt(wordStart - 1))) wordStart -= 1;
      if (i - wordStart < 2 || !notAbbreviation(this.wordBefore(wordStart, i))) continue;
      this.emit(i + 1);
      this.open(i + 1);
      from = i + 1;
    }
    return from;
  }

  /** E-mail addresses and URLs keep their periods. */
  private isAddress(start: number, end: number): boolean {
    const input = this.input;
    for (let i = start; i < end; i += 1) {
      const c = input.charCodeAt(i);
      if (c === 0x40) return true; // @
      if (c === 0x3a && input.charCodeAt(i + 1) === 0x2f && input.charCodeAt(i + 2) === 0x2f) return true; // ://
    }
    return input.startsWith('www.', start);
  }
}
