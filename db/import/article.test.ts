import { describe, expect, it } from 'vitest';
import { caught } from '../test-support/caught';
import { articleText, dayOf, foldSpace, keptDetails, MAX_ARTICLE_TEXT_BYTES } from './article';

describe('the text an article yields', () => {
  it('is its paragraphs a blank line apart, white space inside each folded, empty ones left out', () => {
    expect(articleText(['  Moscow\u00a0denied\n it. ', '\u200b', 'Ankara\twarned.'], 'a.html', 'has no text.')).toBe('Moscow denied it.\n\nAnkara warned.\n');
  });

  it('is refused past the limit, however small the file it came from', () => {
    const megabyte = 'x'.repeat(1024 * 1024);
    function* paragraphs() {
      for (let i = 0; i <= MAX_ARTICLE_TEXT_BYTES / megabyte.length; i += 1) yield megabyte;
    }
    expect(caught(() => articleText(paragraphs(), 'small.docx', 'has no text.'))).toMatchObject({
      code: 'file-too-large',
      message: 'small.docx holds more than 20 MB of text; Themata reads text up to 20 MB.',
    });
  });

  it('is refused when nothing is left, saying what the file held instead', () => {
    expect(caught(() => articleText(['  ', '\u00ad'], 'scan.pdf', 'has images only.'))).toMatchObject({ code: 'file-empty', message: 'scan.pdf has images only.' });
  });

  it('drops soft hyphens, which only say where a word may break', () => {
    expect(foldSpace('extra\u00adordinarily')).toBe('extraordinarily');
  });
});

describe('the details an article file gives', () => {
  it('keeps those the notebook can hold and leaves out the rest', () => {
    expect(keptDetails({ outlet: ' The Ankara\nCourier ', author: 'a'.repeat(600), publishedOn: '2017-02-30', url: 'javascript:alert(1)', language: 'tr' })).toEqual({
      outlet: 'The Ankara Courier',
      language: 'tr',
    });
  });

  it('takes the day from a date and time as the outlet wrote it', () => {
    expect(dayOf('2017-04-07T23:30:00-05:00')).toBe('2017-04-07');
    expect(dayOf('7 April 2017')).toBeUndefined();
  });
});
