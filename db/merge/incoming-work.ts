/**
 * Another coder's work, read from a Themata notebook or a REFI-QDA project
 * into one plain shape before anything is matched or written. Ranges are
 * UTF-16 offsets into the document's text with line endings normalised
 * (content-hash.ts), trimmed of white space, so a range from either kind of
 * file can be laid over this notebook's sentences.
 */

export interface IncomingDetails {
  outlet: string | null;
  author: string | null;
  publishedOn: string | null;
  url: string | null;
  language: string | null;
  /** [key, value], by key. */
  attributes: [string, string][];
}

export interface IncomingDocument {
  /** Unique within the incoming work; tags, notes and done marks refer to it. */
  key: string;
  guid: string | null;
  title: string;
  /** Verbatim, as the other file keeps it. */
  text: string;
  hash: string;
  details: IncomingDetails;
}

export interface IncomingTheme {
  key: string;
  guid: string | null;
  name: string;
  /** The parent's key; parents come before their sub-themes. */
  parentKey: string | null;
  colour: string | null;
  description: string;
}

export interface IncomingRange {
  documentKey: string;
  start: number;
  end: number;
}

export interface IncomingTag extends IncomingRange {
  themeKey: string;
  coder: string;
  at: string | null;
  guid: string | null;
}

export interface IncomingNote extends IncomingRange {
  coder: string;
  body: string;
  createdAt: string | null;
  updatedAt: string | null;
  guid: string | null;
}

export interface IncomingDoneMark {
  documentKey: string;
  coder: string;
  at: string | null;
}

export interface IncomingWork {
  kind: 'notebook' | 'project';
  /** The file's name, for the history entry and the report. */
  fileName: string;
  documents: IncomingDocument[];
  themes: IncomingTheme[];
  tags: IncomingTag[];
  notes: IncomingNote[];
  doneMarks: IncomingDoneMark[];
  /** What the reader could not carry over, one line each (a source without text, codings of a whole source). */
  notCarried: string[];
}

export const NO_DETAILS: IncomingDetails = { outlet: null, author: null, publishedOn: null, url: null, language: null, attributes: [] };

/** A range over `text` with the white space at either end left out, on the normalised text's offsets. */
export function trimmedRange(text: string, start: number, end: number, toNormal: (offset: number) => number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from += 1;
  while (to > from && /\s/.test(text[to - 1]!)) to -= 1;
  return { start: toNormal(from), end: toNormal(to) };
}
