/**
 * The tag rows and the theme counts as JSON of a documented shape (the types
 * below; README, Exchange): documents and themes once, rows referring to them
 * by id. Keys always come in the order the types list them, one document,
 * theme or row per line, so two exports diff line by line.
 */
import { ByteSink } from './byte-sink';
import type { SnapshotDocument } from './snapshot';
import type { TableTheme, TagRowsSource } from './tag-rows';
import type { ThemeCountsTable } from './theme-counts-table';

export interface JsonDocument {
  id: number;
  title: string;
  sourceName: string | null;
  outlet: string | null;
  author: string | null;
  /** YYYY-MM-DD. */
  publishedOn: string | null;
  url: string | null;
  language: string | null;
  /** The researcher's own variables, keys sorted. */
  attributes: Record<string, string>;
}

export interface JsonTheme {
  id: number;
  name: string;
  /** Names from the top-level theme down to this one. */
  path: string[];
  parentId: number | null;
  /** #rrggbb. */
  colour: string;
  description: string;
}

/** One sentence × theme × coder; a note on an untagged sentence has a null theme, coder and time. */
export interface JsonTagRow {
  documentId: number;
  /** The sentence's number in its document, from 1. */
  sentence: number;
  /** Offsets into the document's text in Unicode code points, end exclusive. */
  start: number;
  end: number;
  text: string;
  note: string | null;
  themeId: number | null;
  theme: string | null;
  coder: string | null;
  /** ISO-8601 UTC. */
  taggedAt: string | null;
}

/** `themata export --format json`. */
export interface TagsJson {
  format: 'themata-tags';
  version: 1;
  notebook: string;
  /** The moment of the notebook state exported: its last change. */
  exportedAt: string;
  offsets: 'unicode-code-points';
  /** Every visible document, in import order. */
  documents: JsonDocument[];
  /** Every theme, in codebook order, so each row's theme and its parents resolve. */
  themes: JsonTheme[];
  rows: JsonTagRow[];
}

/** `themata export --format json --counts`. */
export interface ThemeCountsJson {
  format: 'themata-theme-counts';
  version: 1;
  notebook: string;
  exportedAt: string;
  themes: JsonTheme[];
  /** The count columns in order: a theme's own, then its roll-up when it has sub-themes. */
  columns: { label: string; themeId: number; withSubThemes: boolean }[];
  documents: (JsonDocument & { sentences: number; counts: Record<string, number> })[];
}

export interface JsonOptions {
  /** At most this many rows: a preview. */
  limit?: number;
}

export function tagRowsJsonChunks(source: TagRowsSource, options: JsonOptions = {}): Buffer[] {
  const out = new ByteSink();
  const themeNames = new Map(source.themes.map((theme) => [theme.id, theme.name]));
  out.append(`{\n${header('themata-tags', source.notebookName, source.exportedAt)},\n  "offsets": "unicode-code-points",\n`);
  out.append(`  "documents": ${list(source.documents.map(jsonDocument))},\n`);
  out.append(`  "themes": ${list(source.themes.map(jsonTheme))},\n  "rows": [`);
  let count = 0;
  for (const row of source.rows) {
    if (options.limit !== undefined && count >= options.limit) break;
    const json: JsonTagRow = {
      documentId: row.documentId,
      sentence: row.sentence,
      start: row.start,
      end: row.end,
      text: row.text,
      note: row.note,
      themeId: row.themeId,
      theme: row.themeId === null ? null : (themeNames.get(row.themeId) ?? null),
      coder: row.coder,
      taggedAt: row.taggedAt,
    };
    out.append(`${count === 0 ? '\n' : ',\n'}    ${JSON.stringify(json)}`);
    count += 1;
  }
  out.append(count === 0 ? ']\n}\n' : '\n  ]\n}\n');
  return out.chunks();
}

export function themeCountsJsonChunks(table: ThemeCountsTable): Buffer[] {
  const documents = table.rows.map((row) => {
    const counts: Record<string, number> = {};
    table.columns.forEach((column, i) => (counts[column.label] = row.counts[i]!));
    return { ...jsonDocument(row.document), sentences: row.sentences, counts };
  });
  const text =
    `{\n${header('themata-theme-counts', table.notebookName, table.exportedAt)},\n` +
    `  "themes": ${list(table.themes.map(jsonTheme))},\n` +
    `  "columns": ${list(table.columns.map((column) => ({ label: column.label, themeId: column.themeId, withSubThemes: column.withSubThemes })))},\n` +
    `  "documents": ${list(documents)}\n}\n`;
  return [Buffer.from(text, 'utf8')];
}

function header(format: string, notebook: string, exportedAt: string): string {
  return `  "format": ${JSON.stringify(format)},\n  "version": 1,\n  "notebook": ${JSON.stringify(notebook)},\n  "exportedAt": ${JSON.stringify(exportedAt)}`;
}

/** An array with one element per line. */
function list(items: unknown[]): string {
  return items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
}

function jsonDocument(document: SnapshotDocument): JsonDocument {
  const details = document.details;
  const attributes: Record<string, string> = {};
  for (const attribute of [...(details?.attributes ?? [])].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) attributes[attribute.key] = attribute.value;
  return {
    id: document.id,
    title: document.title,
    sourceName: document.sourceName,
    outlet: details?.outlet ?? null,
    author: details?.author ?? null,
    publishedOn: details?.publishedOn ?? null,
    url: details?.url ?? null,
    language: details?.language ?? null,
    attributes,
  };
}

function jsonTheme(theme: TableTheme): JsonTheme {
  return { id: theme.id, name: theme.name, path: theme.path, parentId: theme.parentId, colour: theme.colour, description: theme.description };
}
