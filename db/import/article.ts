/**
 * What every article reader gives: the article's text as paragraphs the
 * segmenter reads (one per block, a blank line between them), and what the
 * file says of the article (its title, outlet, author, date, language).
 */
import { DETAIL_FIELDS, type DetailField } from '../domain';
import { checkDetail, TITLE_MAX_LENGTH } from '../details';
import { NotebookError } from '../notebook-error';
import { MAX_IMPORT_BYTES } from '../text-file';

/** The details an article file may carry; each is dropped if it is not one Themata keeps (a date that is not a day, say). */
export type ArticleDetails = Partial<Record<DetailField, string>>;

export interface Article {
  text: string;
  /** The article's own title, when the file names one. */
  title?: string;
  details?: ArticleDetails;
}

/** The most text an article yields: as much as a text file may hold, whatever the file it came from unpacks to. */
export const MAX_ARTICLE_TEXT_BYTES = MAX_IMPORT_BYTES;

/**
 * Paragraphs joined as the segmenter reads them: white space inside each
 * folded to single spaces, empty ones left out. Refused when nothing is left
 * (`nothing` says what the file held instead) or when the text is too large.
 */
export function articleText(paragraphs: Iterable<string>, label: string, nothing: string): string {
  const kept: string[] = [];
  let bytes = 0;
  for (const paragraph of paragraphs) {
    const folded = foldSpace(paragraph);
    if (folded === '') continue;
    bytes += Buffer.byteLength(folded) + 2;
    if (bytes > MAX_ARTICLE_TEXT_BYTES) {
      throw new NotebookError('file-too-large', `${label} holds more than ${MAX_ARTICLE_TEXT_BYTES / 1024 / 1024} MB of text; Themata reads text up to ${MAX_ARTICLE_TEXT_BYTES / 1024 / 1024} MB.`);
    }
    kept.push(folded);
  }
  if (kept.length === 0) throw new NotebookError('file-empty', `${label} ${nothing}`);
  return `${kept.join('\n\n')}\n`;
}

/** Runs of white space (non-breaking and zero-width ones too) as one space; soft hyphens and control characters dropped. */
export function foldSpace(text: string): string {
  return text
    .replace(/[\u00ad\u200b\ufeff]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '')
    .replace(/[\s\u00a0\u2028\u2029]+/g, ' ')
    .trim();
}

/** A title a file gives, if it is one: folded to one line, not blank, not too long. */
export function articleTitle(raw: string | null | undefined): string | undefined {
  const title = foldSpace(raw ?? '');
  if (title === '') return undefined;
  return title.length > TITLE_MAX_LENGTH ? `${title.slice(0, TITLE_MAX_LENGTH - 1).trimEnd()}…` : title;
}

/** The details Themata can keep, each folded to one line; a value the details refuse (too long, not a day) is left out. */
export function keptDetails(raw: Partial<Record<DetailField, string | null | undefined>>): ArticleDetails {
  const kept: ArticleDetails = {};
  for (const field of DETAIL_FIELDS) {
    const value = raw[field];
    if (value === null || value === undefined) continue;
    try {
      const checked = checkDetail(field, foldSpace(value));
      if (checked !== null) kept[field] = checked;
    } catch {
      // What a file says of itself is a hint: one the notebook cannot keep is not worth refusing the article for.
    }
  }
  return kept;
}

/** The day a date-time names ("2017-04-07T09:30:00+03:00" is 2017-04-07, as the outlet dated it), or undefined. */
export function dayOf(raw: string | null | undefined): string | undefined {
  const match = /^\s*(\d{4}-\d{2}-\d{2})/.exec(raw ?? '');
  return match?.[1];
}
