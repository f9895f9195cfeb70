import { describe, expect, it } from 'vitest';
import { compareFolderPaths, folderFiles, isFolderTextFile, pickedFiles, titleFromText } from './dropped-files';

const file = (name: string, webkitRelativePath = '') => ({ name, size: 10, webkitRelativePath });

describe('a folder dropped or picked in the page', () => {
  it('stands for its .txt files and its subfolders\', leaving hidden files and folders out', () => {
    expect(isFolderTextFile('corpus/a.txt')).toBe(true);
    expect(isFolderTextFile('corpus/2015/B.TXT')).toBe(true);
    expect(isFolderTextFile('corpus/notes.md')).toBe(false);
    expect(isFolderTextFile('corpus/.hidden.txt')).toBe(false);
    expect(isFolderTextFile('corpus/.git/a.txt')).toBe(false);
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
    const picked = folderFiles(names.concat('corpus/.DS_Store', 'corpus/x.pdf').map((name) => ({ name, file: file(name) })));
    expect(picked.map((p) => p.name)).toHaveLength(6);
  });

  it('sends loose files as picked, and a picked folder\'s text files by their path in it', () => {
    const picked = pickedFiles([
      file('photo.png'),
      file('b.txt', 'corpus/b.txt'),
      file('readme.md', 'corpus/readme.md'),
      file('a.txt', 'corpus/a.txt'),
      file('one.md'),
    ]);
    expect(picked.map((p) => p.name)).toEqual(['photo.png', 'one.md', 'corpus/a.txt', 'corpus/b.txt']);
  });
});

describe('pasting a new document', () => {
  it('suggests the first line as its title', () => {
    expect(titleFromText('\n  Russia denies claim \nBody text.')).toBe('Russia denies claim');
    expect(titleFromText('x'.repeat(200)).length).toBe(118);
    expect(titleFromText('   ')).toBe('');
  });
});
