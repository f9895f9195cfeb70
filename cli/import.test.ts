import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontPage, newsPage } from '../db/import/test-support/news-page';
import { passwordProtectedPdf } from '../db/import/test-support/printed-pdf';
import { wordFile } from '../db/import/test-support/word-file';
import { expectOneClearLine, useCliNotebook } from './test-support/cli-run';

/** An article of a few sentences, different for each seed. */
function article(seed: number): string {
  return `Report ${seed}: Moscow denied the claim. Ankara warned about gas.\nTalks ${seed} were planned for Friday.\n`;
}

describe('themata import with folders and many files', () => {
  const setup = useCliNotebook();

  /** A folder of files under the test's home, created with their subfolders. */
  function folder(cli: ReturnType<typeof setup>, name: string, files: Record<string, string | Buffer>): string {
    const root = path.join(cli.home, name);
    for (const [file, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), content);
    }
    return root;
  }

  it('imports a folder\'s .txt files, its subfolders\' too, in name order, and sums up', async () => {
    const cli = setup();
    const corpus = folder(cli, 'corpus', {
      'article-10.txt': article(10),
      'article-2.txt': article(2),
      '2019/march.txt': article(3),
      'notes.odt': 'Not a kind Themata reads.',
      '.hidden.txt': article(4),
    });
    const run = await cli.run('import', corpus);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Imported document 1 "March": 3 sentences',
        'Imported document 2 "Article 2": 3 sentences',
        'Imported document 3 "Article 10": 3 sentences',
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('Imported 3 of 3 files.\n');
  });

  it('imports the good files of a folder, refuses each bad one on one line, and exits 1', async () => {
    const cli = setup();
    const corpus = folder(cli, 'corpus', {
      'a.txt': article(1),
      'b.txt': '',
      'c.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]),
      'd.txt': article(2),
    });
    const run = await cli.run('import', corpus);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('Imported document 1 "A": 3 sentences\nImported document 2 "D": 3 sentences\n');
    expect(run.stderr.split('\n')).toEqual([
      `themata: ${path.join(corpus, 'b.txt')} is empty.`,
      `themata: ${path.join(corpus, 'c.txt')} looks like a binary file, not text.`,
      'Imported 2 of 4 files (2 refused).',
      '',
    ]);
    expect((await cli.run('documents')).stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('skips texts already in the notebook or met earlier in the same import, saying which document has each', async () => {
    const cli = setup();
    await cli.run('import', cli.write('first.txt', article(1)));
    const corpus = folder(cli, 'corpus', { 'a.txt': article(1), 'b.txt': article(2), 'c.txt': article(2) });
    const run = await cli.run('import', corpus);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        `Skipped ${path.join(corpus, 'a.txt')}: its text is already document 1 "First"`,
        'Imported document 2 "B": 3 sentences',
        `Skipped ${path.join(corpus, 'c.txt')}: its text is already document 2 "B"`,
        '',
      ].join('\n'),
    );
    expect(run.stderr).toBe('Imported 1 of 3 files (2 already in the notebook).\n');
    // Importing the same file again changes nothing and is no failure.
    const again = await cli.run('import', path.join(cli.home, 'first.txt'));
    expect(again).toEqual({ code: 0, stdout: `Skipped ${path.join(cli.home, 'first.txt')}: its text is already document 1 "First"\n`, stderr: '' });
  });

  it('imports nothing from a single bad file named alone, in one line', async () => {
    const cli = setup();
    await cli.run('import', cli.write('good.txt', article(1)));
    const before = await cli.snapshot();
    expectOneClearLine(await cli.run('import', cli.write('bad.txt', Buffer.from('Caf\xe9', 'latin1'))), /^themata: .*bad\.txt is not valid UTF-8 text/);
    expect(await cli.snapshot()).toBe(before);
  });

  it('creates no notebook when the single file named cannot be imported', async () => {
    const cli = setup();
    for (const bad of [path.join(cli.home, 'missing.txt'), cli.write('bad.txt', Buffer.from('Caf\xe9', 'latin1'))]) {
      expectOneClearLine(await cli.run('import', bad), /^themata: /);
      expect(fs.existsSync(cli.notebook)).toBe(false);
    }
  });

  it('imports the good ones among several named files and lists the bad ones, as for a folder', async () => {
    const cli = setup();
    const run = await cli.run('import', cli.write('one.txt', article(1)), path.join(cli.home, 'missing.txt'), cli.write('two.txt', article(2)));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('Imported document 1 "One": 3 sentences\nImported document 2 "Two": 3 sentences\n');
    expect(run.stderr).toBe(`themata: There is no file at ${path.join(cli.home, 'missing.txt')}.\nImported 2 of 3 files (1 refused).\n`);
  });

  it('refuses a title for a folder of several files with one line, importing nothing', async () => {
    const cli = setup();
    const corpus = folder(cli, 'corpus', { 'a.txt': article(1), 'b.txt': article(2) });
    await cli.run('import', cli.write('first.txt', article(3)));
    const before = await cli.snapshot();
    expectOneClearLine(await cli.run('import', corpus, '--title', 'Both'), /^themata: A title names one document; this import has 2 files\.$/m);
    expect(await cli.snapshot()).toBe(before);
  });

  it('says in its help that folders are read with their subfolders and what happens to bad files', async () => {
    const help = (await setup().run('import', '--help')).stdout;
    expect(help).toMatch(/^Usage: themata import FILE\|FOLDER\.\.\./);
    expect(help).toMatch(/subfolders/);
    expect(help).toMatch(/refused/);
    expect(help).toMatch(/already in the notebook/);
  });
});

