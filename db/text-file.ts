import fs from 'node:fs';
import path from 'node:path';
import type { DetailField } from './domain';
import { NotebookError } from './notebook-error';

/** Large enough for a book-length text, small enough to stay responsive. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface TextFile {
  text: string;
  /** The file's name, kept as the document's source. */
  sourceName: string;
  /** The article's own title when the file names one, else a readable title made from the file name. */
  suggestedTitle: string;
  /** What the file says of the article (outlet, author, date, language, address), kept as the document's details. */
  details?: Partial<Record<DetailField, string>>;
}

export interface ReadLimit {
  /** The most bytes accepted. */
  maxBytes: number;
  /** Who sets the limit, for the refusal: "<label> is 21.3 MB; Themata reads text up to 20 MB." */
  limitedBy: string;
}

const IMPORT_LIMIT: ReadLimit = { maxBytes: MAX_IMPORT_BYTES, limitedBy: 'Themata reads text' };

/**
 * Reads a plain-text file for import and refuses, with one sentence, anything
 * that would import as garbage: folders, binaries, invalid UTF-8, empty files,
 * files over the limit (a named pipe or a device included).
 */
export function readTextFile(filePath: string, limit: ReadLimit = IMPORT_LIMIT): TextFile {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new NotebookError('file-missing', `There is no file at ${filePath}.`);
  }
  if (stat.isDirectory()) throw new NotebookError('file-is-directory', `${filePath} is a folder; choose a text file.`);
  // A regular file's size is known up front: refuse it without reading, and say how large it is.
  if (stat.isFile() && stat.size > limit.maxBytes) throw tooLarge(filePath, limit, stat.size);
  const text = stat.isFile() ? readRegularFile(filePath, limit) : decodeInput(readBytes(filePath, limit, 0), filePath, limit);
  const name = path.basename(filePath);
  return { text, sourceName: name, suggestedTitle: titleFromFileName(name) };
}

/**
 * A file's bytes that came some other way than from disk (a page sent them),
 * named by `name` (a file name, or a path inside a chosen folder): decoded and
 * refused exactly as readTextFile decodes and refuses a file.
 */
export function textFromBytes(name: string, bytes: Uint8Array, limit: ReadLimit = IMPORT_LIMIT): TextFile {
  const text = decodeInput(bytes, name, limit);
  const base = name.split(/[\\/]/).pop() || name;
  return { text, sourceName: base, suggestedTitle: titleFromFileName(base) };
}

/**
 * A regular file, decoded by Node as it reads it: its bytes are freed at once
 * instead of staying in memory beside the text until the next garbage
 * collection (20 MB for the largest file). Node writes U+FFFD where bytes are
 * not UTF-8, so only text with U+FFFD or NUL is read again as bytes to be
 * judged strictly, as text from a pipe is; a file may carry U+FFFD itself.
 */
function readRegularFile(filePath: string, limit: ReadLimit): string {
  let raw: string;
  try {
    raw = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    throw unreadable(filePath, error);
  }
  if (raw.includes('\0') || raw.includes('\uFFFD')) return decodeInput(readBytes(filePath, limit, Buffer.byteLength(raw)), filePath, limit);
  if (raw.length === 0) throw new NotebookError('file-empty', `${filePath} is empty.`);
  // The file grew past the limit after it was measured.
  if (Buffer.byteLength(raw) > limit.maxBytes) throw tooLarge(filePath, limit);
  // As the strict decoder does: a byte-order mark is not text.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim() === '') throw new NotebookError('file-empty', `${filePath} has no text, only blank space.`);
  return text;
}

