import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../text-file';
import { useTemporaryFolder, useTemporaryNotebook } from '../test-support/temporary-notebook';
import { ARTICLE_EXTENSIONS, articleFromBytes, readArticleFile } from './article-file';
import { NEWS_PARAGRAPHS, newsPage } from './test-support/news-page';
import { printToPdf, twoColumnArticle } from './test-support/printed-pdf';
import { wordFile } from './test-support/word-file';

let printed: Buffer;
let word: Buffer;

beforeAll(async () => {
  [printed] = (await printToPdf([{ html: twoColumnArticle(), running: true }])) as [Buffer];
  word = await wordFile();
}, 60_000);

async function rejection(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  return work.then(
    () => {
      throw new Error('expected the file to be refused');
    },
    (error: { code: string; message: string }) => error,
  );
}

describe('importing articles as they arrive', () => {
  const notebook = useTemporaryNotebook();
  const temporary = useTemporaryFolder();

  function folderOf(files: Record<string, string | Buffer>): string {
    const root = temporary();
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(root, name), content);
    return root;
  }

  it('reads each kind of file by its extension, a folder\'s files of every kind in name order', async () => {
    const nb = notebook();
    const root = folderOf({
      'a-gas-deal.html': newsPage(),
      'b-columns.pdf': printed,
      'c-statement.docx': word,
      'd-notes.md': '# Field notes\n\nThe *minister* spoke at [the port](https://example.org).\n',
      'e-plain.txt': 'Moscow denied it. Officials disagreed.\n',
    });
    const report = await nb.importFiles([root]);
    expect(report).toMatchObject({ imported: 5, refused: 0 });
    expect(nb.listDocuments().map((d) => [d.title, d.sourceName])).toEqual([
      ['Turkey and Russia extend gas deal', 'a-gas-deal.html'],
      ['Gas talks in Istanbul', 'b-columns.pdf'],
      ['Gas talks end in agreement', 'c-statement.docx'],
      ['Field notes', 'd-notes.md'],
      ['E plain', 'e-plain.txt'],
    ]);
    const [page, pdf, , notes] = nb.listDocuments();
    expect(nb.listSentences(page!.id, { offset: 0, limit: 100 }).sentences.slice(0, 2).map((s) => s.text)).toEqual([NEWS_PARAGRAPHS[0], NEWS_PARAGRAPHS[1]!.split(' “')[0]]);
    expect(pdf!.paragraphCount).toBe(25);
    expect(nb.listSentences(notes!.id, { offset: 0, limit: 100 }).sentences.map((s) => s.text)).toEqual(['Field notes', 'The minister spoke at the port.']);
  });

  it('keeps what a web page says of its article as the document\'s details, undone with the import in one step', async () => {
    const nb = notebook();
    const root = folderOf({ 'gas-deal.html': newsPage() });
    const [outcome] = (await nb.importFiles([path.join(root, 'gas-deal.html')])).outcomes;
    expect(outcome!.status).toBe('imported');
    const id = (outcome as { document: { id: number } }).document.id;
    expect(nb.documentDetails(id)).toMatchObject({
      title: 'Turkey and Russia extend gas deal',
      outlet: 'The Ankara Courier',
      author: 'Ayşe Demir',
      publishedOn: '2017-04-07',
      language: 'en-GB',
      url: 'https://courier.example/world/2017/04/07/gas-deal',
    });
    expect(nb.historyState().undoLabel).toBe('Import Turkey and Russia extend gas deal');
    nb.undo();
    expect(nb.listDocuments()).toEqual([]);
    expect(nb.historyState().undoLabel).toBeNull();
    nb.redo();
    expect(nb.documentDetails(id).outlet).toBe('The Ankara Courier');
  });

  it('tells a duplicate by the article\'s text, whatever page surrounds it', async () => {
    const nb = notebook();
    const root = folderOf({
      'a.html': newsPage(),
      // The same article saved again, with other adverts and menus around it.
      'b.html': newsPage().replace('Holidays on the coast', 'Cars for sale').replace('<li><a href="/sport">Sport</a></li>', ''),
    });
    const report = await nb.importFiles([root]);
    expect(report.outcomes.map((o) => o.status)).toEqual(['imported', 'duplicate']);
  });

  it('refuses a kind of file it does not read, and a bad file of a kind it does, each in one sentence, changing nothing', async () => {
    const nb = notebook();
    const root = folderOf({ 'photo.jpg': Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'broken.docx': word.subarray(0, 500), 'broken.pdf': printed.subarray(0, 400) });
    const report = await nb.importFiles(['photo.jpg', 'broken.docx', 'broken.pdf'].map((name) => path.join(root, name)));
    expect(report.outcomes.map((o) => (o.status === 'refused' ? o.reason.message : o.status))).toEqual([
      'photo.jpg is not a kind of file Themata imports; it reads .txt, .md, .html, .pdf and .docx files.',
      `${path.join(root, 'broken.docx')} is not a Word file Themata can open: it is damaged or incomplete.`,
      `${path.join(root, 'broken.pdf')} is not a PDF Themata can open: it is damaged or incomplete.`,
    ]);
    expect(nb.listDocuments()).toEqual([]);
    expect(nb.historyState().undoLabel).toBeNull();
  });
});

describe('reading one article file', () => {
  const temporary = useTemporaryFolder();

  it('refuses a PDF or Word file over the import limit before reading it', async () => {
    const file = path.join(temporary(), 'huge.pdf');
    fs.writeFileSync(file, Buffer.alloc(MAX_IMPORT_BYTES + 1));
    expect(await rejection(readArticleFile(file))).toMatchObject({ code: 'file-too-large', message: `${file} is more than 20 MB; Themata reads text up to 20 MB.` });
  });

  it('reads bytes a page sent exactly as the same file on disk, binary files included', async () => {
    const file = path.join(temporary(), 'columns.pdf');
    fs.writeFileSync(file, printed);
    const fromDisk = await readArticleFile(file);
    const sent = await articleFromBytes('corpus/columns.pdf', Buffer.from(printed.toString('base64'), 'base64'));
    expect(sent).toEqual(fromDisk);
  });

  it.skipIf(process.platform === 'win32')('reads what flows through a pipe, which has no extension, as text; a file without one is refused', async () => {
    const folder = temporary();
    const pipe = path.join(folder, 'from-curl');
    execFileSync('mkfifo', [pipe]);
    const writer = spawn('sh', ['-c', 'printf "Moscow denied it. Ankara warned." > "$0"', pipe], { stdio: 'ignore' });
    try {
      expect((await readArticleFile(pipe)).text).toBe('Moscow denied it. Ankara warned.');
    } finally {
      writer.kill();
    }
    const plain = path.join(folder, 'README');
    fs.writeFileSync(plain, 'Some text.');
    expect(await rejection(readArticleFile(plain))).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('README is not a kind of file Themata imports') });
  });

  it('names every extension it reads', () => {
    expect(ARTICLE_EXTENSIONS.sort()).toEqual(['.docx', '.htm', '.html', '.markdown', '.md', '.pdf', '.text', '.txt']);
  });
});
