/** What both directions of the REFI-QDA exchange agree on: namespaces, paths, and the variables that carry document details. */
import type { DetailsRecord } from '../operations';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';
export const ORIGIN = 'Themata';

/** A source's text inside the archive, and how project.qde names it. */
export function sourceEntry(guid: string): { entry: string; path: string } {
  return { entry: `sources/${guid}.txt`, path: `internal://${guid}.txt` };
}

export type DetailColumn = Exclude<keyof DetailsRecord, 'title' | 'attributes'>;

/** A document's details as variables, named as a researcher would read them in another tool. */
export const DETAIL_VARIABLES: { column: DetailColumn; name: string; type: 'Text' | 'Date' }[] = [
  { column: 'outlet', name: 'Outlet', type: 'Text' },
  { column: 'author', name: 'Author', type: 'Text' },
  { column: 'published_on', name: 'Published', type: 'Date' },
  { column: 'url', name: 'URL', type: 'Text' },
  { column: 'language', name: 'Language', type: 'Text' },
];

/** xsd:dateTime as Themata writes it (ISO 8601, UTC); other values are left out rather than make the file invalid. */
export const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
