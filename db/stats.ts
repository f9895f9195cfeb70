import type { DocumentStats, NotebookStats, ThemeCount } from './domain';
import type { NotebookContext } from './context';
import type { DocumentSet } from './document-set';
import { documentSpans } from './document-spans';
import { ancestorIds, type TreeRow } from './theme-tree';

/**
 * Counts over visible documents only: a removed document no longer counts.
 *
 * Each visible document is a span of sentence ids (see document-spans.ts), so
 * its tags are one range of the tags table's key (sentence_id, theme_id): one
 * ordered scan of that range gives the document's counts per theme, its tagged
 * sentences and the themes sharing each sentence, without joining a tag to
 * its sentence or document.
 */
/** Over the documents of the set (every visible document when null), as the overview shows a selection. */
export function notebookStats(ctx: NotebookContext, set: DocumentSet = null): NotebookStats {
  const themeRows = ctx.sql('SELECT id, parent_id, position FROM themes ORDER BY position, id').all() as TreeRow[];
  const themeIds = themeRows.map((t) => t.id);
  // Counted by each theme's place in the codebook order, in one array per document.
  const place = new Map(themeIds.map((id, i) => [id, i]));
  // A tag counts towards its theme's roll-up if the theme has sub-themes, and towards every theme above it.
  const parents = new Set(themeRows.map((t) => t.parent_id).filter((id): id is number => id !== null));
  const rollsInto = new Map(themeIds.map((id) => [id, [...(parents.has(id) ? [id] : []), ...ancestorIds(themeRows, id)]]));
  const rollups = new Map([...parents].filter((id) => place.has(id)).map((id) => [id, 0]));
  const lastCounted = new Map<number, number>();
  const perTheme = new Array<number>(themeIds.length).fill(0);
  const pairs = new Map<number, Map<number, number>>();
  const scan = new TagScan(ctx);
  const totals = { sentenceCount: 0, taggedSentenceCount: 0, tagCount: 0, noteCount: 0 };

  const chosen = set === null ? null : new Set(set);
  const visible = documentSpans(ctx).filter((span) => !span.removed && (chosen === null || chosen.has(span.documentId)));
  const documents: DocumentStats[] = visible.map((span) => {
    const inDocument = new Array<number>(themeIds.length).fill(0);
    const onSentence: number[] = [];
    let tagged = 0;
    let tags = 0;
    let sentence = -1;
    scan.forEach(span.first, span.last, (id, theme) => {
      tags += 1;
      const at = place.get(theme);
      if (at !== undefined) inDocument[at]! += 1;
      // A sentence counts once towards a roll-up, however many of the subtree's themes it carries.
      for (const parent of rollsInto.get(theme) ?? []) {
        if (lastCounted.get(parent) === id) continue;
        lastCounted.set(parent, id);
        rollups.set(parent, (rollups.get(parent) ?? 0) + 1);
      }
      if (id !== sentence) {
        sentence = id;
        tagged += 1;
        onSentence.length = 0;
      } else {
        // The same sentence's earlier themes, all lower ids (key order): each pair once, a < b.
        for (const a of onSentence) {
          let row = pairs.get(a);
          if (!row) pairs.set(a, (row = new Map()));
          row.set(theme, (row.get(theme) ?? 0) + 1);
        }
      }
      onSentence.push(theme);
    });
    totals.sentenceCount += span.sentenceCount;
    totals.taggedSentenceCount += tagged;
    totals.tagCount += tags;
    totals.noteCount += (ctx.sql('SELECT count(*) AS n FROM notes WHERE sentence_id BETWEEN ? AND ?').get(span.first, span.last) as { n: number }).n;
    const themes: ThemeCount[] = [];
    inDocument.forEach((count, at) => {
      perTheme[at]! += count;
      if (count > 0) themes.push({ themeId: themeIds[at]!, count });
    });
    return { documentId: span.documentId, title: span.title, sentenceCount: span.sentenceCount, taggedCount: tagged, themes };
  });

  const cooccurrence: NotebookStats['cooccurrence'] = [];
  for (const a of [...pairs.keys()].sort((x, y) => x - y)) {
    const row = pairs.get(a)!;
    for (const b of [...row.keys()].sort((x, y) => x - y)) cooccurrence.push({ a, b, count: row.get(b)! });
  }
  return {
    ...totals,
    themes: themeIds.map((themeId, at) => ({ themeId, count: perTheme[at]! })),
    themeRollups: [...rollups].sort(([a], [b]) => a - b).map(([themeId, count]) => ({ themeId, count })),
    documents,
    cooccurrence,
  };
}

/**
 * Reads the tags of a span of sentence ids in key order, (sentence id, theme
 * id) by (sentence id, theme id). There are as many rows as tags, and handing
 * better-sqlite3 one row at a time costs several times what SQLite spends
 * reading it: each tag is packed into one number, sentence_id * width +
 * theme_id (exact while it stays a safe integer), and the span's tags cross
 * as one JSON array.
 */
class TagScan {
  private readonly width: number;
  private readonly packed: boolean;

  constructor(private readonly ctx: NotebookContext) {
    // Two statements: SQLite answers a lone max() from an index's end, but scans for two.
    const highestTheme = (ctx.sql('SELECT coalesce(max(theme_id), 0) AS id FROM tags').get() as { id: number }).id;
    const highestSentence = (ctx.sql('SELECT coalesce(max(sentence_id), 0) AS id FROM tags').get() as { id: number }).id;
    this.width = highestTheme + 1;
    // Ids this large only come from a notebook Themata did not write; they are read as rows instead.
    this.packed = (highestSentence + 1) * this.width <= Number.MAX_SAFE_INTEGER;
  }

  forEach(first: number, last: number, visit: (sentenceId: number, themeId: number) => void): void {
    if (!this.packed) {
      const rows = this.ctx
        .sql('SELECT sentence_id, theme_id FROM tags WHERE sentence_id BETWEEN ? AND ? ORDER BY sentence_id, theme_id')
        .raw()
        .all(first, last) as [number, number][];
      let previous: [number, number] | null = null;
      for (const row of rows) {
        // Several coders may hold one theme on one sentence: it is visited once.
        if (previous && previous[0] === row[0] && previous[1] === row[1]) continue;
        visit(row[0], row[1]);
        previous = row;
      }
      return;
    }
    const json = this.ctx
      .sql('SELECT json_group_array(sentence_id * ? + theme_id) AS tags FROM tags WHERE sentence_id BETWEEN ? AND ?')
      .get(BigInt(this.width), first, last) as { tags: string };
    const values = JSON.parse(json.tags) as number[];
    // The range is read along the key, so the array comes in key order; SQL does not promise it, so it is checked.
    if (!values.every((value, i) => i === 0 || values[i - 1]! <= value)) values.sort((a, b) => a - b);
    for (let i = 0; i < values.length; i += 1) {
      const value = values[i]!;
      // Several coders may hold one theme on one sentence: it is visited once.
      if (i > 0 && values[i - 1] === value) continue;
      const sentence = Math.floor(value / this.width);
      visit(sentence, value - sentence * this.width);
    }
  }
}
