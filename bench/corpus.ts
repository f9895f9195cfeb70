/**
 * A study of many articles: 1,000 articles of about 500 sentences (about
 * 500,000 sentences), 100,000 of them tagged, read as the workspace reads
 * them when work crosses documents: opening a document, a notebook-wide
 * theme filter, a notebook-wide search, a search over a scattered selection,
 * and a page of the Retrieve view.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Notebook } from '../db';
import { ratio } from './durable-commit';
import { benchFolder } from './folder';
import type { BenchContext } from './index';
import { newsText } from './news-text';
import { READ_QUERIES } from './reads';
import { type BenchRow, distribution, medianAndP99, sample } from './table';

const ARTICLES = 1000;
/** About 107 characters a sentence in news text: about 500 sentences an article. */
const ARTICLE_BYTES = 53_500;
const TAGGED = 100_000;
const NOTES = 2000;
const ROUNDS = 20;
const THEMES = ['Missile claims', 'Civilian-casualty assertions', 'Turkey trade threats', 'Deconfliction talks', 'Sources', 'Numbers'];

/** A deterministic pseudo-random sequence (Lehmer), so every run tags the same sentences. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/** Builds the notebook: 1,000 articles, six themes, 100,000 tagged sentences (some under two), notes. */
export function buildCorpusNotebook(file: string): { documents: number[]; themes: number[]; sentences: number } {
  const notebook = Notebook.open(file, { create: true, coder: 'bench' });
  try {
    const themes = THEMES.map((name) => notebook.addTheme({ name }).id);
    const documents = Array.from({ length: ARTICLES }, (_, i) =>
      notebook.importDocument({ title: `Article ${i + 1}`, text: newsText(ARTICLE_BYTES, 1000 + i), sourceName: null }),
    );
    const first = notebook.sentenceId(documents[0]!.id, 1);
    const last = documents.at(-1)!;
    const high = notebook.sentenceId(last.id, last.sentenceCount);
    const random = sequence(23);
    const chosen = new Set<number>();
    while (chosen.size < TAGGED) chosen.add(first + Math.floor(random() * (high - first + 1)));
    const byTheme = new Map<number, number[]>(themes.map((t) => [t, []]));
    for (const id of chosen) {
      const count = random() < 0.17 ? 2 : 1;
      const at = Math.floor(random() * themes.length);
      for (let k = 0; k < count; k += 1) byTheme.get(themes[(at + k * 3) % themes.length]!)!.push(id);
    }
    for (const [theme, ids] of byTheme) {
      ids.sort((a, b) => a - b);
      for (let i = 0; i < ids.length; i += 10_000) notebook.tag(ids.slice(i, i + 10_000), theme);
    }
    for (let i = 0; i < NOTES; i += 1) notebook.setNote(first + Math.floor(random() * (high - first + 1)), 'Compare with the ministry statement.');
    return { documents: documents.map((d) => d.id), themes, sentences: documents.reduce((n, d) => n + d.sentenceCount, 0) };
  } finally {
    notebook.close();
  }
}

/**
 * Theme keys on a sub-theme at corpus scale: two of the six themes moved under
 * the first, then a sentence tagged and untagged with one of them, the parent's
 * roll-up repainted each time, as the app presses them.
 */
function pressSubThemeKeys(file: string, themes: readonly number[]): { press: ReturnType<typeof distribution>; flat: ReturnType<typeof distribution>; rollup: number } {
  const notebook = Notebook.open(file, { coder: 'bench' });
  try {
    const [parent, flatTheme, , , first, second] = themes as [number, number, number, number, number, number];
    notebook.moveTheme(first, parent);
    notebook.moveTheme(second, parent);
    // The theme panel counts the roll-ups when it is first shown, before any key is pressed.
    notebook.listThemes();
    const high = notebook.listDocuments().reduce((n, d) => n + d.sentenceCount, 0);
    const low = notebook.sentenceId(notebook.listDocuments()[0]!.id, 1);
    const random = sequence(47);
    let rollup = 0;
    const presses: number[] = [];
    const flat: number[] = [];
    // Interleaved with a theme without a parent on the same notebook, so both meet the same disk.
    for (let i = 0; i < 500; i += 1) {
      const sentence = low + Math.floor(random() * high);
      const sub = i % 2 === 0;
      const theme = sub ? (i % 4 === 0 ? first : second) : flatTheme;
      for (let twice = 0; twice < 2; twice += 1) {
        const started = performance.now();
        const effects = notebook.toggleTags([sentence], theme);
        (sub ? presses : flat).push(performance.now() - started);
        if (sub) rollup = effects.rollupCounts.find((c) => c.themeId === parent)?.count ?? rollup;
      }
    }
    return { press: distribution(presses), flat: distribution(flat), rollup };
  } finally {
    notebook.close();
  }
}

