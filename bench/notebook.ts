/** Notebook operations at researcher scale: a 100,000-sentence notebook. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Notebook } from '../db';
import { newsText } from './news-text';
import { type BenchRow, percentile } from './table';

const TARGET_SENTENCES = 100_000;

function ms(value: number): string {
  return value < 10 ? `${value.toFixed(3)} ms` : `${value.toFixed(0)} ms`;
}

export function benchNotebook(): BenchRow[] {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-bench-'));
  const notebook = Notebook.open(path.join(folder, 'large.themata'), { create: true, coder: 'bench' });
  try {
    const themes = ['Missile claims', 'Civilian-casualty assertions', 'Turkey trade threats', 'Deconfliction talks'].map((name) =>
      notebook.addTheme({ name }),
    );
    let seed = 1;
    while (notebook.stats().sentenceCount < TARGET_SENTENCES) {
      notebook.importDocument({ title: `Wire story ${seed}`, text: newsText(1_500_000, seed), sourceName: null });
      seed += 1;
    }
    const documents = notebook.listDocuments();
    const sentenceIds: number[] = [];
    for (const d of documents) {
      for (let offset = 0; offset < d.sentenceCount; offset += 5000) {
        for (const s of notebook.listSentences(d.id, { offset, limit: 5000 }).sentences) sentenceIds.push(s.id);
      }
    }
    const total = sentenceIds.length;

    // One keypress = one toggle = one durable transaction with its history entry.
    const tagTimes: number[] = [];
    const untagTimes: number[] = [];
    let state = 7;
    const pick = () => sentenceIds[(state = (state * 48271) % 2147483647) % total]!;
    for (let i = 0; i < 1000; i += 1) {
      const id = pick();
      const theme = themes[i % themes.length]!.id;
      let started = performance.now();
      notebook.tag([id], theme);
      tagTimes.push(performance.now() - started);
      started = performance.now();
      notebook.untag([id], theme);
      untagTimes.push(performance.now() - started);
    }

    const queries = ['missile', 'Syria', 'talks', 'defence ministry', 'Erdogan gas', 'observatory', 'U.S.', 'civilian casualties', 'pilot', 'strike'];
    const searchTimes: number[] = [];
    for (let round = 0; round < 10; round += 1) {
      for (const q of queries) {
        const started = performance.now();
        notebook.search(q, 200);
        searchTimes.push(performance.now() - started);
      }
    }

    // Tag every sentence once (spread over the four themes) for the export figure.
    for (let t = 0; t < themes.length; t += 1) {
      const ids = sentenceIds.filter((_, i) => i % themes.length === t);
      for (let i = 0; i < ids.length; i += 10_000) notebook.tag(ids.slice(i, i + 10_000), themes[t]!.id);
    }
    const tags = notebook.stats().tagCount;
    let started = performance.now();
    const markdown = notebook.exportMarkdown({ by: 'theme', includeNotes: true });
    const exportMs = performance.now() - started;
    started = performance.now();
    notebook.exportSnapshot();
    const snapshotMs = performance.now() - started;

    const tagP99 = percentile(tagTimes, 99);
    const exportRows: BenchRow[] = [
      { section: 'notebook', measure: `size`, value: `${total.toLocaleString('en')} sentences in ${documents.length} documents` },
      { section: 'tag', measure: 'tag one sentence p50 / p99', value: `${ms(percentile(tagTimes, 50))} / ${ms(tagP99)}`, target: 'p99 < 1 ms', met: tagP99 < 1 },
      { section: 'tag', measure: 'untag one sentence p50 / p99', value: `${ms(percentile(untagTimes, 50))} / ${ms(percentile(untagTimes, 99))}`, target: 'p99 < 1 ms', met: percentile(untagTimes, 99) < 1 },
      { section: 'search', measure: 'search (200 hits max) p50 / p99', value: `${ms(percentile(searchTimes, 50))} / ${ms(percentile(searchTimes, 99))}` },
      {
        section: 'export',
        measure: `Markdown export of ${tags.toLocaleString('en')} tags`,
        value: `${ms(exportMs)} (${(markdown.length / 1e6).toFixed(1)} MB)`,
        baseline: `reading the snapshot alone: ${ms(snapshotMs)}`,
        target: '< 1 s',
        met: exportMs < 1000,
      },
    ];
    return exportRows;
  } finally {
    notebook.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
