/**
 * The tag rows and the theme counts as RFC 4180 CSV: UTF-8, a header row,
 * CRLF between records, a field quoted when it holds a comma, a quote or a
 * line break (quotes doubled). Text is written exactly as the researcher has
 * it: a sentence starting with "=" stays so (see README, Exchange), since R
 * and pandas read it back unchanged.
 */
import { stringify } from 'csv-stringify/sync';
import type { SnapshotDocument } from './snapshot';
import type { TagRowsSource } from './tag-rows';
import { themeLabel, type ThemeCountsTable } from './theme-counts-table';

export interface CsvOptions {
  /** A byte order mark first, so Excel reads the file as UTF-8. */
  bom?: boolean;
}

/** A table's header and its rows as cells, for the file and for the export dialog's preview alike. */
export interface CsvTable {
  header: string[];
  rows: Iterable<string[]>;
}

/** Records per call of the CSV writer: large enough to be quick, small enough to stay out of the garbage collector's way. */
const BATCH = 2000;

/**
 * Columns run from what identifies a row, through what it says, to the
 * document's details, whose attr: columns vary with the notebook: a script
 * can count on the first columns staying where they are.
 */
const DETAIL_COLUMNS = ['source_name', 'outlet', 'author', 'published_on', 'url', 'language'];

/** The prefix of a document attribute's column: `attr:region`. */
export const ATTRIBUTE_PREFIX = 'attr:';

export function tagRowsTable(source: TagRowsSource): CsvTable {
  // Each theme's cells once, not per row: a theme's path is joined from its ancestors.
  const themes = new Map(source.themes.map((theme) => [theme.id, { name: theme.name, label: themeLabel(theme) }]));
  const documents = new Map(source.documents.map((document) => [document.id, { id: String(document.id), title: document.title, details: detailCells(document, source.attributeKeys) }]));
  return {
    header: [
      'document_id', 'title', 'sentence', 'start', 'end', 'text', 'note', 'theme_id', 'theme', 'theme_path', 'coder', 'tagged_at',
      ...DETAIL_COLUMNS,
      ...source.attributeKeys.map((key) => ATTRIBUTE_PREFIX + key),
    ],
    rows: (function* () {
      for (const row of source.rows) {
        const theme = row.themeId === null ? undefined : themes.get(row.themeId);
        const document = documents.get(row.documentId);
        if (!document) throw new Error(`Export: row of sentence ${row.sentence} has no document ${row.documentId}.`);
        yield [
          document.id,
          document.title,
          String(row.sentence),
          String(row.start),
          String(row.end),
          row.text,
          row.note ?? '',
          row.themeId === null ? '' : String(row.themeId),
          theme?.name ?? '',
          theme?.label ?? '',
          row.coder ?? '',
          row.taggedAt ?? '',
          ...document.details,
        ];
      }
    })(),
  };
}

export function themeCountsTable(table: ThemeCountsTable): CsvTable {
  return {
    header: [
      'document_id', 'title', 'sentences', ...table.columns.map((column) => column.label), ...DETAIL_COLUMNS, ...table.attributeKeys.map((key) => ATTRIBUTE_PREFIX + key),
    ],
    rows: table.rows.map((row) => [
      String(row.document.id), row.document.title, String(row.sentences), ...row.counts.map(String), ...detailCells(row.document, table.attributeKeys),
    ]),
  };
}

/** The table as CSV bytes, written in batches of records. */
export function csvChunks(table: CsvTable, options: CsvOptions = {}): Buffer[] {
  const chunks: Buffer[] = [];
  if (options.bom) chunks.push(Buffer.from('\uFEFF', 'utf8'));
  chunks.push(Buffer.from(records([table.header]), 'utf8'));
  let batch: string[][] = [];
  for (const row of table.rows) {
    batch.push(row);
    if (batch.length < BATCH) continue;
    chunks.push(Buffer.from(records(batch), 'utf8'));
    batch = [];
  }
  if (batch.length > 0) chunks.push(Buffer.from(records(batch), 'utf8'));
  return chunks;
}

function records(rows: string[][]): string {
  // Given a record delimiter, the library quotes only fields holding it whole; a lone \n or \r
  // would be left bare, and RFC 4180 readers take it for the end of the record.
  return stringify(rows, { record_delimiter: 'windows', quote_record_delimiter: true });
}

function detailCells(document: SnapshotDocument, attributeKeys: string[]): string[] {
  const details = document.details;
  const attributes = new Map(details?.attributes.map((a) => [a.key, a.value]));
  return [
    document.sourceName ?? '',
    details?.outlet ?? '',
    details?.author ?? '',
    details?.publishedOn ?? '',
    details?.url ?? '',
    details?.language ?? '',
    ...attributeKeys.map((key) => attributes.get(key) ?? ''),
  ];
}
