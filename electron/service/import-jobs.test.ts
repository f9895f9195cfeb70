import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Notebook } from '../../db';
import type { ImportFileProgress, ImportProgress } from '../contract';
import { newsPage } from '../../db/import/test-support/news-page';
import { wordFile } from '../../db/import/test-support/word-file';
import { ImportJobs, displayName, sentFileRefusal } from './import-jobs';

const folders: string[] = [];
const notebooks: Notebook[] = [];
afterEach(() => {
  for (const notebook of notebooks.splice(0)) if (notebook.isOpen) notebook.close();
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function openNotebook(name = 'Study'): Notebook {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-import-jobs-'));
  folders.push(folder);
  const notebook = Notebook.open(path.join(folder, `${name}.themata`), { create: true, coder: 'ana' });
  notebooks.push(notebook);
  return notebook;
}

const article = (n: number) => `Report ${n} says Moscow denied the claim. Ankara warned about gas ${n}.\n`;
const base64 = (text: string) => Buffer.from(text).toString('base64');

async function untilOver(jobs: ImportJobs, first: ImportProgress): Promise<{ progress: ImportProgress; files: ImportFileProgress[] }> {
  const files = new Map(first.files.map((file) => [file.index, file]));
  let progress = first;
  while (progress.status === 'running') {
    progress = await jobs.progress(first.jobId, progress.version);
    for (const file of progress.files) files.set(file.index, file);
  }
  return { progress, files: [...files.values()].sort((a, b) => a.index - b.index) };
}

describe('files sent by the page', () => {
  it('are refused by name and size before they are sent, in one sentence each', () => {
    expect(sentFileRefusal('corpus/report.txt', 10)).toBeNull();
    expect(sentFileRefusal('Notes.MD', 10)).toBeNull();
    for (const name of ['gas-deal.HTML', 'report.pdf', 'statement.docx']) expect(sentFileRefusal(name, 10)).toBeNull();
    expect(sentFileRefusal('corpus/photo.png', 10)).toBe('photo.png is not a kind of file Themata imports; it reads .txt, .md, .html, .pdf and .docx files.');
    expect(sentFileRefusal('empty.txt', 0)).toBe('empty.txt is empty.');
    expect(sentFileRefusal('book.txt', 25 * 1024 * 1024)).toBe('book.txt is 25 MB; Themata reads text up to 20 MB.');
  });

  it('wait for room once the bytes not yet imported pass the limit, so a large import holds few of them at once', async () => {
    const notebook = openNotebook();
    const jobs = new ImportJobs({ notebook: () => notebook, maxQueuedBytes: 100 });
    const started = jobs.startSending(Array.from({ length: 3 }, (_, i) => ({ name: `a-${i}.txt`, size: 80 })));
    // The import waits for file 0, which is sent and taken at once; file 1 fills the room meanwhile.
    expect(await jobs.receive(started.jobId, [{ index: 0, content: base64(article(0).padEnd(80, '.')) }])).toEqual({ more: true });
    const second = jobs.receive(started.jobId, [{ index: 1, content: base64(article(1).padEnd(80, '.')) }]);
    const third = jobs.receive(started.jobId, [{ index: 2, content: base64(article(2).padEnd(80, '.')) }]);
    // The third is let in only once the second has been read.
    const whenThirdIn = third.then(() => jobs.progress(started.jobId, 0));
    expect(await second).toEqual({ more: true });
    expect(await third).toEqual({ more: true });
    expect((await whenThirdIn).files[1]?.state).not.toBe('waiting');
    const { files } = await untilOver(jobs, started);
    expect(files.map((f) => f.state)).toEqual(['imported', 'imported', 'imported']);
  });

  it('give up when the page stops sending, keeping what came and saying why', async () => {
    const notebook = openNotebook();
    const jobs = new ImportJobs({ notebook: () => notebook, sendTimeout: 20 });
    const started = jobs.startSending([
      { name: 'a.txt', size: 60 },
      { name: 'b.txt', size: 60 },
    ]);
    await jobs.receive(started.jobId, [{ index: 0, content: base64(article(1)) }]);
    const { progress, files } = await untilOver(jobs, started);
    expect(progress).toMatchObject({ status: 'failed', failure: 'The files stopped arriving, so the import ended; import the rest of them again.' });
    expect(files.map((f) => f.state)).toEqual(['imported', 'skipped']);
    expect(notebook.listDocuments()).toHaveLength(1);
  });
});

describe('articles sent by the page as base64', () => {
  it('are read whole, a web page\'s details kept and a Word file\'s binary bytes intact, a damaged one refused', async () => {
    const notebook = openNotebook();
    const jobs = new ImportJobs({ notebook: () => notebook });
    const word = await wordFile();
    const page = Buffer.from(newsPage());
    const sent = [
      { name: 'gas-deal.html', bytes: page },
      { name: 'corpus/statement.docx', bytes: word },
      { name: 'broken.docx', bytes: word.subarray(0, 300) },
    ];
    const started = jobs.startSending(sent.map(({ name, bytes }) => ({ name, size: bytes.length })));
    await jobs.receive(started.jobId, sent.map(({ bytes }, index) => ({ index, content: bytes.toString('base64') })));
    const { files } = await untilOver(jobs, started);
    expect(files.map((file) => (file.state === 'imported' ? file.document.title : file.state === 'refused' ? file.reason : file.state))).toEqual([
      'Turkey and Russia extend gas deal',
      'Gas talks end in agreement',
      'broken.docx is not a Word file Themata can open: it is damaged or incomplete.',
    ]);
    const [pageDocument] = notebook.listDocuments();
    expect(notebook.documentDetails(pageDocument!.id)).toMatchObject({ outlet: 'The Ankara Courier', publishedOn: '2017-04-07' });
  });
});

describe('an import from the dialog', () => {
  it('names a folder\'s files by their path inside it, and a file by its name', () => {
    expect(displayName('/home/ana/corpus/2015/a.txt', ['/home/ana/corpus'])).toBe(path.join('2015', 'a.txt'));
    expect(displayName('/home/ana/b.txt', ['/home/ana/corpus', '/home/ana/b.txt'])).toBe('b.txt');
  });

  it('stops when another notebook is opened, and imports nothing into either after that', async () => {
    const first = openNotebook('First');
    const second = openNotebook('Second');
    let open = first;
    const jobs = new ImportJobs({ notebook: () => open });
    const started = jobs.startSending([
      { name: 'a.txt', size: 60 },
      { name: 'b.txt', size: 60 },
    ]);
    await jobs.receive(started.jobId, [{ index: 0, content: base64(article(1)) }]);
    open = second;
    await jobs.receive(started.jobId, [{ index: 1, content: base64(article(2)) }]);
    const { progress, files } = await untilOver(jobs, started);
    expect(progress).toMatchObject({ status: 'failed', failure: 'Another notebook was opened, so the import stopped there.' });
    expect(files.map((f) => f.state)).toEqual(['imported', 'skipped']);
    expect(first.listDocuments()).toHaveLength(1);
    expect(second.listDocuments()).toHaveLength(0);
  });
});
