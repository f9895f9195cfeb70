/**
 * The tags of a notebook as rows for R and pandas: one row per sentence ×
 * theme × coder, with the document and theme it belongs to looked up once.
 * Read document by document, a batch each, so 100,000 tags never sit in
 * memory as objects all at once; the CSV and JSON writers turn them into bytes as they arrive.
 */
import { exportedDocuments } from './exported-documents';
import type { NotebookContext } from '../context';
import { NotebookError } from '../notebook-error';
import { CodePointOffsets } from './code-points';
import { codebookOrder } from './obsidian';
import { readExportDetails } from './read-details';
import type { SnapshotDocument, SnapshotTheme } from './snapshot';

/** What the tabular exports take from the export options (the Markdown export's, less the grouping). */
export interface TableOptions {
  /** Only these themes; all when omitted. */
  themeIds?: number[];
  /** Only these documents; every visible one when omitted. */
  documentIds?: number[];
  /** The note on each row's sentence; when false the note column stays empty. */
  includeNotes: boolean;
  /**
   * With includeNotes, a row with no theme for each sentence that carries a
   * note but no tag. When omitted: yes when every theme is exported.
   */
  includeUntaggedNotes?: boolean;
}

/** A theme with its place in the hierarchy. */
export interface TableTheme extends SnapshotTheme {
  /** Names from the top-level theme down to this one. */
  path: string[];
}

/** One sentence × theme × coder; a note on an untagged sentence has no theme, coder or time. */
export interface TagRow {
  documentId: number;
  /** Position in its document, counted from 1. */
  sentence: number;
  /** Offsets into the document's text in Unicode code points, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Null when the sentence has none or notes are left out. */
  note: string | null;
  themeId: number | null;
  coder: string | null;
  /** ISO-8601 UTC. */
  taggedAt: string | null;
}

export interface TagRowsSource {
  notebookName: string;
  /** The time of the notebook's last change, so an unchanged notebook exports the same bytes. */
  exportedAt: string;
  /** Every theme in codebook order (each parent followed by its sub-themes). */
  themes: TableTheme[];
  /** The themes rows are written for, in codebook order. */
  selected: TableTheme[];
  /** Visible documents in import order. */
  documents: SnapshotDocument[];
  /** Every attribute key a document has, sorted: one column each. */
  attributeKeys: string[];
  /** In document order, then sentence order, then codebook order of the theme. Read once. */
  rows: Iterable<TagRow>;
}

/** The notebook's codebook, documents and, lazily, its tag rows. Call inside one read transaction. */
export function readTagRows(ctx: NotebookContext, notebookName: string, options: TableOptions): TagRowsSource {
  const head = readTableHead(ctx, notebookName, options);
  const selected = new Set(head.selected.map((theme) => theme.id));
  const rank = new Map(head.themes.map((theme, i) => [theme.id, i]));
  const untaggedNotes = options.includeNotes && (options.includeUntaggedNotes ?? options.themeIds === undefined);
  return {
    ...head,
    rows: (function* () {
      for (const document of head.documents) yield* rowsOf(ctx, document.id, { selected, rank, includeNotes: options.includeNotes, untaggedNotes });
    })(),
  };
}

/** Everything but the rows: the codebook with paths, the selection, documents with details. */
export function readTableHead(ctx: NotebookContext, notebookName: string, options: Pick<TableOptions, 'themeIds' | 'documentIds'>): Omit<TagRowsSource, 'rows'> {
  const themes = withPaths(
    codebookOrder(
      (
        ctx.sql('SELECT id, name, colour, description, position, parent_id FROM themes').raw().all() as [
          number, string, string, string, number, number | null,
        ][]
      ).map(([id, name, colour, description, position, parentId]): SnapshotTheme => ({ id, name, colour, description, key: null, order: position, parentId })),
    ),
  );
  const details = readExportDetails(ctx);
  const documents = exportedDocuments(ctx, options.documentIds).map((d): SnapshotDocument => {
    const found = details.get(d.id);
    return found ? { ...d, details: found } : d;
  });
  const keys = new Set<string>();
  for (const entry of details.values()) for (const attribute of entry.attributes) keys.add(attribute.key);
  return {
    notebookName,
    exportedAt: exportMoment(ctx),
    themes,
    selected: selectThemes(themes, options.themeIds),
    documents,
    attributeKeys: [...keys].sort(),
  };
}

