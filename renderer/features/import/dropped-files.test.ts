import { describe, expect, it } from 'vitest';
import { compareFolderPaths, folderFiles, isFolderArticle, pickedFiles, titleFromText } from './dropped-files';

const file = (name: string, webkitRelativePath = '') => ({ name, size: 10, webkitRelativePath });

describe('a folder dropped or picked in the page', () => {
  it('stands for its articles and its subfolders\', leaving other kinds of file and hidden files and folders out', () => {
    for (const name of ['corpus/a.txt', 'corpus/2015/B.TXT', 'corpus/notes.md', 'corpus/page.html', 'corpus/report.PDF', 'corpus/memo.docx']) {
      expect(isFolderArticle(name)).toBe(true);
    }
    expect(isFolderArticle('corpus/photo.jpg')).toBe(false);
    expect(isFolderArticle('corpus/old.doc')).toBe(false);
    expect(isFolderArticle('corpus/.hidden.txt')).toBe(false);
    expect(isFolderArticle('corpus/.git/a.txt')).toBe(false);
  });

  it('is read in the order of the desktop import: names with numbers in order, a subfolder where its name falls', () => {
    const names = ['corpus/article-10.txt', 'corpus/b/z.txt', 'corpus/article-2.txt', 'corpus/B.txt', 'corpus/a/y.txt', 'corpus/c.txt'];
    expect([...names].sort(compareFolderPaths)).toEqual([
      'corpus/a/y.txt',
      'corpus/article-2.txt',
      'corpus/article-10.txt',
      'corpus/b/z.txt',
      'corpus/B.txt',
      'corpus/c.txt',
    ]);
    const picked = folderFiles(names.concat('corpus/.DS_Store', 'corpus/x.pdf', 'corpus/x.jpg').map((name) => ({ name, file: file(name) })));
    expect(picked.map((p) => p.name)).toHaveLength(7);
  });

  it('sends loose files as picked, and a picked folder\'s articles by their path in it', () => {
    const picked = pickedFiles([
      file('photo.png'),
      file('b.txt', 'corpus/b.txt'),
      file('readme.md', 'corpus/readme.md'),
      file('cover.jpg', 'corpus/cover.jpg'),
      file('a.txt', 'corpus/a.txt'),
      file('one.md'),
    ]);
    expect(picked.map((p) => p.name)).toEqual(['photo.png', 'one.md', 'corpus/a.txt', 'corpus/b.txt', 'corpus/readme.md']);
  });
});

describe('pasting a new document', () => {
  it('suggests the first line as its title', () => {
    expect(titleFromText('\n  Russia denies claim \nBody text.')).toBe('Russia denies claim');
    expect(titleFromText('x'.repeat(200)).length).toBe(118);
    expect(titleFromText('   ')).toBe('');
  });
});
