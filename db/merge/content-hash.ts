/**
 * A document's identity across notebooks and tools: the SHA-256 of its text
 * with line endings normalised, so the same article saved on Windows and on
 * a Mac is one document. Offsets into a text with carriage returns are
 * brought onto the normalised text the same way, so ranges can be compared.
 */
import { createHash } from 'node:crypto';

/** The text as hashed: every CRLF and lone CR a LF. */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseLineEndings(text), 'utf8').digest('hex');
}

/**
 * Maps a UTF-16 offset into `text` to the same place in its normalised text
 * (each CR of a CRLF before it dropped). The identity when there is no CR.
 */
export function normalisedOffsets(text: string): (offset: number) => number {
  const dropped: number[] = [];
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) === 10) dropped.push(i);
  if (dropped.length === 0) return (offset) => offset;
  return (offset) => {
    // How many dropped CRs lie before the offset: found by halving.
    let low = 0;
    let high = dropped.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (dropped[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return offset - low;
  };
}
