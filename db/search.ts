import type { SearchHit } from './domain';
import type { NotebookContext } from './context';

/** The words and quoted phrases of what a researcher typed; never raw FTS syntax. */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  const pattern = /"([^"]*)"|([\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*)/gu;
  for (const match of query.matchAll(pattern)) {
    const phrase = match[1] ?? match[2] ?? '';
    const words = phrase.match(/[\p{L}\p{N}\p{M}]+/gu);
    if (words && words.length > 0) terms.push(words.join(' '));
  }
  return terms;
}

/** An FTS5 query in which every term is quoted (so no operator can be injected) and matched as a prefix. */
export function toFtsQuery(terms: string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(' AND ');
}

interface HitRow {
  sentence_id: number;
  document_id: number;
  title: string;
  ordinal: number;
  text: string;
  note: string | null;
  in_sentence: number;
  in_note: number;
}

export function search(ctx: NotebookContext, query: string, limit: number): SearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const fts = toFtsQuery(terms);
  const rows = ctx
    .sql(
      `WITH matches AS (
         SELECT rowid AS sentence_id, 1 AS in_sentence, 0 AS in_note FROM sentences_fts WHERE sentences_fts MATCH @q
         UNION ALL
         SELECT rowid AS sentence_id, 0, 1 FROM notes_fts WHERE notes_fts MATCH @q
       )
       SELECT s.id AS sentence_id, s.document_id, d.title, s.ordinal, s.text, n.body AS note,
              max(m.in_sentence) AS in_sentence, max(m.in_note) AS in_note
       FROM matches m
       JOIN sentences s ON s.id = m.sentence_id
       JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL
       LEFT JOIN notes n ON n.sentence_id = s.id
       GROUP BY s.id
       ORDER BY s.document_id, s.ordinal
       LIMIT @limit`,
    )
    .all({ q: fts, limit }) as HitRow[];
  return rows.map((row) => ({
    sentenceId: row.sentence_id,
    documentId: row.document_id,
    documentTitle: row.title,
    sentenceNumber: row.ordinal,
    text: row.text,
    note: row.note,
    matchedIn: row.in_sentence && row.in_note ? 'both' : row.in_note ? 'note' : 'sentence',
    highlights: highlightRanges(row.text, terms),
  }));
}

/** Where the terms occur in the text, as word prefixes, merged and sorted, for the reader to mark. */
export function highlightRanges(text: string, terms: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  const folded = fold(text);
  for (const term of terms) {
    const words = fold(term).match(/[\p{L}\p{N}\p{M}]+/gu);
    if (!words) continue;
    // FTS5 finds a phrase's words whatever space or punctuation stands between them
    // ("pilot-safety", "Ankara’s", a line break), so the mark must too. Words hold no regex syntax.
    const phrase = new RegExp(words.join('[^\\p{L}\\p{N}\\p{M}]+'), 'gu');
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
}

/** Lower case without diacritics, keeping one UTF-16 unit per unit so offsets stay valid. */
function fold(text: string): string {
  let out = '';
  for (const char of text) {
    const base = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out += base.length === char.length ? base : char.toLowerCase().length === char.length ? char.toLowerCase() : char;
  }
  return out;
}