/** The time of the notebook's last change (or its creation): an export is a function of the notebook, not of the clock. */
export function exportMoment(ctx: NotebookContext): string {
  const lastChange = ctx.sql('SELECT at FROM history ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined;
  const created = ctx.sql("SELECT value FROM settings WHERE key = 'created_at'").pluck().get() as string | undefined;
  return lastChange ?? created ?? new Date(0).toISOString();
}

function withPaths(themes: SnapshotTheme[]): TableTheme[] {
  const byId = new Map(themes.map((theme) => [theme.id, theme]));
  return themes.map((theme) => {
    const path = [theme.name];
    const seen = new Set([theme.id]);
    // A loop of parents (never written by Themata) ends the path where it repeats.
    for (let up = theme.parentId; up !== null && !seen.has(up); ) {
      const parent = byId.get(up);
      if (!parent) break;
      seen.add(up);
      path.unshift(parent.name);
      up = parent.parentId;
    }
    return { ...theme, path };
  });
}

function selectThemes(themes: TableTheme[], themeIds: number[] | undefined): TableTheme[] {
  if (themeIds === undefined) return themes;
  if (themeIds.length === 0) throw new NotebookError('invalid-input', 'Choose at least one theme to export.');
  const known = new Set(themes.map((theme) => theme.id));
  const missing = themeIds.filter((id) => !known.has(id)).sort((a, b) => a - b);
  if (missing[0] !== undefined) throw new NotebookError('not-found', `There is no theme ${missing[0]} in this notebook.`);
  const wanted = new Set(themeIds);
  return themes.filter((theme) => wanted.has(theme.id));
}

interface RowPlan {
  selected: Set<number>;
  rank: Map<number, number>;
  includeNotes: boolean;
  untaggedNotes: boolean;
}

type SentenceTagRow = [
  ordinal: number, start: number, end: number, text: string, note: string | null, themeId: number | null, coder: string | null, taggedAt: string | null,
];

/**
 * A document's rows, in one batch: one query over its sentences with a tag or
 * a note, in sentence order, each sentence's tags then put in codebook order.
 */
function rowsOf(ctx: NotebookContext, documentId: number, plan: RowPlan): TagRow[] {
  const offsets = hasAstralCharacters(ctx, documentId)
    ? new CodePointOffsets(ctx.sql('SELECT original_text FROM documents WHERE id = ?').pluck().get(documentId) as string)
    : null;
  const found = ctx
    .sql(
      `SELECT s.ordinal, s.start_offset, s.end_offset, s.text, ${plan.includeNotes ? 'n.body' : 'NULL'}, t.theme_id, t.coder, t.tagged_at
       FROM sentences s LEFT JOIN tags t ON t.sentence_id = s.id LEFT JOIN notes n ON n.sentence_id = s.id
       WHERE s.document_id = ? AND (t.sentence_id IS NOT NULL OR n.sentence_id IS NOT NULL) ORDER BY s.ordinal`,
    )
    .raw()
    .all(documentId) as SentenceTagRow[];
  const rows: TagRow[] = [];
  for (let i = 0; i < found.length; ) {
    const [ordinal, start, end, text, body] = found[i]!;
    // The rows of one sentence: one per tag, or one with no tag for a note alone.
    let last = i + 1;
    while (last < found.length && found[last]![0] === ordinal) last += 1;
    const note = body === null || body.trim() === '' ? null : body;
    const from = offsets ? offsets.of(start) : start;
    const to = offsets ? offsets.of(end) : end;
    const make = (themeId: number | null, coder: string | null, taggedAt: string | null): TagRow => ({
      documentId, sentence: ordinal, start: from, end: to, text, note, themeId, coder, taggedAt,
    });
    if (found[i]![5] === null) {
      if (plan.untaggedNotes && note !== null) rows.push(make(null, null, null));
    } else {
      const tagged = last - i > 1 ? found.slice(i, last).sort((a, b) => (plan.rank.get(a[5]!) ?? Infinity) - (plan.rank.get(b[5]!) ?? Infinity)) : [found[i]!];
      for (const row of tagged) if (plan.selected.has(row[5]!)) rows.push(make(row[5], row[6], row[7]));
    }
    i = last;
  }
  return rows;
}

/**
 * Whether a document's text holds a character beyond the Basic Multilingual
 * Plane, asked of its UTF-8 bytes (a lead byte F0–F4) without reading the
 * text into JavaScript: most documents have none, and their offsets need no converting.
 */
function hasAstralCharacters(ctx: NotebookContext, documentId: number): boolean {
  return (
    ctx
      .sql(
        `SELECT instr(b, X'F0') + instr(b, X'F1') + instr(b, X'F2') + instr(b, X'F3') + instr(b, X'F4')
         FROM (SELECT CAST(original_text AS BLOB) AS b FROM documents WHERE id = ?)`,
      )
      .pluck()
      .get(documentId) as number
  ) > 0;
}
