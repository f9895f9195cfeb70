/**
 * What a researcher waits for in a 100,000-sentence notebook: a theme key
 * pressed (the toggle with everything the screen repaints, committed to
 * disk), a page of a long document, and the Markdown and CSV exports. Durable figures
 * are also given as a ratio to the same run's bare one-row commit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Notebook } from '../db';
import { ratio } from './durable-commit';
import { benchFolder } from './folder';
import type { BenchContext } from './index';
import { newsText } from './news-text';
import { type BenchRow, distribution, medianAndP99, ms, sample } from './table';

const TARGET_SENTENCES = 100_000;
const KEYSTROKES = 2000;
/** Where syncing costs nothing: the toggle's own work, without the disk. */
const RAM_DISK = '/dev/shm';

interface Keystrokes {
  press: number[];
  checkpoints: number[];
}

/** A notebook of wire stories with the sample's four themes, grown to `sentences`. */
function wireNotebook(file: string, sentences: number): { notebook: Notebook; themes: number[]; ids: number[] } {
  const notebook = Notebook.open(file, { create: true, coder: 'bench' });
  const themes = ['Missile claims', 'Civilian-casualty assertions', 'Turkey trade threats', 'Deconfliction talks'].map(
    (name) => notebook.addTheme({ name }).id,
  );
  let seed = 1;
  while (notebook.stats().sentenceCount < sentences) {
    notebook.importDocument({ title: `Wire story ${seed}`, text: newsText(1_500_000, seed), sourceName: null });
    seed += 1;
  }
  notebook.checkpoint();
  const ids = notebook.listDocuments().flatMap((d) => notebook.sentenceIds(d.id, 1, d.sentenceCount));
  return { notebook, themes, ids };
}

/**
 * Theme keys pressed as a researcher codes: on a sentence (tagging it), again
 * (untagging it), in bursts of 50 with a pause after each, when the log is
 * folded into the file; each press is one durable transaction with its history entry.
 */
function pressThemeKeys(notebook: Notebook, themes: number[], ids: number[]): Keystrokes {
  const press: number[] = [];
  const checkpoints: number[] = [];
  let state = 7;
  const next = () => (state = (state * 48271) % 2147483647);
  for (let i = 0; i < KEYSTROKES / 2; i += 1) {
    const sentence = ids[next() % ids.length]!;
    const theme = themes[next() % themes.length]!;
    for (let twice = 0; twice < 2; twice += 1) {
      const started = performance.now();
      notebook.toggleTags([sentence], theme);
      press.push(performance.now() - started);
    }
    if (i % 25 === 24) {
      const started = performance.now();
      notebook.checkpoint();
      checkpoints.push(performance.now() - started);
    }
  }
  return { press, checkpoints };
}

