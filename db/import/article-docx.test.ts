import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocxArticle } from './article-docx';
import { pictureOnlyWordFile, WORD_PARAGRAPHS, wordFile } from './test-support/word-file';
import { zerosDeflated, zipOf } from './test-support/zip-bomb';

async function refusal(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  return work.then(
    () => {
      throw new Error('expected the file to be refused');
    },
    (error: { code: string; message: string }) => error,
  );
}

describe('reading a Word file', () => {
  it('makes each heading, paragraph, list item and table cell a paragraph, pictures left out', async () => {
    const article = await readDocxArticle(await wordFile(), 'gas.docx');
    expect(article.text.trim().split('\n\n')).toEqual(WORD_PARAGRAPHS);
  });

  it('takes the title and author from the file\'s properties when they are set', async () => {
    expect(await readDocxArticle(await wordFile(), 'gas.docx')).toMatchObject({ title: 'Gas talks end in agreement', details: { author: 'Ayşe Demir' } });
    expect((await readDocxArticle(await wordFile({}), 'gas.docx')).title).toBeUndefined();
  });

  it('refuses a file with pictures only', async () => {
    expect(await refusal(readDocxArticle(await pictureOnlyWordFile(), 'photo.docx'))).toEqual(
      expect.objectContaining({ code: 'file-empty', message: 'photo.docx has no text (only images, or nothing at all).' }),
    );
  });

  it('refuses a damaged file: cut short, or not a zip at all', async () => {
    const whole = await wordFile();
    for (const bytes of [whole.subarray(0, Math.floor(whole.length / 2)), new TextEncoder().encode('Not a Word file, only text named .docx')]) {
      expect(await refusal(readDocxArticle(bytes, 'broken.docx'))).toEqual(
        expect.objectContaining({ code: 'file-unreadable', message: 'broken.docx is not a Word file Themata can open: it is damaged or incomplete.' }),
      );
    }
  });

  it('refuses a Word file locked by a password (kept, like an older .doc, in an OLE compound file, not a zip)', async () => {
    const locked = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await refusal(readDocxArticle(locked, 'locked.docx'))).toMatchObject({
      code: 'file-unreadable',
      message: 'locked.docx is protected by a password, or is an older Word file (.doc); open it in Word and save it as .docx without a password.',
    });
  });

  it('refuses a zip that holds no Word document (an older .doc renamed, another program\'s file)', async () => {
    const other = zipSync({ 'content.xml': new TextEncoder().encode('<office:document/>') });
    expect(await refusal(readDocxArticle(other, 'notes.docx'))).toMatchObject({ code: 'file-unreadable', message: expect.stringContaining('has no document inside') });
  });

  it('refuses a zip bomb before unpacking it, whether it declares its size or lies about it', async () => {
    const zeros = zerosDeflated(250 * 1024 * 1024);
    expect(zeros.length).toBeLessThan(2 * 1024 * 1024);
    const honest = zipOf('word/document.xml', zeros, 250 * 1024 * 1024);
    const lying = zipOf('word/document.xml', zeros, 12_000);
    expect(await refusal(readDocxArticle(honest, 'bomb.docx'))).toEqual(
      expect.objectContaining({ code: 'file-too-large', message: 'bomb.docx unpacks to more than 200 MB, more than any Word file needs; Themata does not open it.' }),
    );
    expect(await refusal(readDocxArticle(lying, 'bomb.docx'))).toEqual(
      expect.objectContaining({ code: 'file-too-large', message: 'bomb.docx unpacks to more than it says it holds, as a file made to fill the memory does; Themata does not open it.' }),
    );
  });

  it('refuses a zip whose sizes add up to more than the limit, even if each is honest', async () => {
    const zeros = zerosDeflated(3 * 1024 * 1024);
    expect(await refusal(readDocxArticle(zipOf('word/document.xml', zeros, 3 * 1024 * 1024), 'big.docx', 2 * 1024 * 1024))).toMatchObject({ code: 'file-too-large' });
  });
});
