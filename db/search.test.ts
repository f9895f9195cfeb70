import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NotebookContext } from './context';
import type { SearchHit } from './domain';
import { setNote } from './notes';
import { highlightRanges, search } from './search';
import { readSearch, toFtsQuery } from './search-query';
import { useMemoryNotebook } from './test-support/memory-notebook';
import { fillRandomNotebook, seeded, WORDS } from './test-support/random-notebook';

/** The words a query looks for, as the search marks them. */
const searchTerms = (query: string) => readSearch(query).marked;

const ARTICLE = [
  'Moscow denied it. Officials disagreed.',
  'Ankara warned about gas. Talks near Ankara were planned.',
  'Pilot-safety talks or not, Moscow’s jets flew.',
].join('\n');

describe('highlightRanges', () => {
  it('marks where a term starts a word, not where it falls inside one', () => {
    expect(highlightRanges('Talks near Ankara were planned.', ['an'])).toEqual([[11, 13]]);
  });

  it('marks every occurrence, sorted, and merges overlapping ranges', () => {
    expect(highlightRanges('Ankara warned Ankara.', ['ankara', 'ank', 'warn'])).toEqual([[0, 6], [7, 11], [14, 20]]);
  });

  it('ignores case and accents while keeping offsets into the text as written', () => {
    expect(highlightRanges('Déclarations suivirent.', ['DECLAR'])).toEqual([[0, 6]]);
    expect(highlightRanges('Official ankara', ['ánkará'])).toEqual([[9, 15]]);
  });

  it('counts offsets in UTF-16 units past emoji and other scripts', () => {
    const text = 'Gas 🔥 prices rose, تصريحات prices.';
    const ranges = highlightRanges(text, ['prices']);
    expect(ranges.map(([from, to]) => text.slice(from, to))).toEqual(['prices', 'prices']);
    expect(ranges[0]).toEqual([7, 13]);
  });

  it('marks the words of a phrase however space or punctuation stands between them, as the search finds them', () => {
    const mark = (text: string, terms: string[]) => highlightRanges(text, terms).map(([from, to]) => text.slice(from, to));
    expect(mark('Pentagon says pilot-safety talks', searchTerms('pilot-safety'))).toEqual(['pilot-safety']);
    expect(mark('Ankara’s gas', searchTerms('Ankara’s'))).toEqual(['Ankara’s']);
    expect(mark('Moscow denied  it.', searchTerms('"denied it"'))).toEqual(['denied  it']);
    expect(mark('Moscow denied\nit.', searchTerms('"denied it"'))).toEqual(['denied\nit']);
    // The words must still follow one another.
    expect(mark('it denied', searchTerms('"denied it"'))).toEqual([]);
  });

  it('marks nothing for no terms', () => {
    expect(highlightRanges('Moscow denied it.', [])).toEqual([]);
  });
});