describe('themata import with web pages, Word files and Markdown', () => {
  const setup = useCliNotebook();

  it('imports each by its extension, the page\'s details with it, and lists them with the document', async () => {
    const cli = setup();
    const run = await cli.run('import', cli.write('gas-deal.html', newsPage()), cli.write('statement.docx', await wordFile()), cli.write('notes.md', '# Notes\n\n- Ask the *minister*.\n'));
    expect(run.stdout).toBe(
      'Imported document 1 "Turkey and Russia extend gas deal": 7 sentences\n' +
        'Imported document 2 "Gas talks end in agreement": 9 sentences\n' +
        'Imported document 3 "Notes": 2 sentences\n',
    );
    const listed = JSON.parse((await cli.run('documents', '--json')).stdout) as { outlet: string | null; author: string | null; publishedOn: string | null }[];
    expect(listed.map(({ outlet, author, publishedOn }) => ({ outlet, author, publishedOn }))).toEqual([
      { outlet: 'The Ankara Courier', author: 'Ayşe Demir', publishedOn: '2017-04-07' },
      { outlet: null, author: 'Ayşe Demir', publishedOn: null },
      { outlet: null, author: null, publishedOn: null },
    ]);
  });

  it('refuses a page with no article, a locked PDF and an unknown kind of file, one line each, creating no notebook for one', async () => {
    const cli = setup();
    for (const [name, content, message] of [
      ['front.html', frontPage(), /front\.html holds no article that Themata could find/],
      ['locked.pdf', passwordProtectedPdf(), /locked\.pdf is protected by a password; open it, save a copy without one, and import that\.$/m],
      ['slides.pptx', 'PK', /^themata: slides\.pptx is not a kind of file Themata imports; it reads \.txt, \.md, \.html, \.pdf and \.docx files\.$/m],
    ] as const) {
      expectOneClearLine(await cli.run('import', cli.write(name, content)), message);
      expect(fs.existsSync(cli.notebook)).toBe(false);
    }
  });

  it('says in its help which kinds of file it reads and what it takes from each', async () => {
    const help = (await setup().run('import', '--help')).stdout;
    for (const kind of ['.txt', '.md', '.html', '.pdf', '.docx']) expect(help).toContain(kind);
    expect(help).toMatch(/byline, site, date/);
  });
});
