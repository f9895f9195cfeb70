/**
 * A PDF's text, read with pdfjs-dist and put back into paragraphs from where
 * its lines sit on the page: a page of two columns is read column by column,
 * a wider gap between lines (or a change of type size) starts a paragraph, a
 * word hyphenated across lines is joined, and running headers, footers and
 * page numbers (lines at the top or bottom that repeat across pages, digits
 * aside) are left out. A scanned PDF has images, not text: it is refused,
 * as is one that needs a password.
 */
import { NotebookError } from '../notebook-error';
import { type Article, articleText, articleTitle, keptDetails } from './article';

/** Titles programs write for a file rather than its author for the article: "Microsoft Word - draft.docx", "untitled". */
const PLACEHOLDER_TITLE = /^(untitled\b.*|microsoft (word|powerpoint) - .*|.*\.(docx?|pdf|indd|qxd|tmp|rtf|odt)|document\d*)$/i;

/** One piece of text pdfjs found: where its baseline starts, how wide and how large it is. */
interface Piece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** Pieces on one baseline close enough to be one line of one column. */
interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | null = null;

/** pdfjs is large: loaded the first time a PDF is read, not when Themata starts. */
function pdfjs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loading;
}

export async function readPdfArticle(bytes: Uint8Array, label: string): Promise<Article> {
  const { getDocument } = await pdfjs();
  // pdfjs takes the bytes over: give it a copy, so the caller's stay as they are.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  let document: Awaited<typeof task.promise>;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    if ((error as { name?: string }).name === 'PasswordException') {
      throw new NotebookError('file-unreadable', `${label} is protected by a password; open it, save a copy without one, and import that.`);
    }
    throw new NotebookError('file-unreadable', `${label} is not a PDF Themata can open: it is damaged or incomplete.`);
  }
  try {
    const pages: Line[][] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const { width } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const pieces: Piece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        pieces.push({ text: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(c!, d!) || Math.hypot(a!, b!) || 1 });
      }
      pages.push(readingOrder(linesOf(pieces), width));
      page.cleanup();
    }
    const kept = withoutRunningLines(pages);
    const info = (await document.getMetadata().catch(() => null))?.info as { Title?: unknown; Author?: unknown } | undefined;
    const text = articleText(paragraphsOf(kept), label, 'has no text to read: its pages are images (a scan?); Themata reads only text, so run it through text recognition (OCR) first.');
    const title = articleTitle(typeof info?.Title === 'string' && !PLACEHOLDER_TITLE.test(info.Title.trim()) ? info.Title : undefined);
    return {
      text,
      ...(title === undefined ? {} : { title }),
      details: keptDetails({ author: typeof info?.Author === 'string' ? info.Author : undefined }),
    };
  } finally {
    await document.destroy();
  }
}

/** Pieces joined into lines: same baseline, and no gap wider than a column gap between them. */
export function linesOf(pieces: readonly Piece[]): Line[] {
  const sorted = [...pieces].sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Piece[][] = [];
  for (const piece of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - piece.y) <= Math.min(row[0]!.size, piece.size) * 0.4) row.push(piece);
    else rows.push([piece]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((p, q) => p.x - q.x);
    let line: Line | null = null;
    for (const piece of row) {
      const gap: number = line ? piece.x - line.x1 : 0;
      if (line && gap < piece.size * 1.5) {
        // Pieces that touch are one word split by the PDF (kerning, a soft hyphen); a gap is a space.
        const spaced = gap > piece.size * 0.15 && !line.text.endsWith(' ') && !piece.text.startsWith(' ');
        line.text += (spaced ? ' ' : '') + piece.text;
        line.x1 = Math.max(line.x1, piece.x + piece.width);
        line.size = Math.max(line.size, piece.size);
      } else {
        if (line) lines.push(line);
        line = { text: piece.text, x0: piece.x, x1: piece.x + piece.width, y: piece.y, size: piece.size };
      }
    }
    if (line) lines.push(line);
  }
  return lines.filter((line) => line.text.trim() !== '');
}

/**
 * A page's lines in reading order. When a gutter runs down the page (a band
 * near the middle that lines on both sides keep clear of), the lines left of
 * it are read before those right of it; a line across it (a headline over both
 * columns) is read where it stands, between the stretches of columns.
 */
export function readingOrder(lines: readonly Line[], pageWidth: number): Line[] {
  const gutter = findGutter(lines, pageWidth);
  const top = [...lines].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  if (gutter === null) return top;
  const ordered: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    ordered.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of top) {
    if (line.x1 <= gutter) left.push(line);
    else if (line.x0 >= gutter) right.push(line);
    else {
      flush();
      ordered.push(line);
    }
  }
  flush();
  return ordered;
}

