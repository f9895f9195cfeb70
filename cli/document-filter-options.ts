/**
 * Picking documents by their details on the command line: `--outlet`,
 * `--author`, `--lang`, `--from`/`--to` (published dates, inclusive) and
 * `--attr KEY=VALUE`, the same conditions as the workspace's scope, for
 * `documents`, `search` and `stats`.
 */
import type { ParseArgsConfig } from 'node:util';
import type { DocumentFilter, Notebook } from '../db';
import { describeFilter, isEmptyFilter } from '../db/document-filter';
import { NotebookError } from '../db/notebook-error';
import { UsageError, str, type Parsed } from './command';

export const DOCUMENT_FILTER_OPTIONS = {
  outlet: { type: 'string' },
  author: { type: 'string' },
  lang: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  attr: { type: 'string', multiple: true },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** Options of these that take a value, for commands that must tell values from their own arguments. */
export const DOCUMENT_FILTER_VALUE_OPTIONS = Object.keys(DOCUMENT_FILTER_OPTIONS).map((name) => `--${name}`);

/** The conditions given, or null when none was. */
export function documentFilterOf(parsed: Parsed): DocumentFilter | null {
  const filter: DocumentFilter = {};
  const outlet = str(parsed.values.outlet);
  const author = str(parsed.values.author);
  const language = str(parsed.values.lang);
  const from = str(parsed.values.from);
  const to = str(parsed.values.to);
  if (outlet !== undefined) filter.outlet = outlet;
  if (author !== undefined) filter.author = author;
  if (language !== undefined) filter.language = language;
  if (from !== undefined) filter.publishedFrom = from;
  if (to !== undefined) filter.publishedTo = to;
  const attributes = (parsed.values.attr as string[] | undefined) ?? [];
  if (attributes.length > 0) {
    filter.attributes = attributes.map((pair) => {
      const at = pair.indexOf('=');
      if (at <= 0) throw new UsageError(`--attr takes KEY=VALUE, such as --attr country=Russia; "${pair}" has no key and "="`);
      return { key: pair.slice(0, at), value: pair.slice(at + 1) };
    });
  }
  return isEmptyFilter(filter) ? null : filter;
}

/**
 * The documents the conditions pick (null: no condition, the whole notebook).
 * Conditions no document meets are a refusal the researcher can act on, not an empty answer.
 */
export function documentsPicked(notebook: Notebook, filter: DocumentFilter | null): number[] | null {
  if (filter === null) return null;
  const ids = notebook.documentsMatching(filter);
  if (ids.length === 0) throw new NotebookError('not-found', `No document has ${describeFilter(filter)}; "themata documents" lists their details.`);
  return ids;
}