export function benchCorpus(context: BenchContext): BenchRow[] {
  const folder = benchFolder();
  const file = path.join(folder, 'corpus.themata');
  try {
    const built = buildCorpusNotebook(file);
    const notebook = Notebook.open(file, { coder: 'bench', access: 'read' });
    try {
      const random = sequence(31);
      const anyDocument = () => built.documents[Math.floor(random() * built.documents.length)]!;
      const [missiles, casualties] = built.themes as [number, number];

      // Opening a document: its first page of sentences, which of them a filter keeps, and the theme panel's counts for it.
      const open = distribution(
        sample(ROUNDS, () => {
          const documentId = anyDocument();
          notebook.listSentences(documentId, { offset: 0, limit: 2000 });
          notebook.sentenceNumbersMatching(documentId, [missiles], 'any');
          notebook.themeCounts([documentId]);
        }),
      );
      const list = distribution(sample(ROUNDS / 2, () => notebook.listDocuments()));
      // A filter over the notebook: where its sentences are across 1,000 documents. The store keeps the
      // last query's answer until the notebook changes, so each sample asks a different one than the last.
      const themes = built.themes;
      let turn = 0;
      const next = () => (turn += 1);
      const filterAny = distribution(
        sample(ROUNDS, () => notebook.retrieveSummary({ themeIds: [themes[next() % themes.length]!], mode: 'any', without: [] })),
      );
      const combined = () => {
        const at = next();
        return { themeIds: [themes[at % 6]!, themes[(at + 1) % 6]!], mode: 'any' as const, without: [themes[(at + 2) % 6]!] };
      };
      const filterCombined = distribution(sample(ROUNDS, () => notebook.retrieveSummary(combined())));
      const queries = READ_QUERIES.slice(0, 10);
      const search = distribution(queries.flatMap((query) => sample(ROUNDS / 5, () => notebook.search(query, 200))));
      // Every other document chosen: 500 runs of ids, read in one pass.
      const scattered = built.documents.filter((_, i) => i % 2 === 1);
      const searchScattered = distribution(queries.flatMap((query) => sample(ROUNDS / 5, () => notebook.search(query, 200, scattered))));
      const total = notebook.retrieveSummary({ themeIds: [missiles, casualties], mode: 'any', without: [] }).total;
      // A page as the first after a change: its query read afresh, then 100 sentences and their neighbours.
      const page = distribution(
        sample(ROUNDS, () =>
          notebook.retrievePage({ themeIds: next() % 2 ? [missiles, casualties] : [casualties, missiles], mode: 'any', without: [] }, null, {
            offset: Math.floor(random() * Math.max(total - 100, 1)),
            limit: 100,
          }),
        ),
      );
      const row = (measure: string, d: ReturnType<typeof distribution>, targetMs: number): BenchRow => ({
        section: 'corpus',
        measure,
        value: medianAndP99(d),
        target: `p99 < ${targetMs} ms`,
        met: d.p99 < targetMs,
        figures: { medianMs: d.median, p99Ms: d.p99 },
      });
      notebook.close();
      const subTheme = pressSubThemeKeys(file, built.themes);
      const floor = context.durableCommit;
      return [
        {
          section: 'corpus',
          measure: 'notebook',
          value: `${ARTICLES.toLocaleString('en')} articles, ${built.sentences.toLocaleString('en')} sentences, ${TAGGED.toLocaleString('en')} tagged, ${NOTES.toLocaleString('en')} notes`,
          figures: { articles: ARTICLES, sentences: built.sentences, tagged: TAGGED },
        },
        row('open a document (first 2,000 sentences, its filter matches, its theme counts): p50 / p99', open, 1000),
        row('the documents list with counts, 1,000 articles: p50 / p99', list, 300),
        row('notebook-wide theme filter, one theme (counts per document): p50 / p99', filterAny, 300),
        row('notebook-wide filter, two themes less a third: p50 / p99', filterCombined, 300),
        row(`notebook-wide search, 200 hits max, ${queries.length} queries: p50 / p99`, search, 300),
        row('search over 500 scattered documents, same queries: p50 / p99', searchScattered, 300),
        row(`a Retrieve page (100 sentences with context) of ${total.toLocaleString('en')}, anywhere, its query read afresh: p50 / p99`, page, 300),
        {
          section: 'corpus',
          measure: `theme key on a sub-theme, its parent's roll-up (${subTheme.rollup.toLocaleString('en')} sentences) repainted, durable: p50 / p99`,
          value: medianAndP99(subTheme.press),
          baseline: `a top-level theme's key ${medianAndP99(subTheme.flat)}; bare commit ${medianAndP99(floor)} (ratio ${ratio(subTheme.press.median, floor.median)} / ${ratio(subTheme.press.p99, floor.p99)})`,
          // The roll-up's own cost: the same disk and notebook as a theme without a parent.
          target: 'median and p99 ≤ 1.2× a top-level key',
          met: subTheme.press.median <= 1.2 * subTheme.flat.median && subTheme.press.p99 <= 1.2 * subTheme.flat.p99,
          figures: { medianMs: subTheme.press.median, p99Ms: subTheme.press.p99, topLevelMedianMs: subTheme.flat.median, topLevelP99Ms: subTheme.flat.p99, medianRatio: subTheme.press.median / floor.median, p99Ratio: subTheme.press.p99 / floor.p99 },
        },
      ];
    } finally {
      if (notebook.isOpen) notebook.close();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