/** The x of a gutter between two columns, or null for a page of one column. */
function findGutter(lines: readonly Line[], pageWidth: number): number | null {
  if (lines.length < 6) return null;
  let best: { x: number; crossing: number } | null = null;
  for (let x = pageWidth * 0.3; x <= pageWidth * 0.7; x += 2) {
    const crossing = lines.filter((line) => line.x0 < x && line.x1 > x).length;
    const leftOf = lines.filter((line) => line.x1 <= x).length;
    const rightOf = lines.filter((line) => line.x0 >= x).length;
    // Both columns hold a good share of the page's lines; few lines (headlines) cross.
    if (leftOf < 3 || rightOf < 3 || crossing > lines.length * 0.1) continue;
    if (!best || crossing < best.crossing) best = { x, crossing };
  }
  return best?.x ?? null;
}

/** Lines that run across pages at the top or bottom (a header, a footer, a page number), left out. */
export function withoutRunningLines(pages: readonly Line[][]): Line[][] {
  const key = (line: Line) => line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
  // A header or footer sits in the page's margin: apart from the text next to it by more than a line's spacing.
  const edges = (lines: readonly Line[]) => {
    const byHeight = [...lines].sort((p, q) => q.y - p.y);
    const edge = new Set<Line>();
    for (let i = 0; i < Math.min(2, byHeight.length - 1); i += 1) {
      if (byHeight[i]!.y - byHeight[i + 1]!.y > byHeight[i]!.size * 1.5) edge.add(byHeight[i]!);
      else break;
    }
    for (let i = byHeight.length - 1; i > Math.max(0, byHeight.length - 3); i -= 1) {
      if (byHeight[i - 1]!.y - byHeight[i]!.y > byHeight[i]!.size * 1.5) edge.add(byHeight[i]!);
      else break;
    }
    return edge;
  };
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    for (const text of new Set([...edges(lines)].map(key))) pagesWith.set(text, (pagesWith.get(text) ?? 0) + 1);
  }
  const repeats = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((lines) => {
    const edge = edges(lines);
    return lines.filter((line) => !(edge.has(line) && ((pagesWith.get(key(line)) ?? 0) >= repeats || PAGE_NUMBER.test(line.text.trim()))));
  });
}

/** "7", "- 7 -", "Page 7", "7 of 12", "7/12". */
const PAGE_NUMBER = /^[-–—\s]*(page\s+)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?[-–—\s]*$/i;

/**
 * Lines into paragraphs: a paragraph ends at a gap wider than its lines'
 * spacing, at a change of type size, or where a line is indented. From one
 * column or page to the next it goes on unless the new column's first line is
 * indented (in a text whose paragraphs are marked so) or, in a text whose
 * paragraphs are marked by space, unless its last line ended a sentence.
 */
export function paragraphsOf(pages: readonly Line[][]): string[] {
  const lines = pages.flat();
  const spacing = typicalSpacing(pages);
  const sameColumn = (above: Line, below: Line) => above.y > below.y && Math.abs(above.x0 - below.x0) < above.size * 8;
  const indented = (line: Line, next: Line | undefined) => next !== undefined && sameColumn(line, next) && line.x0 - next.x0 > line.size * 1.5;
  // Paragraphs marked by indents: many lines start further in than the line after them.
  const indents = lines.filter((line, i) => indented(line, lines[i + 1])).length;
  const byIndent = indents >= 2;
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const text = line.text.trim();
    const previous = lines[i - 1];
    if (!previous || !current) {
      current = current ? joinLines(current, text) : text;
      return;
    }
    const sizeChanged = Math.abs(previous.size - line.size) > Math.min(previous.size, line.size) * 0.15;
    let breaks: boolean;
    if (sameColumn(previous, line)) {
      const gap = previous.y - line.y;
      breaks = sizeChanged || gap > Math.max(spacing, line.size) * 1.35 || line.x0 - previous.x0 > line.size * 1.5;
    } else {
      breaks = sizeChanged || (byIndent ? indented(line, lines[i + 1]) : /[.!?:…]["'”’»)]*$/.test(current));
    }
    if (breaks) {
      paragraphs.push(current);
      current = text;
    } else {
      current = joinLines(current, text);
    }
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** "dispu-" and "ted" make "disputed"; a line's last word and the next line's first are otherwise apart. */
function joinLines(before: string, after: string): string {
  if (/\p{L}[-\u00ad\u2010]$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  return `${before} ${after}`;
}

/** The most common distance between successive lines of one column: the body text's line spacing. */
function typicalSpacing(pages: readonly Line[][]): number {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i += 1) {
      const gap = Math.round(lines[i - 1]!.y - lines[i]!.y);
      if (gap > 0 && gap < lines[i]!.size * 3) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    }
  }
  let best = 0;
  let most = 0;
  for (const [gap, count] of counts) {
    if (count > most) {
      best = gap;
      most = count;
    }
  }
  return best;
}
