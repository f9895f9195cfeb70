import { describe, expect, it } from 'vitest';
import { segmentText } from '../segmenter';
import { caught } from '../test-support/caught';
import { readHtmlArticle } from './article-html';
import { frontPage, NEWS_PARAGRAPHS, newsPage } from './test-support/news-page';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('reading a saved news web page', () => {
  it('keeps the article\'s paragraphs and leaves out navigation, adverts, the cookie banner, related links and scripts', () => {
    const article = readHtmlArticle(bytes(newsPage()), 'gas-deal.html');
    expect(article.text.trim().split('\n\n')).toEqual(NEWS_PARAGRAPHS);
    for (const leftOut of ['cookies', 'Advertisement', 'Subscribe', 'Related', 'Sign up', 'dataLayer', 'Share on', 'All rights reserved']) {
      expect(article.text).not.toContain(leftOut);
    }
  });

  it('gives paragraphs the segmenter reads as paragraphs', () => {
    const sentences = segmentText(readHtmlArticle(bytes(newsPage()), 'gas-deal.html').text);
    expect(new Set(sentences.map((s) => s.paragraph)).size).toBe(NEWS_PARAGRAPHS.length);
    expect(sentences[0]!.text).toBe(NEWS_PARAGRAPHS[0]);
  });

  it('takes the title, byline, site, day of publication, language and address as the document\'s details', () => {
    const article = readHtmlArticle(bytes(newsPage()), 'gas-deal.html');
    expect(article.title).toBe('Turkey and Russia extend gas deal');
    expect(article.details).toEqual({
      outlet: 'The Ankara Courier',
      author: 'Ayşe Demir',
      publishedOn: '2017-04-07',
      language: 'en-GB',
      url: 'https://courier.example/world/2017/04/07/gas-deal',
    });
  });

  it('reads a page in the character set it declares', () => {
    const html = newsPage().replace('charset="utf-8"', 'charset="windows-1251"').replace(NEWS_PARAGRAPHS[0]!, `${NEWS_PARAGRAPHS[0]} Москва отрицает это.`);
    const encoded = Buffer.from(html.replace('Ayşe', 'Ayse'), 'utf8').toString('latin1');
    // windows-1251 bytes for the Cyrillic words, written by hand: Node has no encoder for it.
    const cyrillic = Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0, 0x20, 0xee, 0xf2, 0xf0, 0xe8, 0xf6, 0xe0, 0xe5, 0xf2, 0x20, 0xfd, 0xf2, 0xee, 0x2e]);
    const marker = Buffer.from('Москва отрицает это.', 'utf8').toString('latin1');
    const [before, after] = encoded.split(marker);
    const page = Buffer.concat([Buffer.from(before!, 'latin1'), cyrillic, Buffer.from(after!, 'latin1')]);
    expect(readHtmlArticle(page, 'ru.html').text).toContain('Москва отрицает это.');
  });

  it('refuses a page with no article in one sentence that names it', () => {
    expect(caught(() => readHtmlArticle(bytes(frontPage()), 'front.html'))).toMatchObject({
      code: 'file-empty',
      message: expect.stringMatching(/^front\.html holds no article that Themata could find/),
    });
  });

  it('refuses a file that is not a web page', () => {
    expect(caught(() => readHtmlArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'photo.html'))).toMatchObject({ code: 'file-binary' });
  });
});