describe('search', () => {
  const notebook = useMemoryNotebook();

  function withArticle() {
    const nb = notebook();
    const doc = nb.importDocument({ title: 'Article', text: ARTICLE, sourceName: null });
    const ids = nb.sentenceIds(doc);
    const numbers = (query: string, limit = 50) => search(nb.ctx, query, limit).map((h) => h.sentenceNumber);
    const note = (number: number, body: string) => {
      nb.clock.advance(120_000);
      setNote(nb.ctx, nb.history, ids[number - 1]!, body);
    };
    return { nb, ctx: nb.ctx, doc, ids, numbers, note };
  }

  it('finds sentences by word prefix, whatever the case and accents, in reading order', () => {
    const { numbers } = withArticle();
    expect(numbers('moscow')).toEqual([1, 5]);
    expect(numbers('ANK')).toEqual([3, 4]);
    expect(numbers('ánkará')).toEqual([3, 4]);
    expect(numbers('kara')).toEqual([]);
  });

  it('requires every term, and a quoted phrase in its order', () => {
    const { numbers } = withArticle();
    expect(numbers('moscow jets')).toEqual([5]);
    expect(numbers('"denied it"')).toEqual([1]);
    expect(numbers('"it denied"')).toEqual([]);
    expect(numbers('pilot-safety')).toEqual([5]);
  });

  it('finds an abbreviation as written, not every sentence with words starting with its letters', () => {
    const nb = notebook();
    nb.importDocument({ title: 'Wire', text: 'U.S. officials met. Under Syrian skies. The U.N. said so. Us sometimes.', sourceName: null });
    const found = (query: string) => search(nb.ctx, query, 10).map((h) => h.text);
    expect(found('U.S.')).toEqual(['U.S. officials met.']);
    expect(found('u.n.')).toEqual(['The U.N. said so.']);
  });

  it('describes each hit: where it is, its text and note, and what to mark', () => {
    const { doc, ids, note, nb } = withArticle();
    note(3, 'Gas and Ankara');
    expect(search(nb.ctx, 'ankara', 10)).toEqual([
      {
        sentenceId: ids[2], documentId: doc, documentTitle: 'Article', sentenceNumber: 3, text: 'Ankara warned about gas.',
        note: 'Gas and Ankara', matchedIn: 'both', highlights: [[0, 6]],
      },
      {
        sentenceId: ids[3], documentId: doc, documentTitle: 'Article', sentenceNumber: 4, text: 'Talks near Ankara were planned.',
        note: null, matchedIn: 'sentence', highlights: [[11, 17]],
      },
    ]);
  });

  it('finds notes, and forgets a note\'s words once it changes or is cleared', () => {
    const { nb, numbers, note } = withArticle();
    note(2, 'Pilot safety first');
    expect(search(nb.ctx, 'pilot', 10).map((h) => [h.sentenceNumber, h.matchedIn])).toEqual([[2, 'note'], [5, 'sentence']]);
    note(2, 'Deconfliction');
    expect(numbers('pilot')).toEqual([5]);
    expect(numbers('deconfl')).toEqual([2]);
    note(2, '');
    expect(numbers('deconfl')).toEqual([]);
  });

  it('leaves out removed documents, their notes included', () => {
    const { nb, doc, numbers, note } = withArticle();
    note(2, 'Moscow again');
    const other = nb.importDocument({ title: 'Other', text: 'Moscow replied.', sourceName: null });
    nb.removeDocument(doc);
    expect(search(nb.ctx, 'moscow', 10).map((h) => [h.documentId, h.sentenceNumber])).toEqual([[other, 1]]);
    expect(numbers('again')).toEqual([]);
  });

  it('orders hits by document, then sentence, and stops at the limit', () => {
    const { nb, doc } = withArticle();
    const other = nb.importDocument({ title: 'Other', text: 'Moscow replied. Moscow again.', sourceName: null });
    const hits = search(nb.ctx, 'moscow', 10).map((h) => [h.documentId, h.sentenceNumber]);
    expect(hits).toEqual([[doc, 1], [doc, 5], [other, 1], [other, 2]]);
    expect(search(nb.ctx, 'moscow', 3)).toHaveLength(3);
    expect(search(nb.ctx, 'moscow', 0)).toEqual([]);
  });

  it('finds nothing for a query with no words', () => {
    const { numbers } = withArticle();
    for (const query of ['', '   ', '"', '""', '*', '()', '🔥']) expect(numbers(query), query).toEqual([]);
  });

  it('reads OR, exclusions and groups as a researcher means them', () => {
    const { numbers } = withArticle();
    expect(numbers('moscow OR officials')).toEqual([1, 2, 5]);
    expect(numbers('talks OR moscow')).toEqual([1, 4, 5]);
    expect(numbers('moscow -jets')).toEqual([1]);
    expect(numbers('moscow NOT jets')).toEqual([1]);
    expect(numbers('ankara -gas')).toEqual([4]);
    expect(numbers('(moscow OR ankara) -talks')).toEqual([1, 3]);
    expect(numbers('talks (moscow OR ankara)')).toEqual([4, 5]);
    expect(numbers('"talks near"')).toEqual([4]);
    // An exact phrase: "denied i" would find "denied it" only as a prefix.
    expect(numbers('"denied i"')).toEqual([]);
    expect(numbers('"denied i')).toEqual([1]);
  });

  it('reads what FTS5 would refuse without failing: operators at the ends, a lone dash, FTS syntax as words', () => {
    const { numbers } = withArticle();
    expect(numbers('moscow OR')).toEqual([1, 5]);
    expect(numbers('OR moscow')).toEqual([1, 5]);
    expect(numbers('moscow AND')).toEqual([1, 5]);
    expect(numbers('- jets')).toEqual([5]);
    expect(numbers('-jets')).toEqual([]);
    expect(numbers('NEAR(moscow jets)')).toEqual([]);
    expect(numbers('text:moscow')).toEqual([]);
    expect(numbers('^moscow')).toEqual([1, 5]);
    expect(numbers('(moscow')).toEqual([1, 5]);
  });

  it('never fails on FTS syntax, whatever is typed', () => {
    const { ctx } = withArticle();
    const syntax = fc.constantFrom('"', '*', '(', ')', ':', '^', '-', '+', '{', '}', ',', "'", ' ', 'NEAR', 'OR', 'AND', 'NOT', 'text', 'moscow', 'é', '\u0301', '🔥', '\u0000');
    const query = fc.oneof(fc.string({ unit: syntax, maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(
      fc.property(query, (q) => {
        expect(() => search(ctx, q, 5)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
  it('skips removed documents before, between and after visible ones, and still fills the limit in reading order', () => {
    const nb = notebook();
    const text = 'Moscow one. Moscow two. Moscow three.';
    const [first, kept, middle, last, after] = ['First', 'Kept', 'Middle', 'Last', 'After'].map((title) => nb.importDocument({ title, text, sourceName: null }));
    for (const doc of [first!, middle!, after!]) nb.removeDocument(doc);
    const hits = (limit: number) => search(nb.ctx, 'moscow', limit).map((h) => [h.documentTitle, h.sentenceNumber]);
    expect(hits(10)).toEqual([['Kept', 1], ['Kept', 2], ['Kept', 3], ['Last', 1], ['Last', 2], ['Last', 3]]);
    expect(hits(4)).toEqual([['Kept', 1], ['Kept', 2], ['Kept', 3], ['Last', 1]]);
    nb.removeDocument(kept!);
    nb.removeDocument(last!);
    expect(hits(10)).toEqual([]);
  });

  it('finds a document\'s sentences again once its removal is undone', () => {
    const { nb, doc, numbers } = withArticle();
    nb.removeDocument(doc);
    expect(numbers('moscow')).toEqual([]);
    nb.write(() => nb.history.undo());
    expect(numbers('moscow')).toEqual([1, 5]);
  });

  it('counts a note\'s match towards the limit in its sentence\'s place', () => {
    const { nb, note } = withArticle();
    note(2, 'Moscow said so');
    expect(search(nb.ctx, 'moscow', 2).map((h) => [h.sentenceNumber, h.matchedIn])).toEqual([[1, 'sentence'], [2, 'note']]);
  });

  it('finds exactly what collecting every match and then limiting finds, on random notebooks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const nb = notebook();
        fillRandomNotebook(nb, seed);
        const random = seeded(seed + 1);
        const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
        const queries = [
          pick(WORDS), pick(WORDS).slice(0, 1 + Math.floor(random() * 3)), `${pick(WORDS)} ${pick(WORDS)}`,
          `"${pick(WORDS)} ${pick(WORDS)}"`, 'note', `${pick(WORDS)} note`,
          `${pick(WORDS)} OR ${pick(WORDS)}`, `${pick(WORDS)} -${pick(WORDS)}`, `(${pick(WORDS)} OR note) -${pick(WORDS).slice(0, 2)}`,
        ];
        for (const query of queries) {
          for (const limit of [1, 1 + Math.floor(random() * 20), 1000]) {
            expect(search(nb.ctx, query, limit), `${query} (limit ${limit})`).toEqual(searchEveryMatch(nb.ctx, query, limit));
          }
        }
      }),
      { numRuns: 25 },
    );
  });
});

/** Search as first written: every match from both indexes, joined, grouped and ordered, then limited. */
function searchEveryMatch(ctx: NotebookContext, query: string, limit: number): SearchHit[] {
  const terms = searchTerms(query);
  if (toFtsQuery(readSearch(query).query) === null) return [];
  const rows = ctx.db
    .prepare(
      `WITH matches AS (
         SELECT rowid AS sentence_id, 1 AS in_sentence, 0 AS in_note FROM sentences_fts WHERE sentences_fts MATCH @q
         UNION ALL
         SELECT n.sentence_id, 0, 1 FROM notes_fts JOIN notes n ON n.id = notes_fts.rowid WHERE notes_fts MATCH @q
       )
       SELECT s.id AS sentence_id, s.document_id, d.title, s.ordinal, s.text,
              (SELECT group_concat(body, char(10) || char(10)) FROM (SELECT body FROM notes n WHERE n.sentence_id = s.id ORDER BY n.coder)) AS note,
              max(m.in_sentence) AS in_sentence, max(m.in_note) AS in_note
       FROM matches m
       JOIN sentences s ON s.id = m.sentence_id
       JOIN documents d ON d.id = s.document_id AND d.removed_at IS NULL
       GROUP BY s.id
       ORDER BY s.document_id, s.ordinal
       LIMIT @limit`,
    )
    .all({ q: toFtsQuery(readSearch(query).query), limit }) as {
    sentence_id: number; document_id: number; title: string; ordinal: number; text: string; note: string | null; in_sentence: number; in_note: number;
  }[];
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