/** At most one byte past the limit, whatever the file is; `expected` bytes are read without growing the buffer. */
function readBytes(filePath: string, limit: ReadLimit, expected: number): Buffer {
  try {
    const fd = fs.openSync(filePath, 'r');
    try {
      return readAtMost(fd, limit.maxBytes + 1, expected + 1);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    throw unreadable(filePath, error);
  }
}

function unreadable(filePath: string, error: unknown): NotebookError {
  return new NotebookError('file-unreadable', `Themata could not read ${filePath} (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
}

/**
 * Reads from an open file until its end or until `maxBytes` have come, whatever
 * the file is. A pipe, a terminal or a device reports size 0 and a file can grow
 * after stat, so only counting the bytes read keeps a limit.
 */
export function readAtMost(fd: number, maxBytes: number, expected = 0): Buffer {
  // Sized for what is expected, so a file of known size is read without copying it into ever larger buffers.
  let buffer = Buffer.allocUnsafe(Math.min(maxBytes, Math.max(expected, 64 * 1024)));
  let total = 0;
  while (total < maxBytes) {
    if (total === buffer.length) {
      const larger = Buffer.allocUnsafe(Math.min(maxBytes, buffer.length * 2));
      buffer.copy(larger, 0, 0, total);
      buffer = larger;
    }
    let read: number;
    try {
      read = fs.readSync(fd, buffer, total, buffer.length - total, null);
    } catch (error) {
      // Standard input may have been left non-blocking by another reader: wait for data rather than fail.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      continue;
    }
    if (read === 0) break;
    total += read;
  }
  return buffer.subarray(0, total);
}

/** Text that arrived as bytes (a file or standard input): refused over the limit, then decoded strictly. */
export function decodeInput(bytes: Uint8Array, label: string, limit: ReadLimit = IMPORT_LIMIT): string {
  if (bytes.length > limit.maxBytes) throw tooLarge(label, limit);
  return decodeText(bytes, label);
}

/** What the import says of a file of `size` bytes over its limit, before reading it: "a.txt is 21.3 MB; Themata reads text up to 20 MB." */
export function describeTooLarge(label: string, size: number): string {
  return tooLarge(label, IMPORT_LIMIT, size).message;
}

/** `size` when known (a regular file); what came through a pipe stops one byte past the limit. */
function tooLarge(label: string, limit: ReadLimit, size?: number): NotebookError {
  const shown = size === undefined ? undefined : formatMegabytes(size);
  // "20.0 MB" would read as within a 20 MB limit: say "more than" instead.
  const truthful = shown !== undefined && Number.parseFloat(shown) > limit.maxBytes / MEGABYTE ? shown : `more than ${formatMegabytes(limit.maxBytes)}`;
  return new NotebookError('file-too-large', `${label} is ${truthful}; ${limit.limitedBy} up to ${formatMegabytes(limit.maxBytes)}.`);
}

/** Decodes UTF-8 strictly (a BOM is dropped); says where the first bad byte is. */
export function decodeText(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new NotebookError('file-empty', `${label} is empty.`);
  if (bytes.includes(0)) throw new NotebookError('file-binary', `${label} looks like a binary file, not text.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const { line, column } = lineAndColumn(bytes, at);
    throw new NotebookError(
      'invalid-utf8',
      `${label} is not valid UTF-8 text (byte ${at + 1}, line ${line}, column ${column}); save it as UTF-8 and import it again.`,
    );
  }
  if (text.trim() === '') throw new NotebookError('file-empty', `${label} has no text, only blank space.`);
  return text;
}

/** Index of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) { i += 1; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { length = 2; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { length = 3; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { length = 4; min = 0x10000; }
    else return i;
    if (i + length > bytes.length) return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k += 1) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a) { line += 1; lineStart = i + 1; }
  }
  // Columns count characters, not bytes, as an editor shows them.
  const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/** "gas-deal_2017.pdf" is "Gas deal 2017". */
export function titleFromFileName(name: string): string {
  const stem = name.replace(/\.(txt|md|markdown|text|html?|pdf|docx)$/i, '');
  const spaced = stem.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return spaced ? spaced.charAt(0).toUpperCase() + spaced.slice(1) : name;
}

const MEGABYTE = 1024 * 1024;

/** "20 MB" for a whole number, else one decimal ("21.3 MB"), never rounded to a whole number. */
function formatMegabytes(bytes: number): string {
  const megabytes = bytes / MEGABYTE;
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}
