/**
 * Agreement between two coders over a large study: 1,000 articles both
 * coders marked as coded, eight themes, each coder tagging about a tenth of
 * the sentences (overlapping in part). What a researcher waits for when the
 * Agreement view opens, or `themata agreement` runs: the whole report, and
 * the disagreements on one theme.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Notebook } from '../db';
import { benchFolder } from './folder';
import { newsText } from './news-text';
import { type BenchRow, distribution, medianAndP99, sample } from './table';

const DOCUMENTS = 1000;
const THEMES = ['Missile claims', 'Civilian-casualty assertions', 'Turkey trade threats', 'Deconfliction talks', 'Denials', 'Sanctions', 'Refugees', 'Energy'];
const RUNS = 10;

function twoCoderStudy(file: string): { sentences: number; tags: number } {
  for (const coder of ['ana', 'ben']) {
    const notebook = Notebook.open(file, { create: true, coder });
    try {
      if (coder === 'ana') {
        for (const name of THEMES) notebook.addTheme({ name });
        for (let i = 0; i < DOCUMENTS; i += 1) notebook.importDocument({ title: `Article ${i + 1}`, text: newsText(4000, 900 + i), sourceName: null });
      }
      const themes = notebook.listThemes().map((t) => t.id);
      const documents = notebook.listDocuments();
      const ids = documents.flatMap((d) => notebook.sentenceIds(d.id, 1, d.sentenceCount));
      // ana tags every tenth sentence from the first, ben every tenth from the first half the time and from the third otherwise.
      const chosen = ids.filter((_, i) => (coder === 'ana' ? i % 10 === 0 : i % 20 === 0 || i % 20 === 13));
      themes.forEach((theme, t) => notebook.tag(chosen.filter((_, i) => i % themes.length === t), theme));
      for (const document of documents) notebook.markDocumentCoded(document.id, true);
    } finally {
      notebook.close();
    }
  }
  const notebook = Notebook.open(file, { coder: 'bench', access: 'read' });
  try {
    // Each coder's tags: where both tagged a sentence, that is two tags.
    return { sentences: notebook.stats().sentenceCount, tags: notebook.coders().reduce((sum, coder) => sum + coder.tags, 0) };
  } finally {
    notebook.close();
  }
}

export function benchAgreement(): BenchRow[] {
  const folder = benchFolder();
  try {
    const file = path.join(folder, 'study.themata');
    const study = twoCoderStudy(file);
    const notebook = Notebook.open(file, { coder: 'bench', access: 'read' });
    try {
      const report = distribution(sample(RUNS, () => notebook.agreement()));
      const theme = notebook.listThemes()[0]!.id;
      const disagreements = distribution(sample(RUNS, () => notebook.disagreements({ themeId: theme })));
      const what = `${DOCUMENTS.toLocaleString('en')} documents coded by 2 coders, ${study.sentences.toLocaleString('en')} sentences, ${THEMES.length} themes, ${study.tags.toLocaleString('en')} tags`;
      return [
        {
          section: 'agreement',
          measure: `agreement report (every theme, pooled and mean), ${what}: median / slowest of ${RUNS}`,
          value: medianAndP99(report),
          target: '< 1 s',
          met: report.p99 < 1000,
          figures: { medianMs: report.median, slowestMs: report.p99 },
        },
        {
          section: 'agreement',
          measure: `the disagreements on one theme, with context and notes, same notebook: median / slowest of ${RUNS}`,
          value: medianAndP99(disagreements),
          target: '< 1 s',
          met: disagreements.p99 < 1000,
          figures: { medianMs: disagreements.median, slowestMs: disagreements.p99 },
        },
      ];
    } finally {
      notebook.close();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
