/**
 * Every export format's writer and preview, in one table the CLI and the
 * workspace dispatch through. A new format is its entry in EXPORT_FORMATS
 * (db/domain.ts) and a line here.
 */
import type { NotebookContext } from '../context';
import { EXPORT_FORMATS, type ExportFormat, type ExportFormatInfo, type ExportGrouping } from '../domain';
import { NotebookError } from '../notebook-error';
import { csvChunks, tagRowsTable, themeCountsTable, type CsvTable } from './csv';
import { tagRowsJsonChunks, themeCountsJsonChunks } from './json';
import { markdownChunks, type MarkdownOptions } from './markdown';
import { exportSource } from './read-export';
import { readTagRows, type TagRow } from './tag-rows';
import { readThemeCounts } from './theme-counts-table';
import { codebookXml, projectArchive } from '../exchange/refi-export';

/** What a researcher chooses for an export, in the CLI or the dialog. */
export interface ExportOptions extends MarkdownOptions {
  /** Markdown when omitted. */
  format?: ExportFormat;
  /** The per-document theme count table rather than the tag rows (CSV and JSON). */
  counts?: boolean;
  /** A byte order mark first, for Excel (CSV). */
  bom?: boolean;
}

/** What the export dialog shows before saving: the text, or for a table its first rows as cells. */
export interface ExportPreview {
  /** The file's text, or its beginning; null when a table is shown instead. */
  text: string | null;
  table: { header: string[]; rows: string[][] } | null;
  /** How many rows the whole file holds, for the tabular formats. */
  rowCount: number | null;
  /** How many of them the preview shows. */
  shownRows: number | null;
}

interface FormatWriter {
  /** The whole file, as chunks to write in order. */
  write(ctx: NotebookContext, notebookName: string, options: ExportOptions): Buffer[];
  preview(ctx: NotebookContext, notebookName: string, options: ExportOptions): ExportPreview;
}

/** Rows a CSV preview shows as a table, and a JSON preview as text. */
export const PREVIEW_ROWS = 50;
const JSON_PREVIEW_ROWS = 5;

/** The characters of XML a codebook's preview shows. */
const XML_PREVIEW_CHARACTERS = 6000;

export const exportWriters: { [F in ExportFormat]: FormatWriter } = {
  qdpx: {
    write: (ctx, name) => [Buffer.from(projectArchive(ctx, name))],
    // A zip has nothing to read: the preview says what the project holds.
    preview: (ctx) => ({ text: projectSummary(ctx), table: null, rowCount: null, shownRows: null }),
  },
  qdc: {
    write: (ctx) => [Buffer.from(codebookXml(ctx), 'utf8')],
    preview: (ctx) => {
      const xml = codebookXml(ctx);
      return { text: xml.length > XML_PREVIEW_CHARACTERS ? `${xml.slice(0, XML_PREVIEW_CHARACTERS)}\n…` : xml, table: null, rowCount: null, shownRows: null };
    },
  },
  markdown: {
    write: (ctx, name, options) => markdownChunks(exportSource(ctx, name, options.documentIds, options.coder ?? null), options),
    preview: (ctx, name, options) => ({
      text: Buffer.concat(markdownChunks(exportSource(ctx, name, options.documentIds, options.coder ?? null), options)).toString('utf8'), table: null, rowCount: null, shownRows: null,
    }),
  },
  csv: {
    write: (ctx, name, options) => csvChunks(csvTable(ctx, name, options), options),
    preview: (ctx, name, options) => {
      if (options.counts) {
        const table = themeCountsTable(readThemeCounts(ctx, name, options));
        const all = [...table.rows];
        const rows = all.slice(0, PREVIEW_ROWS);
        return { text: null, table: { header: table.header, rows }, rowCount: all.length, shownRows: rows.length };
      }
      const source = readTagRows(ctx, name, options);
      const { first, count } = firstRows(source.rows);
      return { text: null, table: { header: tagRowsTable(source).header, rows: [...tagRowsTable({ ...source, rows: first }).rows] }, rowCount: count, shownRows: first.length };
    },
  },
  json: {
    write: (ctx, name, options) =>
      options.counts ? themeCountsJsonChunks(readThemeCounts(ctx, name, options)) : tagRowsJsonChunks(readTagRows(ctx, name, options)),
    preview: (ctx, name, options) => {
      if (options.counts) {
        const table = readThemeCounts(ctx, name, options);
        return { text: Buffer.concat(themeCountsJsonChunks(table)).toString('utf8'), table: null, rowCount: table.rows.length, shownRows: table.rows.length };
      }
      const source = readTagRows(ctx, name, options);
      const { first, count } = firstRows(source.rows, JSON_PREVIEW_ROWS);
      return { text: Buffer.concat(tagRowsJsonChunks({ ...source, rows: first })).toString('utf8'), table: null, rowCount: count, shownRows: first.length };
    },
  },
};

