import { describe, expect, it } from 'vitest';
import { decodeDroppedText, isImportable, refusal, titleFromFileName, titleFromText } from './dropped-files';

describe('files dropped on the window', () => {
  it('accepts text and Markdown files only', () => {
    expect(isImportable({ name: 'article.txt', size: 10 })).toBe(true);
    expect(isImportable({ name: 'Notes.MD', size: 10 })).toBe(true);
    expect(isImportable({ name: 'photo.png', size: 10 })).toBe(false);
  });

  it('says in one sentence why a file is refused', () => {
    expect(refusal({ name: 'photo.png', size: 10 })).toMatch(/not a text file/);
    expect(refusal({ name: 'empty.txt', size: 0 })).toBe('empty.txt is empty.');
    expect(refusal({ name: 'huge.txt', size: 21 * 1024 * 1024 })).toMatch(/larger than 20 MB/);
    expect(refusal({ name: 'ok.txt', size: 100 })).toBeNull();
  });

  it('titles a document after its file name', () => {
    expect(titleFromFileName('syria_report-2015.txt')).toBe('Syria report 2015');
    expect(titleFromFileName('.md')).toBe('.md');
  });

  it('decodes UTF-8 and refuses binaries and other encodings', () => {
    expect(decodeDroppedText('a.txt', new TextEncoder().encode('Ünïcødé text'))).toEqual({ text: 'Ünïcødé text' });
    expect(decodeDroppedText('a.txt', new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ error: 'a.txt looks like a binary file, not text.' });
    expect(decodeDroppedText('a.txt', new Uint8Array([0x41, 0xff, 0x42]))).toHaveProperty('error');
    expect(decodeDroppedText('a.txt', new TextEncoder().encode('  \n '))).toHaveProperty('error');
  });
});

describe('pasting a new document', () => {
  it('suggests the first line as its title', () => {
    expect(titleFromText('\n  Russia denies claim \nBody text.')).toBe('Russia denies claim');
    expect(titleFromText('x'.repeat(200)).length).toBe(118);
    expect(titleFromText('   ')).toBe('');
  });
});
