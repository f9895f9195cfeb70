/**
 * Merging another coder's work: a notebook of 100 articles (about 50,000
 * sentences) in which ben made 10,000 tags and 500 notes, merged into ana's
 * copy of the same articles and codebook (her own 5,000 tags), then merged
 * again (everything already present, nothing written).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Notebook } from '../db';
import { benchFolder } from './folder';
import { newsText } from './news-text';
import { type BenchRow, distribution, medianAndP99 } from './table';

const ARTICLES = 100;
const TAGS = 10_000;
const RUNS = 3;

/** Tags every `every`th sentence from `offset`, up to `count`, spread over the themes; notes on some. */
function code(file: string, coder: string, every: number, offset: number, count: number, notes: number): void {
  const notebook = Notebook.open(file, { coder });
  try {
    const themes = notebook.listThemes().map((t) => t.id);
    const ids = notebook.listDocuments().flatMap((d) => notebook.sentenceIds(d.id, 1, d.sentenceCount));
    const chosen = ids.filter((_, i) => i % every === offset).slice(0, count);
    themes.forEach((theme, t) => notebook.tag(chosen.filter((_, i) => i % themes.length === t), theme));
    for (let i = 0; i < notes; i += 1) notebook.setNote(chosen[i * 7]!, `${coder}: compare with the ministry statement.`);
  } finally {
    notebook.close();
  }
}

export async function benchMerge(): Promise<BenchRow[]> {
  const folder = benchFolder();
  try {
    // One set of articles and one codebook, copied: both coders start from the same notebook.
    const base = path.join(folder, 'base.themata');
    const start = Notebook.open(base, { create: true, coder: 'ana' });
    for (const name of ['Missile claims', 'Civilian-casualty assertions', 'Turkey trade threats', 'Deconfliction talks']) start.addTheme({ name });
    for (let i = 0; i < ARTICLES; i += 1) start.importDocument({ title: `Article ${i + 1}`, text: newsText(53_500, 500 + i), sourceName: null });
    start.close();
    const bens = path.join(folder, 'ben.themata');
    const anas = path.join(folder, 'ana.themata');
    fs.copyFileSync(base, bens);
    fs.copyFileSync(base, anas);
    // Ben every fifth sentence from the third, ana every tenth from the first: none of the same sentences.
    code(bens, 'ben', 5, 2, TAGS, 500);
    code(anas, 'ana', 10, 0, TAGS / 2, 0);

    const first: number[] = [];
    const again: number[] = [];
    let added = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const file = path.join(folder, `merged-${run}.themata`);
      fs.copyFileSync(anas, file);
      const notebook = Notebook.open(file, { coder: 'ana' });
      try {
        let started = performance.now();
        added = (await notebook.merge(bens)).added.tags;
        first.push(performance.now() - started);
        started = performance.now();
        const second = await notebook.merge(bens);
        again.push(performance.now() - started);
        if (second.changed) throw new Error('the second merge of the same notebook changed it');
      } finally {
        notebook.close();
      }
    }
    const merged = distribution(first);
    const remerged = distribution(again);
    return [
      {
        section: 'merge',
        measure: `another coder's notebook merged: ${ARTICLES} articles matched, ${added.toLocaleString('en')} tags and 500 notes added as one step: median / slowest of ${RUNS}`,
        value: medianAndP99(merged),
        target: '< 5 s',
        met: merged.p99 < 5000,
        figures: { medianMs: merged.median, slowestMs: merged.p99 },
      },
      {
        section: 'merge',
        measure: `the same notebook merged again (everything already present, nothing written): median / slowest of ${RUNS}`,
        value: medianAndP99(remerged),
        target: '< 5 s',
        met: remerged.p99 < 5000,
        figures: { medianMs: remerged.median, slowestMs: remerged.p99 },
      },
    ];
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
