/**
 * The reads a researcher repeats all day, at corpus scale: search and the
 * overview's counts on a notebook of about 470,000 visible sentences, 100,000
 * of them tagged, with notes and one removed document. Neither may grow with
 * the notebook.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Notebook } from '../db';
import { benchFolder } from './folder';
import { newsText } from './news-text';
import { type BenchRow, distribution, medianAndP99, ms, sample } from './table';

/** Four wire archives of 12.5 MB: about 470,000 sentences. */
const DOCUMENTS = 4;
const DOCUMENT_BYTES = 12_500_000;
/** A fifth archive, removed: its sentences stay in the file and must never be found or counted. */
const REMOVED_BYTES = 6_000_000;
const TAGGED = 100_000;
const REMOVED_TAGGED = 5_000;
const NOTES = 400;
const ROUNDS = 10;

const THEMES = ['Missile claims', 'Civilian-casualty assertions', 'Turkey trade threats', 'Deconfliction talks', 'Sources', 'Numbers'];

/** Common words, two-word queries (one with no match), quoted phrases, prefixes, OR, exclusions and groups, as researchers type them. */
export const READ_QUERIES = [
  'the', 'said', 'Syria', 'missile', 'Moscow', 'talks',
  'defence ministry', 'Russian strikes', 'Syria missile',
  '"air campaign"', '"the officials say"',
  'obs', 'cas', 'Ank', 'st',
  'Moscow OR Ankara', 'Syria -missile', '(Moscow OR Ankara) talks -gas',
];

/**
 * Read as two prefixes, "U.S." once made FTS5 gather the matches of every
 * word starting with "s" before the first result; an abbreviation is now one
 * term matched whole. Measured on its own, so a return of that cost shows.
 */
export const ONE_LETTER_LAST_WORD = 'U.S.';

const NOTE_BODIES = [
  'Missile count differs from the Pentagon figure.',
  'Syria framing: compare with the ministry statement.',
  'Said by an unnamed official; check the source.',
  'Talks in Ankara, gas supplies at stake.',
  'The observatory again; casualties disputed.',
];

/** A deterministic pseudo-random sequence (Lehmer), so every run tags the same sentences. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

/** Builds the notebook: documents, themes, tags (some sentences under two or three themes) and notes. */
export function buildReadsNotebook(file: string): { sentences: number; tags: number; notes: number } {
  const notebook = Notebook.open(file, { create: true, coder: 'bench' });
  try {
    const themes = THEMES.map((name) => notebook.addTheme({ name }).id);
    const visible = Array.from({ length: DOCUMENTS }, (_, i) =>
      notebook.importDocument({ title: `Wire archive ${i + 1}`, text: newsText(DOCUMENT_BYTES, 101 + i), sourceName: null }),
    );
    const removed = notebook.importDocument({ title: 'Wire archive, withdrawn', text: newsText(REMOVED_BYTES, 99), sourceName: null });

    const random = sequence(17);
    const ids: number[] = [];
    for (const document of visible) ids.push(...notebook.sentenceIds(document.id, 1, document.sentenceCount));
    const removedIds = notebook.sentenceIds(removed.id, 1, removed.sentenceCount);
    const chosen = new Set<number>();
    while (chosen.size < TAGGED) chosen.add(ids[Math.floor(random() * ids.length)]!);
    while (chosen.size < TAGGED + REMOVED_TAGGED) chosen.add(removedIds[Math.floor(random() * removedIds.length)]!);
    const byTheme = new Map<number, number[]>(themes.map((t) => [t, []]));
    for (const id of chosen) {
      // One theme for most sentences; about one in six carries two, one in twenty three.
      const count = random() < 0.05 ? 3 : random() < 0.17 ? 2 : 1;
      const first = Math.floor(random() * themes.length);
      for (let k = 0; k < count; k += 1) byTheme.get(themes[(first + k * 2) % themes.length]!)!.push(id);
    }
    for (const [theme, themed] of byTheme) {
      themed.sort((a, b) => a - b);
      for (let i = 0; i < themed.length; i += 10_000) notebook.tag(themed.slice(i, i + 10_000), theme);
    }
    for (let i = 0; i < NOTES; i += 1) {
      const among = i % 10 === 0 ? removedIds : ids;
      notebook.setNote(among[Math.floor(random() * among.length)]!, NOTE_BODIES[i % NOTE_BODIES.length]!);
    }
    notebook.deleteDocument(removed.id);
    const stats = notebook.stats();
    return { sentences: stats.sentenceCount, tags: stats.tagCount, notes: stats.noteCount };
  } finally {
    notebook.close();
  }
}

export function benchReads(): BenchRow[] {
  const folder = benchFolder();
  const file = path.join(folder, 'reads.themata');
  try {
    const built = buildReadsNotebook(file);
    // As the app and the CLI read it: opened for reading, the page cache warm from the first round.
    const notebook = Notebook.open(file, { coder: 'bench', access: 'read' });
    try {
      const perQuery = new Map<string, number[]>(READ_QUERIES.map((q) => [q, []]));
      for (const query of READ_QUERIES) notebook.search(query, 200);
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const query of READ_QUERIES) perQuery.get(query)!.push(...sample(1, () => notebook.search(query, 200), 0));
      }
      const search = distribution([...perQuery.values()].flat());
      const medians = [...perQuery].map(([query, samples]) => [query, distribution(samples).median] as const);
      const [slowest, slowestMedian] = medians.reduce((a, b) => (b[1] > a[1] ? b : a));
      const oneLetter = distribution(sample(ROUNDS, () => notebook.search(ONE_LETTER_LAST_WORD, 200)));
      const stats = distribution(sample(ROUNDS * 3, () => notebook.stats(), 2));
      const size = `${built.sentences.toLocaleString('en')} sentences, ${built.tags.toLocaleString('en')} tags, ${built.notes} notes`;
      return [
        { section: 'reads', measure: 'notebook (besides one removed document)', value: size, figures: { sentences: built.sentences, tags: built.tags, notes: built.notes } },
        {
          section: 'reads',
          measure: `search, 200 hits max, ${READ_QUERIES.length} queries x ${ROUNDS}: p50 / p99`,
          value: medianAndP99(search),
          target: 'p99 < 30 ms',
          met: search.p99 < 30,
          figures: { medianMs: search.median, p99Ms: search.p99 },
        },
        {
          section: 'reads',
          measure: 'search: the slowest query, median',
          value: `${ms(slowestMedian)} (${slowest})`,
          figures: { medianMs: slowestMedian },
        },
        {
          section: 'reads',
          measure: `search "${ONE_LETTER_LAST_WORD}" (an abbreviation, matched whole): p50 / p99`,
          value: medianAndP99(oneLetter),
          target: 'p99 < 30 ms',
          met: oneLetter.p99 < 30,
          figures: { medianMs: oneLetter.median, p99Ms: oneLetter.p99 },
        },
        {
          section: 'reads',
          measure: 'stats (overview counts): p50 / p99',
          value: medianAndP99(stats),
          target: 'p99 < 50 ms',
          met: stats.p99 < 50,
          figures: { medianMs: stats.median, p99Ms: stats.p99 },
        },
      ];
    } finally {
      notebook.close();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