export function benchNotebook(context: BenchContext): BenchRow[] {
  const folder = benchFolder();
  const floor = context.durableCommit;
  const rows: BenchRow[] = [];
  try {
    const { notebook, themes, ids } = wireNotebook(path.join(folder, 'large.themata'), TARGET_SENTENCES);
    try {
      const keys = pressThemeKeys(notebook, themes, ids);
      const press = distribution(keys.press);
      const checkpoint = distribution(keys.checkpoints);
      rows.push(
        { section: 'notebook', measure: 'size', value: `${ids.length.toLocaleString('en')} sentences in ${notebook.listDocuments().length} documents` },
        {
          section: 'tag',
          measure: 'theme key pressed: toggle, repaint data, durable commit (median / p99)',
          value: medianAndP99(press),
          baseline: `bare commit ${medianAndP99(floor)}; ratio ${ratio(press.median, floor.median)} / ${ratio(press.p99, floor.p99)}`,
          target: 'p99 < 1 ms',
          met: press.p99 < 1,
          figures: { medianMs: press.median, p99Ms: press.p99, medianRatio: press.median / floor.median, p99Ratio: press.p99 / floor.p99 },
        },
        {
          section: 'tag',
          measure: 'log folded into the file after a pause (per 50 presses, off the keystroke)',
          value: medianAndP99(checkpoint),
          figures: { medianMs: checkpoint.median, p99Ms: checkpoint.p99 },
        },
      );

      // Tag every sentence once (spread over the four themes) for the export figures.
      for (let t = 0; t < themes.length; t += 1) {
        const chosen = ids.filter((_, i) => i % themes.length === t);
        for (let i = 0; i < chosen.length; i += 10_000) notebook.tag(chosen.slice(i, i + 10_000), themes[t]!);
      }
      notebook.checkpoint();
      const tags = notebook.stats().tagCount;
      let bytes = 0;
      const exportTimes = sample(5, () => (bytes = notebook.markdownChunks({ by: 'theme', includeNotes: true }).reduce((n, c) => n + c.length, 0)));
      const byDocument = distribution(sample(5, () => notebook.markdownChunks({ by: 'document', includeNotes: true })));
      let csvBytes = 0;
      const csv = distribution(
        sample(5, () => (csvBytes = notebook.exportChunks({ format: 'csv', by: 'theme', includeNotes: true }).reduce((n, c) => n + c.length, 0))),
      );
      const snapshot = distribution(sample(3, () => notebook.exportSnapshot()));
      const exported = distribution(exportTimes);
      rows.push(
        {
          section: 'export',
          measure: `Markdown export of ${tags.toLocaleString('en')} tags by theme (${(bytes / 1e6).toFixed(1)} MB)`,
          value: medianAndP99(exported),
          baseline: `reading a whole snapshot alone: ${ms(snapshot.median)}`,
          target: '< 500 ms',
          met: exported.p99 < 500,
          figures: { medianMs: exported.median, p99Ms: exported.p99 },
        },
        {
          section: 'export',
          measure: `Markdown export of ${tags.toLocaleString('en')} tags by document`,
          value: medianAndP99(byDocument),
          target: '< 500 ms',
          met: byDocument.p99 < 500,
          figures: { medianMs: byDocument.median, p99Ms: byDocument.p99 },
        },
        {
          section: 'export',
          measure: `CSV export of ${tags.toLocaleString('en')} tags, a row each (${(csvBytes / 1e6).toFixed(1)} MB)`,
          value: medianAndP99(csv),
          target: '< 500 ms',
          met: csv.p99 < 500,
          figures: { medianMs: csv.median, p99Ms: csv.p99 },
        },
      );
    } finally {
      notebook.close();
    }

    rows.push(...ramDiskBreakdown(keysOnRamDisk(), floor.median));
    rows.push(...benchPages(folder));
    return rows;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The same presses in the same notebook on a RAM disk: what is left is the toggle's own work. */
function keysOnRamDisk(): number[] | null {
  if (!fs.existsSync(RAM_DISK)) return null;
  const folder = fs.mkdtempSync(path.join(RAM_DISK, 'themata-bench-'));
  try {
    const { notebook, themes, ids } = wireNotebook(path.join(folder, 'large.themata'), TARGET_SENTENCES);
    try {
      return pressThemeKeys(notebook, themes, ids).press;
    } finally {
      notebook.close();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function ramDiskBreakdown(press: number[] | null, floorMedian: number): BenchRow[] {
  if (!press) return [];
  const work = distribution(press);
  return [
    {
      section: 'tag',
      measure: 'breakdown: the same presses on a RAM disk (queries, history, repaint data)',
      value: medianAndP99(work),
      baseline: `the rest is the disk: about ${ms(floorMedian)} per commit here`,
      figures: { medianMs: work.median, p99Ms: work.p99 },
    },
  ];
}

/** A page of 200 sentences, anywhere in documents from 10 KB to the 20 MB import limit. */
function benchPages(folder: string): BenchRow[] {
  const notebook = Notebook.open(path.join(folder, 'pages.themata'), { create: true, coder: 'bench' });
  try {
    const sizes: [string, number][] = [['10 KB', 10_000], ['1 MB', 1_000_000], ['20 MB', 20_000_000]];
    const documents = sizes.map(([, bytes], i) => notebook.importDocument({ title: `Document ${i}`, text: newsText(bytes, 40 + i), sourceName: null }));
    notebook.checkpoint();
    return sizes.map(([label], i) => {
      const document = documents[i]!;
      let offset = 0;
      const pages = distribution(
        sample(500, () => {
          notebook.listSentences(document.id, { offset, limit: 200 });
          offset = (offset + 7919) % Math.max(1, document.sentenceCount - 200);
        }, 10),
      );
      return {
        section: 'page',
        measure: `200-sentence page of a ${label} document (${document.sentenceCount.toLocaleString('en')} sentences)`,
        value: medianAndP99(pages),
        target: 'p99 < 2 ms',
        met: pages.p99 < 2,
        figures: { medianMs: pages.median, p99Ms: pages.p99 },
      };
    });
  } finally {
    notebook.close();
  }
}
