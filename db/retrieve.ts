import type { NotebookContext } from './context';
import { changeMark, type DocumentSpan } from './document-spans';
import { idRuns, spansInSet, type DocumentSet } from './document-set';
import type { RetrievedSentence, RetrievePage, RetrieveSummary, ThemeQuery, ThemeCount } from './domain';
import { NotebookError } from './notebook-error';

/**
 * Retrieving sentences by theme across documents.
 *
 * A theme's tags are one range of the tags_by_theme index (theme_id,
 * sentence_id), and a document is a range of sentence ids (see
 * document-spans.ts): so the sentences a theme tags in a set of documents are
 * read as a few index ranges, already in reading order, and crossed with the
 * other themes' lists in memory. Nothing joins a tag to its sentence or its
 * document; only the page of sentences shown is read from the sentences table.
 */

/** The ids of the sentences in the set that the query retrieves, ascending (reading order). */
export function retrievedIds(ctx: NotebookContext, query: ThemeQuery, spans: readonly DocumentSpan[]): number[] {
  const themeIds = known(ctx, query.themeIds);
  if (themeIds.length === 0) throw new NotebookError('invalid-input', 'Choose at least one theme to retrieve its sentences.');
  const runs = idRuns(spans);
  let ids = taggedWith(ctx, themeIds, query.mode, runs);
  for (const id of known(ctx, query.without)) {
    if (ids.length === 0) break;
    ids = subtract(ids, taggedIn(ctx, id, runs));
  }
  return ids;
}

/**
 * The last query's ids, until the notebook changes: the Retrieve view asks
 * for its counts and then page after page of the same query.
 */
const lastRetrieved = new WeakMap<NotebookContext, { key: string; spans: readonly DocumentSpan[]; ids: number[] }>();

function retrieved(ctx: NotebookContext, query: ThemeQuery, set: DocumentSet): { spans: readonly DocumentSpan[]; ids: number[] } {
  const key = `${changeMark(ctx)}|${JSON.stringify([query.themeIds, query.mode, query.without, set])}`;
  const known = lastRetrieved.get(ctx);
  if (known?.key === key) return known;
  const spans = spansInSet(ctx, set);
  const answer = { key, spans, ids: retrievedIds(ctx, query, spans) };
  lastRetrieved.set(ctx, answer);
  return answer;
}

/** How many sentences the query retrieves, in all and per document of the set. */
export function retrieveSummary(ctx: NotebookContext, query: ThemeQuery, set: DocumentSet): RetrieveSummary {
  const { spans, ids } = retrieved(ctx, query, set);
  const documents: RetrieveSummary['documents'] = [];
  // Both lists rise: one walk pairs every id with its span.
  let at = 0;
  for (const span of spans) {
    let count = 0;
    while (at < ids.length && ids[at]! < span.first) at += 1;
    while (at < ids.length && ids[at]! <= span.last) {
      count += 1;
      at += 1;
    }
    if (count > 0) documents.push({ documentId: span.documentId, title: span.title, count });
  }
  return { total: ids.length, documents };
}

interface ContextRow {
  id: number;
  document_id: number;
  ordinal: number;
  text: string;
}

/**
 * A page of the retrieved sentences, in reading order (by document, then
 * sentence), each with the sentence before and after it in its document, its
 * themes and its note.
 */
