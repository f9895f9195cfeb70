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
   * With includeNotes, a row with no theme for each note whose coder has no
   * tag on its sentence. When omitted: yes when every theme is exported.
   */
  includeUntaggedNotes?: boolean;
  /** One coder's tags and notes alone (the consensus coder's, say); every coder's when omitted. */
  coder?: string;
}

/** A theme with its place in the hierarchy. */
export interface TableTheme extends SnapshotTheme {
  /** Names from the top-level theme down to this one. */
  path: string[];
}

/** One sentence × theme × coder; a coder's note on a sentence they did not tag has no theme or time. */
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
      for (const document of head.documents) {
        yield* rowsOf(ctx, document.id, { selected, rank, includeNotes: options.includeNotes, untaggedNotes, coder: options.coder ?? null });
      }
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
  coder: string | null;
}

type SentenceTagRow = [
  ordinal: number, start: number, end: number, text: string, note: string | null, themeId: number | null, coder: string | null, taggedAt: string | null,
];

/**
 * A document's rows, in one batch: one query over its sentences with a tag or
 * a note, in sentence order, each sentence's tags then put in codebook order.
 * A row carries its own coder's note; a note whose coder has no tag on the
 * sentence comes on a row of its own, with no theme.
 */
function rowsOf(ctx: NotebookContext, documentId: number, plan: RowPlan): TagRow[] {
  const offsets = hasAstralCharacters(ctx, documentId)
    ? new CodePointOffsets(ctx.sql('SELECT original_text FROM documents WHERE id = ?').pluck().get(documentId) as string)
    : null;
  const body = plan.includeNotes ? 'n.body' : 'NULL';
  const found = ctx
    .sql(
      `SELECT s.ordinal, s.start_offset, s.end_offset, s.text, ${body}, t.theme_id, t.coder, t.tagged_at
       FROM sentences s JOIN tags t ON t.sentence_id = s.id LEFT JOIN notes n ON n.sentence_id = s.id AND n.coder = t.coder
       WHERE s.document_id = @document AND (@coder IS NULL OR t.coder = @coder)
       UNION ALL
       SELECT s.ordinal, s.start_offset, s.end_offset, s.text, n.body, NULL, n.coder, NULL
       FROM sentences s JOIN notes n ON n.sentence_id = s.id
       WHERE @notes AND s.document_id = @document AND (@coder IS NULL OR n.coder = @coder)
         AND NOT EXISTS (SELECT 1 FROM tags t WHERE t.sentence_id = s.id AND t.coder = n.coder)
       ORDER BY 1`,
    )
    .raw()
    .all({ document: documentId, coder: plan.coder, notes: plan.untaggedNotes ? 1 : 0 }) as SentenceTagRow[];
  const rows: TagRow[] = [];
  const order = (row: SentenceTagRow) => (row[5] === null ? Infinity : (plan.rank.get(row[5]) ?? Number.MAX_SAFE_INTEGER));
  for (let i = 0; i < found.length; ) {
    const [ordinal, start, end, text] = found[i]!;
    // The rows of one sentence: one per coder's tag, then one per coder's note alone.
    let last = i + 1;
    while (last < found.length && found[last]![0] === ordinal) last += 1;
    const from = offsets ? offsets.of(start) : start;
    const to = offsets ? offsets.of(end) : end;
    const group = last - i > 1 ? found.slice(i, last).sort((a, b) => order(a) - order(b) || (a[6] ?? '').localeCompare(b[6] ?? '')) : [found[i]!];
    for (const [, , , , body, themeId, coder, taggedAt] of group) {
      const note = body === null || body.trim() === '' ? null : body;
      if (themeId === null) {
        if (note !== null) rows.push({ documentId, sentence: ordinal, start: from, end: to, text, note, themeId: null, coder, taggedAt: null });
      } else if (plan.selected.has(themeId)) {
        rows.push({ documentId, sentence: ordinal, start: from, end: to, text, note, themeId, coder, taggedAt });
      }
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
