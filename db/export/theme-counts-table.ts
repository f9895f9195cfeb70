/**
 * How many sentences of each document carry each theme: a document per row
 * with its details, a column per theme, and for a theme with sub-themes a
 * roll-up column counting the sentences tagged with it or anything beneath it
 * (each sentence once). The table researchers otherwise rebuild in R from the
 * tag rows, counted by SQLite in a few grouped queries.
 */
import type { NotebookContext } from '../context';
import type { SnapshotDocument } from './snapshot';
import { readTableHead, type TableTheme, type TagRowsSource } from './tag-rows';

export interface ThemeCountColumn {
  themeId: number;
  /** The theme's path joined with "/", and " (with sub-themes)" after a roll-up's. */
  label: string;
  /** A roll-up: sentences tagged with the theme or any theme beneath it. */
  withSubThemes: boolean;
}

export interface ThemeCountsRow {
  document: SnapshotDocument;
  /** Sentences in the document, tagged or not: the denominator of a rate. */
  sentences: number;
  /** One per column, in column order. */
  counts: number[];
}

export interface ThemeCountsTable extends Omit<TagRowsSource, 'rows'> {
  columns: ThemeCountColumn[];
  /** Every visible document, in import order, including those with no tag. */
  rows: ThemeCountsRow[];
}

/** The separator of a theme's path in column labels and the CSV's theme_path. */
export const PATH_SEPARATOR = '/';

export function themeLabel(theme: TableTheme): string {
  return theme.path.join(PATH_SEPARATOR);
}

/** The counts of the selected themes. Call inside one read transaction. */
export function readThemeCounts(
  ctx: NotebookContext,
  notebookName: string,
  options: { themeIds?: number[]; documentIds?: number[]; coder?: string },
): ThemeCountsTable {
  const coder = options.coder ?? null;
  const head = readTableHead(ctx, notebookName, options);
  const children = new Map<number, number[]>();
  for (const theme of head.themes) {
    if (theme.parentId === null) continue;
    const list = children.get(theme.parentId);
    if (list) list.push(theme.id);
    else children.set(theme.parentId, [theme.id]);
  }
  const columns: ThemeCountColumn[] = [];
  const rollUps = new Map<number, number[]>();
  for (const theme of head.selected) {
    columns.push({ themeId: theme.id, label: themeLabel(theme), withSubThemes: false });
    if (!children.has(theme.id)) continue;
    columns.push({ themeId: theme.id, label: `${themeLabel(theme)} (with sub-themes)`, withSubThemes: true });
    rollUps.set(theme.id, beneath(theme.id, children));
  }

  const own = new Map<string, number>();
  // Sentences per theme: a theme several coders hold on one sentence counts once.
  const tally = ctx.sql(
    `SELECT s.document_id, t.theme_id, count(DISTINCT t.sentence_id) FROM tags t JOIN sentences s ON s.id = t.sentence_id
     WHERE ? IS NULL OR t.coder = ? GROUP BY s.document_id, t.theme_id`,
  );
  for (const [documentId, themeId, count] of tally.raw().iterate(coder, coder) as IterableIterator<[number, number, number]>) own.set(`${documentId}:${themeId}`, count);
  const rolled = new Map<string, number>();
  const distinct = ctx.sql(
    `SELECT s.document_id, count(DISTINCT t.sentence_id) FROM tags t JOIN sentences s ON s.id = t.sentence_id
     WHERE t.theme_id IN (SELECT value FROM json_each(?)) AND (? IS NULL OR t.coder = ?) GROUP BY s.document_id`,
  );
  for (const [themeId, ids] of rollUps) {
    for (const [documentId, count] of distinct.raw().iterate(JSON.stringify(ids), coder, coder) as IterableIterator<[number, number]>) rolled.set(`${documentId}:${themeId}`, count);
  }
  const sizes = new Map(ctx.sql('SELECT document_id, count(*) FROM sentences GROUP BY document_id').raw().all() as [number, number][]);

  return {
    ...head,
    columns,
    rows: head.documents.map((document) => ({
      document,
      sentences: sizes.get(document.id) ?? 0,
      counts: columns.map((column) => (column.withSubThemes ? rolled : own).get(`${document.id}:${column.themeId}`) ?? 0),
    })),
  };
}

/** A theme and every theme beneath it, however deep. */
function beneath(themeId: number, children: Map<number, number[]>): number[] {
  const found = [themeId];
  const seen = new Set(found);
  for (let i = 0; i < found.length; i += 1) {
    for (const child of children.get(found[i]!) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      found.push(child);
    }
  }
  return found;
}
