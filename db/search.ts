import type { SearchHit } from './domain';
import type { NotebookContext } from './context';
import { idRuns, spansInSet, type DocumentSet } from './document-set';
import { readSearch, toFtsQuery } from './search-query';

interface HitRow {
  sentence_id: number;
  document_id: number;
  title: string;
  ordinal: number;
  text: string;
  note: string | null;
}

/**
 * The first `limit` sentences, in reading order, of the documents in the set
 * (every visible one when null) whose text or note matches the query as
 * search-query.ts reads it. Sentence ids follow reading order (see document-spans.ts), so
 * each index is asked for its first `limit` matches by rowid and stops there;
 * no later match is joined, grouped or marked. (FTS5 still gathers every
 * match of a prefix before returning the first, so a short, common prefix
 * such as "the" costs in proportion to the notebook: only a prefix index, a
 * schema change, avoids that.)
 */
export function search(ctx: NotebookContext, query: string, limit: number, set: DocumentSet = null): SearchHit[] {
  const reading = readSearch(query);
  const fts = toFtsQuery(reading.query);
  if (fts === null || limit <= 0) return [];
  // Removed documents' sentences and notes stay indexed, so removal can be undone: the index is read
  // only over the runs of ids the set's visible documents cover.
  const runs = idRuns(spansInSet(ctx, set));
  if (runs.length === 0) return [];
  const inSentences = firstMatches(ctx, 'sentences_fts', fts, runs, limit);
  const inNotes = new Set(notesMatching(ctx, fts, runs, limit));
  const ids = [...new Set([...inSentences, ...inNotes])].sort((a, b) => a - b).slice(0, limit);
  const inSentence = new Set(inSentences);
  const mark = highlighter(reading.marked);
  const rows = ctx
    .sql(
      `SELECT s.id AS sentence_id, s.document_id, d.title, s.ordinal, s.text,
         (SELECT group_concat(body, char(10) || char(10)) FROM (SELECT body FROM notes n WHERE n.sentence_id = s.id ORDER BY n.coder COLLATE NOCASE)) AS note
       FROM sentences s
       JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL
       WHERE s.id IN (SELECT value FROM json_each(?))
       ORDER BY s.document_id, s.ordinal`,
    )
    .all(JSON.stringify(ids)) as HitRow[];
  return rows.map((row) => {
    const sentence = inSentence.has(row.sentence_id);
    const note = inNotes.has(row.sentence_id);
    return {
      sentenceId: row.sentence_id,
      documentId: row.document_id,
      documentTitle: row.title,
      sentenceNumber: row.ordinal,
      text: row.text,
      note: row.note,
      matchedIn: sentence && note ? 'both' : note ? 'note' : 'sentence',
      highlights: mark(row.text),
    };
  });
}

/**
 * Up to this many runs of ids are each asked for their first matches; a set
 * scattered wider is read in one pass over its outer range instead, since
 * FTS5 gathers a prefix's matches anew for every query.
 */
const RUNS_ASKED_ONE_BY_ONE = 8;

/** The lowest `limit` rowids an FTS5 index matches within the runs of ids (ascending, apart). */
/**
 * The sentences whose notes (any coder's) match, in the runs. Notes are
 * indexed by their own row id, and they are few beside the sentences: the
 * matches are read whole and kept where they fall in the runs.
 */
function notesMatching(ctx: NotebookContext, fts: string, runs: readonly [number, number][], limit: number): number[] {
  const ids = ctx
    .sql('SELECT DISTINCT n.sentence_id FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid WHERE notes_fts MATCH ? ORDER BY n.sentence_id')
    .pluck()
    .all(fts) as number[];
  const kept: number[] = [];
  let run = 0;
  for (const id of ids) {
    while (run < runs.length && runs[run]![1] < id) run += 1;
    if (run === runs.length || kept.length >= limit) break;
    if (id >= runs[run]![0]) kept.push(id);
  }
  return kept;
}

function firstMatches(
  ctx: NotebookContext,
  index: 'sentences_fts',
  fts: string,
  runs: readonly [number, number][],
  limit: number,
): number[] {
  const statement = ctx.sql(`SELECT rowid AS id FROM ${index} WHERE ${index} MATCH ? AND rowid >= ? AND rowid <= ? ORDER BY rowid LIMIT ?`);
  const ids: number[] = [];
  if (runs.length <= RUNS_ASKED_ONE_BY_ONE) {
    for (const [first, last] of runs) {
      if (ids.length >= limit) break;
      for (const row of statement.all(fts, first, last, limit - ids.length) as { id: number }[]) ids.push(row.id);
    }
    return ids;
  }
  let run = 0;
  const rows = statement.iterate(fts, runs[0]![0], runs[runs.length - 1]![1], -1) as IterableIterator<{ id: number }>;
  for (const { id } of rows) {
    while (run < runs.length && runs[run]![1] < id) run += 1;
    if (run === runs.length) break;
    if (id >= runs[run]![0]) ids.push(id);
    if (ids.length >= limit) break;
  }
  return ids;
}

/** Where the terms occur in the text, as word prefixes, merged and sorted, for the reader to mark. */
export function highlightRanges(text: string, terms: string[]): [number, number][] {
  return highlighter(terms)(text);
}

/** highlightRanges for one search's terms, their patterns built once for every hit. */
function highlighter(terms: string[]): (text: string) => [number, number][] {
  const phrases: RegExp[] = [];
  for (const term of terms) {
    const words = fold(term).match(/[\p{L}\p{N}\p{M}]+/gu);
    // FTS5 finds a phrase's words whatever space or punctuation stands between them
    // ("pilot-safety", "Ankara’s", a line break), so the mark must too. Words hold no regex syntax.
    if (words) phrases.push(new RegExp(words.join('[^\\p{L}\\p{N}\\p{M}]+'), 'gu'));
  }
  return (text) => {
    if (phrases.length === 0) return [];
    const ranges: [number, number][] = [];
    const folded = fold(text);
    for (const phrase of phrases) {
      for (const match of folded.matchAll(phrase)) {
        const at = match.index;
        const before = at === 0 ? '' : folded[at - 1]!;
        if (!/[\p{L}\p{N}]/u.test(before)) ranges.push([at, at + match[0].length]);
      }
    }
    ranges.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const range of ranges) {
      const last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push([range[0], range[1]]);
    }
    return merged;
  };
}

/** Capital ASCII letters and every character beyond ASCII: what folding can change. */
const FOLDABLE = /[A-Z]|[^\p{ASCII}]/gu;
const foldedChars = new Map<string, string>();

/** Lower case without diacritics, keeping one UTF-16 unit per unit so offsets stay valid. */
function fold(text: string): string {
  return text.replace(FOLDABLE, foldChar);
}

/** One character folded, remembered: normalising each character of every hit costs more than the search. */
function foldChar(char: string): string {
  let out = foldedChars.get(char);
  if (out === undefined) {
    const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out = base.length === char.length ? base : char.toLowerCase().length === char.length ? char.toLowerCase() : char;
    if (foldedChars.size < 10_000) foldedChars.set(char, out);
  }
  return out;
}
