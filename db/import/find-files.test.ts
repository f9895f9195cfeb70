import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { findTextFiles } from './find-files';

describe('finding the files an import reads', () => {
  const temporary = useTemporaryFolder();

  /** Creates the files (and their folders) under a fresh folder. */
  function corpus(files: string[]): string {
    const root = temporary();
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), 'Moscow denied it.');
    }
    return root;
  }

  const relative = (root: string, paths: readonly string[]) => findTextFiles(paths).map((f) => path.relative(root, f.path));

  it('reads a folder\'s .txt files in name order, numbers by their value, subfolders where their names fall', () => {
    const root = corpus(['article-10.txt', 'article-2.txt', 'Beta.txt', 'alpha.TXT', '2019/b.txt', '2019/a.txt', '2020/march/a.txt', 'zeta.txt']);
    expect(relative(root, [root])).toEqual([
      '2019/a.txt',
      '2019/b.txt',
      '2020/march/a.txt',
      'alpha.TXT',
      'article-2.txt',
      'article-10.txt',
      'Beta.txt',
      'zeta.txt',
    ]);
  });

  it('reads the kinds of article Themata imports and leaves out other kinds of file, hidden files and hidden folders', () => {
    const root = corpus(['a.txt', 'notes.md', 'page.HTML', 'report.pdf', 'memo.docx', 'old.doc', 'photo.jpg', 'a.txt.bak', '.hidden.txt', '.git/b.txt', 'c.txt']);
    expect(relative(root, [root])).toEqual(['a.txt', 'c.txt', 'memo.docx', 'notes.md', 'page.HTML', 'report.pdf']);
  });

  it('keeps named files as given and in the order given, also a file that is missing or not .txt', () => {
    const root = corpus(['b.txt', 'a.md', 'folder/c.txt']);
    const given = [path.join(root, 'b.txt'), path.join(root, 'a.md'), path.join(root, 'missing.txt'), path.join(root, 'folder')];
    expect(findTextFiles(given)).toEqual([
      { path: given[0] },
      { path: given[1] },
      { path: given[2] },
      { path: path.join(root, 'folder', 'c.txt') },
    ]);
  });

  it.skipIf(process.platform === 'win32')('follows a link to a file but not a link to a folder, so a folder linking to itself is read once', () => {
    const root = corpus(['a.txt', 'elsewhere/b.txt']);
    fs.symlinkSync(path.join(root, 'elsewhere', 'b.txt'), path.join(root, 'linked.txt'));
    fs.symlinkSync(root, path.join(root, 'loop'));
    fs.symlinkSync(path.join(root, 'nowhere.txt'), path.join(root, 'broken.txt'));
    expect(relative(root, [root])).toEqual(['a.txt', 'elsewhere/b.txt', 'linked.txt']);
  });

  it('refuses a folder that holds no files to import, naming it and what it would read', () => {
    const root = corpus(['photo.jpg', 'sub/scan.tiff']);
    const [only, ...rest] = findTextFiles([root]);
    expect(rest).toEqual([]);
    expect(only!.path).toBe(root);
    expect(only!.refusal).toMatchObject({ code: 'file-missing', message: `${root} holds no files to import (.txt, .md, .html, .pdf or .docx).` });
  });
});
