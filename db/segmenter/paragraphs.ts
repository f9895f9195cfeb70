/**
 * Splits plain text into paragraphs. Normally a paragraph is a line. Text
 * hard-wrapped near a fixed width (e-mail, Project Gutenberg, `fmt`) is
 * detected and unwrapped: there a paragraph is a run of lines that the wrapper
 * broke, so a sentence may continue across a single newline.
 */
import { isAsciiDigit, isAsciiLower, isBullet, isCloser, isSpace, isTerminal, lineBreaks } from './chars';

/** A paragraph's content, trimmed of surrounding white space: `input.slice(start, end)`. */
export interface ParagraphRange {
  start: number;
  end: number;
}

/** One line, measured for the wrap heuristics. */
interface Line {
  /** First non-space character, or -1 for a blank line. */
  first: number;
  /** After the last non-space character. */
  end: number;
  /** Length including indentation, without trailing space. */
  length: number;
  indent: number;
  /** Length of the first word, capped: only compared with wrap widths. */
  firstWord: number;
  endsSentence: boolean;
  startsListItem: boolean;
}

const MAX_MEASURED = 256;
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 100;

function measure(input: string, start: number, stop: number): Line {
  let first = start;
  while (first < stop && isSpace(input.charCodeAt(first))) first += 1;
  if (first === stop) return { first: -1, end: start, length: 0, indent: 0, firstWord: 0, endsSentence: false, startsListItem: false };
  let end = stop;
  while (isSpace(input.charCodeAt(end - 1))) end -= 1;
  let word = first;
  while (word < end && word - first < MAX_MEASURED && !isSpace(input.charCodeAt(word))) word += 1;
  let last = end - 1;
  while (last > first && isCloser(input.charCodeAt(last))) last -= 1;
  return {
    first,
    end,
    length: end - start,
    indent: first - start,
    firstWord: word - first,
    endsSentence: isTerminal(input.charCodeAt(last)),
    startsListItem: startsListItem(input, first, end),
  };
}

/** "- item", "* item", "• item", "1. item", "2) item", "a) item". */
function startsListItem(input: string, first: number, end: number): boolean {
  const c = input.charCodeAt(first);
  const spaceAfter = (i: number) => i < end && isSpace(input.charCodeAt(i));
  if (isBullet(c)) return true;
  if (c === 0x2d || c === 0x2a) return spaceAfter(first + 1);
  let i = first;
  while (i < end && i - first < 3 && isAsciiDigit(input.charCodeAt(i))) i += 1;
  if (i === first && isAsciiLower(c)) i += 1;
  if (i === first) return false;
  const mark = input.charCodeAt(i);
  return (mark === 0x2e || mark === 0x29) && spaceAfter(i + 1);
}

/** Calls `visit` with every line in order, measured without its line break. */
function forEachLine(input: string, visit: (line: Line) => void): void {
  const breaks = lineBreaks();
  let start = 0;
  for (let m = breaks.exec(input); m; m = breaks.exec(input)) {
    visit(measure(input, start, m.index));
    start = m.index + m[0].length;
  }
  visit(measure(input, start, input.length));
}

/**
 * The width the text was wrapped at, or 0 when it was not hard-wrapped.
 *
 * Evidence, over every line followed by another non-blank line: the lines are
 * at most ~100 columns; most such lines do not end a sentence (in text written
 * one sentence or paragraph per line, nearly all do); and at three quarters of
 * the junctions after a line of at least half the width (95th percentile of
 * their lengths), the next line's first word would not have fitted: a wrapper
 * was forced to break there.
 */
export function wrapWidth(input: string): number {
  return detectWrap(input);
}

/** Non-empty paragraphs in order. Blank lines never make a paragraph. */
export function splitParagraphs(input: string): ParagraphRange[] {
  const paragraphs: ParagraphRange[] = [];
  forEachParagraph(input, (start, end) => paragraphs.push({ start, end }));
  return paragraphs;
}

/**
 * Calls `visit` with each paragraph of splitParagraphs, in order, keeping
 * none of them: a 20 MB text can hold ten million one-word lines. The text
 * is read once to tell whether it was hard-wrapped, then again for its paragraphs.
 */
export function forEachParagraph(input: string, visit: (start: number, end: number) => void): void {
  const width = detectWrap(input);
  if (width > 0) unwrap(input, width, visit);
  else forEachNonBlankLine(input, visit);
}

/** Each line that is not blank, trimmed, as measure() finds its first and end. */
function forEachNonBlankLine(input: string, visit: (start: number, end: number) => void): void {
  const breaks = lineBreaks();
  let start = 0;
  const trimmed = (stop: number) => {
    let first = start;
    while (first < stop && isSpace(input.charCodeAt(first))) first += 1;
    if (first === stop) return;
    let end = stop;
    while (isSpace(input.charCodeAt(end - 1))) end -= 1;
    visit(first, end);
  };
  for (let m = breaks.exec(input); m; m = breaks.exec(input)) {
    trimmed(m.index);
    start = m.index + m[0].length;
  }
  trimmed(input.length);
}

function detectWrap(input: string): number {
  const lengths = new Uint32Array(MAX_MEASURED + 1);
  let junctions = 0;
  let sentenceEnds = 0;
  let previous: Line | undefined;
  forEachLine(input, (line) => {
    if (previous && previous.first >= 0 && line.first >= 0) {
      junctions += 1;
      lengths[Math.min(previous.length, MAX_MEASURED)]! += 1;
      if (previous.endsSentence) sentenceEnds += 1;
    }
    previous = line;
  });
  if (junctions < 2 || sentenceEnds * 2 > junctions) return 0;
  let width = 0;
  for (let seen = 0; width <= MAX_MEASURED; width += 1) {
    seen += lengths[width]!;
    if (seen >= junctions * 0.95) break;
  }
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return 0;

  // Short lines ("Dear readers,", list items) are the author's breaks in any
  // text, so they are no evidence either way.
  let long = 0;
  let forced = 0;
  previous = undefined;
  forEachLine(input, (line) => {
    if (previous && previous.first >= 0 && line.first >= 0 && previous.length * 2 >= width) {
      long += 1;
      if (brokenByWrapper(previous, line, width)) forced += 1;
    }
    previous = line;
  });
  return long >= 2 && forced >= long * 0.75 ? width : 0;
}

/** The next line's first word would not have fitted on this line. */
function brokenByWrapper(line: Line, next: Line, width: number): boolean {
  return line.length + 1 + next.firstWord > width;
}

/** Paragraphs of wrapped text: runs of lines joined where the wrapper, not the author, broke them. */
function unwrap(input: string, width: number, visit: (start: number, end: number) => void): void {
  let openStart = -1;
  let openEnd = -1;
  let previous: Line | undefined;
  forEachLine(input, (line) => {
    if (line.first >= 0 && openStart >= 0 && previous && continues(previous, line, width)) {
      openEnd = line.end;
    } else {
      if (openStart >= 0) visit(openStart, openEnd);
      openStart = line.first;
      openEnd = line.end;
    }
    previous = line;
  });
  if (openStart >= 0) visit(openStart, openEnd);
}

/** A list item or a newly indented line starts a paragraph even where the line before was full. */
function continues(previous: Line, line: Line, width: number): boolean {
  return brokenByWrapper(previous, line, width) && !line.startsListItem && line.indent <= previous.indent;
}