/** Checks the options against the format: one clear message for a combination it cannot write. */
export function checkExportOptions(options: ExportOptions): ExportFormat {
  const format = options.format ?? 'markdown';
  const info = EXPORT_FORMATS[format];
  if (options.counts && !info.counts) throw new NotebookError('invalid-input', `A theme count table is written as CSV or JSON, not ${info.label}.`);
  return format;
}

/**
 * The name an export is offered under: "Study by theme.md", "Study tags.csv",
 * "Study theme counts.json"; a format that is the whole notebook, "Study.qdpx".
 */
export function exportFileName(notebookName: string, options: Pick<ExportOptions, 'format' | 'by' | 'counts'>): string {
  const info: ExportFormatInfo = EXPORT_FORMATS[options.format ?? 'markdown'];
  const what = info.grouped ? ` by ${options.by satisfies ExportGrouping}` : info.counts ? (options.counts ? ' theme counts' : ' tags') : '';
  return `${notebookName}${what}.${info.extension}`;
}

function csvTable(ctx: NotebookContext, name: string, options: ExportOptions): CsvTable {
  return options.counts ? themeCountsTable(readThemeCounts(ctx, name, options)) : tagRowsTable(readTagRows(ctx, name, options));
}

/** The first rows kept, every row counted. */
function firstRows(rows: Iterable<TagRow>, keep = PREVIEW_ROWS): { first: TagRow[]; count: number } {
  const first: TagRow[] = [];
  let count = 0;
  for (const row of rows) {
    if (count < keep) first.push(row);
    count += 1;
  }
  return { first, count };
}

/** What a REFI-QDA project of the notebook holds, in the words of the tools that read it. */
function projectSummary(ctx: NotebookContext): string {
  const count = (sql: string) => ctx.sql(sql).pluck().get() as number;
  const visible = 'JOIN sentences s ON s.id = x.sentence_id JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL';
  const lines = [
    ['Sources (documents, with their text)', count('SELECT count(*) FROM documents WHERE removed_at IS NULL')],
    ['Codes (themes, nested as in the codebook)', count('SELECT count(*) FROM themes')],
    ['Codings (tags, each on its sentence)', count(`SELECT count(*) FROM tags x ${visible}`)],
    ['Users (coders)', count(`SELECT count(DISTINCT x.coder) FROM tags x ${visible}`)],
    ['Notes on sentences', count(`SELECT count(*) FROM notes x ${visible}`)],
    ['Memos', count("SELECT count(*) FROM memos WHERE body <> ''")],
  ] as const;
  return [
    'A REFI-QDA project (QDA-XML 1.0) for NVivo, ATLAS.ti, MAXQDA and QualCoder:',
    '',
    ...lines.map(([what, n]) => `  ${n.toLocaleString('en').padStart(8)}  ${what}`),
    '',
    'Document details become variables on each source. Positions count Unicode code points.',
  ].join('\n');
}
