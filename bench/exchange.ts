/**
 * Exchange with other tools: a study of 100 articles (about 50,000 sentences,
 * 10,000 tags by two coders, notes) exported as a REFI-QDA project and
 * imported into a new notebook, and articles as they arrive read into text:
 * a saved news page, a Word file and a two-column PDF printed by Chromium
 * (when Chromium is at /usr/bin/chromium).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Notebook } from '../db';
import { articleFromBytes } from '../db/import/article-file';
import { newsPage } from '../db/import/test-support/news-page';
import { CHROMIUM, printToPdf, twoColumnArticle } from '../db/import/test-support/printed-pdf';
import { wordFile } from '../db/import/test-support/word-file';
import { benchFolder } from './folder';
import { newsText } from './news-text';
import { type BenchRow, distribution, medianAndP99, sample } from './table';

const ARTICLES = 100;
const TAGS = 10_000;
const READS = 20;

function studyNotebook(file: string): { tags: number; sentences: number } {
  for (const coder of ['ana', 'ben']) {
    const notebook = Notebook.open(file, { create: true, coder });
    try {
      if (coder === 'ana') {
        for (const name of ['Missile claims', 'Civilian-casualty assertions', 'Turkey trade threats', 'Deconfliction talks']) notebook.addTheme({ name });
        for (let i = 0; i < ARTICLES; i += 1) notebook.importDocument({ title: `Article ${i + 1}`, text: newsText(53_500, 500 + i), sourceName: null });
      }
      const themes = notebook.listThemes().map((t) => t.id);
      const documents = notebook.listDocuments();
      const ids = documents.flatMap((d) => notebook.sentenceIds(d.id, 1, d.sentenceCount));
      // Each coder tags every tenth sentence (ana from the first, ben from the fifth), spread over the themes.
      const offset = coder === 'ana' ? 0 : 5;
      const chosen = ids.filter((_, i) => i % 10 === offset).slice(0, TAGS / 2);
      themes.forEach((theme, t) => notebook.tag(chosen.filter((_, i) => i % themes.length === t), theme));
      if (coder === 'ana') for (let i = 0; i < 500; i += 1) notebook.setNote(chosen[i * 7]!, 'Compare with the ministry statement.');
    } finally {
      notebook.close();
    }
  }
  const notebook = Notebook.open(file, { coder: 'bench', access: 'read' });
  try {
    const stats = notebook.stats();
    return { tags: stats.tagCount, sentences: stats.sentenceCount };
  } finally {
    notebook.close();
  }
}

export async function benchExchange(): Promise<BenchRow[]> {
  const folder = benchFolder();
  try {
    const file = path.join(folder, 'study.themata');
    const study = studyNotebook(file);
    const source = Notebook.open(file, { coder: 'bench', access: 'read' });
    let project: Uint8Array = new Uint8Array();
    let exported;
    try {
      exported = distribution(sample(5, () => (project = source.exportQdpx())));
    } finally {
      source.close();
    }
    const imports: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const target = Notebook.open(path.join(folder, `imported-${run}.themata`), { create: true, coder: 'bench' });
      try {
        const started = performance.now();
        await target.importRefi(project, 'study.qdpx');
        imports.push(performance.now() - started);
      } finally {
        target.close();
      }
    }
    const imported = distribution(imports);
    const rows: BenchRow[] = [
      {
        section: 'exchange',
        measure: `REFI-QDA project export, ${ARTICLES} articles, ${study.sentences.toLocaleString('en')} sentences, ${study.tags.toLocaleString('en')} tags by 2 coders (${(project.length / 1e6).toFixed(1)} MB): median / slowest`,
        value: medianAndP99(exported),
        target: '< 2 s',
        met: exported.p99 < 2000,
        figures: { medianMs: exported.median, slowestMs: exported.p99 },
      },
      {
        section: 'exchange',
        measure: 'the same project imported into a new notebook (read, checked, written as one step): median / slowest of 3',
        value: medianAndP99(imported),
        target: '< 5 s',
        met: imported.p99 < 5000,
        figures: { medianMs: imported.median, slowestMs: imported.p99 },
      },
    ];
    const page = Buffer.from(newsPage());
    const word = await wordFile();
    const articles: [string, string, Buffer][] = [
      ['a saved news page (Readability over linkedom)', 'gas-deal.html', page],
      ['a Word file (mammoth)', 'gas-talks.docx', word],
    ];
    if (fs.existsSync(CHROMIUM)) articles.push(['a two-column PDF of 2 pages printed by Chromium (pdfjs)', 'gas-talks.pdf', (await printToPdf([{ html: twoColumnArticle(), running: true }]))[0]!]);
    for (const [what, name, bytes] of articles) {
      await articleFromBytes(name, bytes); // the reader's libraries load on first use
      const times: number[] = [];
      for (let i = 0; i < READS; i += 1) {
        const started = performance.now();
        await articleFromBytes(name, bytes);
        times.push(performance.now() - started);
      }
      const read = distribution(times);
      rows.push({
        section: 'exchange',
        measure: `reading ${what}, ${(bytes.length / 1e3).toFixed(0)} KB, into paragraphs: p50 / p99`,
        value: medianAndP99(read),
        target: 'p99 < 1000 ms',
        met: read.p99 < 1000,
        figures: { medianMs: read.median, p99Ms: read.p99 },
      });
    }
    return rows;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
