/**
 * Picking documents by their details (outlet, author, language, a date range,
 * a researcher's own variables): the one predicate the store, the command
 * line and the workspace's scope all use, so a set of documents is the same
 * wherever it is asked for. Pure: no SQLite, no Node.
 */
import type { DocumentDetails, DocumentFilter } from './domain';

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

/**
 * Whether a document's details meet every condition of the filter: outlet,
 * author, language and attribute values compared ignoring case; the date range
 * inclusive, a document without a date never in it. Dates are YYYY-MM-DD, so
 * they compare as text.
 */
export function matchesFilter(details: DocumentDetails, filter: DocumentFilter): boolean {
  const text = (value: string | null, wanted: string | undefined) => wanted === undefined || (value !== null && same(value, wanted));
  if (!text(details.outlet, filter.outlet) || !text(details.author, filter.author) || !text(details.language, filter.language)) return false;
  if (filter.publishedFrom !== undefined && (details.publishedOn === null || details.publishedOn < filter.publishedFrom.trim())) return false;
  if (filter.publishedTo !== undefined && (details.publishedOn === null || details.publishedOn > filter.publishedTo.trim())) return false;
  return (filter.attributes ?? []).every((wanted) => details.attributes.some((a) => same(a.key, wanted.key) && same(a.value, wanted.value)));
}

/** Whether the filter has no condition, and so takes every document. */
export function isEmptyFilter(filter: DocumentFilter): boolean {
  return (
    filter.outlet === undefined &&
    filter.author === undefined &&
    filter.language === undefined &&
    filter.publishedFrom === undefined &&
    filter.publishedTo === undefined &&
    (filter.attributes ?? []).length === 0
  );
}

/** The filter in words, as the scope and the command line say it: "outlet Reuters, from 2017-04-07, country = Russia". */
export function describeFilter(filter: DocumentFilter): string {
  const parts: string[] = [];
  if (filter.outlet !== undefined) parts.push(`outlet ${filter.outlet.trim()}`);
  if (filter.author !== undefined) parts.push(`author ${filter.author.trim()}`);
  if (filter.language !== undefined) parts.push(`language ${filter.language.trim()}`);
  const from = filter.publishedFrom?.trim();
  const to = filter.publishedTo?.trim();
  if (from !== undefined && to !== undefined) parts.push(from === to ? `published ${from}` : `published ${from} to ${to}`);
  else if (from !== undefined) parts.push(`published from ${from}`);
  else if (to !== undefined) parts.push(`published up to ${to}`);
  for (const { key, value } of filter.attributes ?? []) parts.push(`${key.trim()} = ${value.trim()}`);
  return parts.length > 0 ? parts.join(', ') : 'any details';
}

/** The values a detail takes across the documents, each spelling once (ignoring case), sorted: what a filter can choose from. */
export function detailValues(documents: readonly DocumentDetails[]): {
  outlets: string[];
  authors: string[];
  languages: string[];
  attributes: { key: string; values: string[] }[];
} {
  const collect = () => new Map<string, string>();
  const outlets = collect();
  const authors = collect();
  const languages = collect();
  const attributes = new Map<string, { key: string; values: Map<string, string> }>();
  const add = (into: Map<string, string>, value: string | null) => {
    if (value !== null && !into.has(value.toLocaleLowerCase('en'))) into.set(value.toLocaleLowerCase('en'), value);
  };
  for (const d of documents) {
    add(outlets, d.outlet);
    add(authors, d.author);
    add(languages, d.language);
    for (const { key, value } of d.attributes) {
      let entry = attributes.get(key.toLocaleLowerCase('en'));
      if (!entry) attributes.set(key.toLocaleLowerCase('en'), (entry = { key, values: collect() }));
      add(entry.values, value);
    }
  }
  const sorted = (values: Map<string, string>) => [...values.values()].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  return {
    outlets: sorted(outlets),
    authors: sorted(authors),
    languages: sorted(languages),
    attributes: [...attributes.values()]
      .sort((a, b) => a.key.localeCompare(b.key, 'en', { sensitivity: 'base' }))
      .map(({ key, values }) => ({ key, values: sorted(values) })),
  };
}