export function retrievePage(ctx: NotebookContext, query: ThemeQuery, set: DocumentSet, page: { offset: number; limit: number }): RetrievePage {
  const { ids } = retrieved(ctx, query, set);
  const chosen = ids.slice(page.offset, page.offset + page.limit);
  if (chosen.length === 0) return { total: ids.length, offset: page.offset, sentences: [] };
  // A document's ids are consecutive, so its neighbours are the ids on either side, when in the same document.
  const wanted = new Set<number>();
  for (const id of chosen) wanted.add(id - 1).add(id).add(id + 1);
  const rows = ctx
    .sql('SELECT id, document_id, ordinal, text FROM sentences WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify([...wanted])) as ContextRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const tags = ctx
    .sql(
      `SELECT DISTINCT t.sentence_id, t.theme_id, th.position FROM tags t JOIN themes th ON th.id = t.theme_id
       WHERE t.sentence_id IN (SELECT value FROM json_each(?)) ORDER BY th.position, th.id`,
    )
    .all(JSON.stringify(chosen)) as { sentence_id: number; theme_id: number }[];
  const themesOf = new Map<number, number[]>();
  for (const tag of tags) {
    const list = themesOf.get(tag.sentence_id);
    if (list) list.push(tag.theme_id);
    else themesOf.set(tag.sentence_id, [tag.theme_id]);
  }
  const notes = ctx
    .sql(
      `SELECT sentence_id, group_concat(body, char(10) || char(10)) AS body FROM (
         SELECT sentence_id, body FROM notes WHERE sentence_id IN (SELECT value FROM json_each(?)) ORDER BY sentence_id, coder COLLATE NOCASE)
       GROUP BY sentence_id`,
    )
    .all(JSON.stringify(chosen)) as { sentence_id: number; body: string }[];
  const noteOf = new Map(notes.map((note) => [note.sentence_id, note.body]));
  const sentences: RetrievedSentence[] = [];
  for (const id of chosen) {
    const row = byId.get(id);
    if (!row) continue;
    const before = byId.get(id - 1);
    const after = byId.get(id + 1);
    sentences.push({
      sentenceId: id,
      documentId: row.document_id,
      number: row.ordinal,
      text: row.text,
      before: before?.document_id === row.document_id ? before.text : null,
      after: after?.document_id === row.document_id ? after.text : null,
      themeIds: themesOf.get(id) ?? [],
      note: noteOf.get(id) ?? null,
    });
  }
  return { total: ids.length, offset: page.offset, sentences };
}

/**
 * Tags per theme in a set of documents, as the theme panel shows them for
 * the open document or a selection. Each span's tags are one range of the
 * tags table's key; a theme without tags there is counted at zero.
 */
export function themeCountsIn(ctx: NotebookContext, set: DocumentSet): ThemeCount[] {
  const counts = new Map<number, number>();
  const themeIds = (ctx.sql('SELECT id FROM themes ORDER BY position, id').all() as { id: number }[]).map((row) => row.id);
  for (const id of themeIds) counts.set(id, 0);
  const perRun = ctx.sql('SELECT theme_id, count(DISTINCT sentence_id) AS n FROM tags WHERE sentence_id BETWEEN ? AND ? GROUP BY theme_id');
  for (const [first, last] of idRuns(spansInSet(ctx, set))) {
    for (const row of perRun.all(first, last) as { theme_id: number; n: number }[]) {
      counts.set(row.theme_id, (counts.get(row.theme_id) ?? 0) + row.n);
    }
  }
  return themeIds.map((themeId) => ({ themeId, count: counts.get(themeId) ?? 0 }));
}

/** The sentences within the runs that carry any (or all) of the themes, ascending; a theme without tags matches none. */
export function taggedWith(ctx: NotebookContext, themeIds: readonly number[], mode: 'any' | 'all', runs: readonly [number, number][]): number[] {
  const lists = [...new Set(themeIds)].map((id) => taggedIn(ctx, id, runs));
  if (lists.length === 0) return [];
  return mode === 'all' ? lists.reduce(intersect) : lists.reduce(union);
}

/** The query's theme ids, once each; one the codebook lacks is refused. */
function known(ctx: NotebookContext, themeIds: readonly number[]): number[] {
  const unique = [...new Set(themeIds)];
  const exists = ctx.sql('SELECT 1 FROM themes WHERE id = ?');
  for (const id of unique) {
    if (!exists.get(id)) throw new NotebookError('not-found', `There is no theme ${id} in this codebook.`);
  }
  return unique;
}

/** The sentences a theme tags within the runs, ascending; each run is one range of tags_by_theme, crossing as one JSON array. */
function taggedIn(ctx: NotebookContext, themeId: number, runs: readonly [number, number][]): number[] {
  const statement = ctx.sql('SELECT json_group_array(DISTINCT sentence_id) AS ids FROM tags WHERE theme_id = ? AND sentence_id BETWEEN ? AND ?');
  const ids: number[] = [];
  for (const [first, last] of runs) {
    const values = JSON.parse((statement.get(themeId, first, last) as { ids: string }).ids) as number[];
    // Read along the index, so already ascending; SQL does not promise it, so it is checked.
    if (!values.every((value, i) => i === 0 || values[i - 1]! < value)) values.sort((a, b) => a - b);
    for (const value of values) ids.push(value);
  }
  return ids;
}

/** Two ascending lists, merged without repeats. */
export function union(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) {
      out.push(x!);
      i += 1;
    } else if (x === undefined || y < x) {
      out.push(y);
      j += 1;
    } else {
      out.push(x);
      i += 1;
      j += 1;
    }
  }
  return out;
}

/** What two ascending lists share. */
export function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i += 1;
    else if (a[i]! > b[j]!) j += 1;
    else {
      out.push(a[i]!);
      i += 1;
      j += 1;
    }
  }
  return out;
}

/** An ascending list less what another holds. */
export function subtract(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j]! < x) j += 1;
    if (b[j] !== x) out.push(x);
  }
  return out;
}
