import { describe, expect, it } from 'vitest';
import { describeFilter, detailValues, isEmptyFilter, matchesFilter } from './document-filter';
import type { DocumentDetails } from './domain';

const article = (details: Partial<DocumentDetails>): DocumentDetails => ({
  title: 'Moscow denies strike',
  outlet: null,
  author: null,
  publishedOn: null,
  url: null,
  language: null,
  attributes: [],
  ...details,
});

describe('matchesFilter', () => {
  const tass = article({ outlet: 'TASS', language: 'ru', publishedOn: '2017-04-08', attributes: [{ key: 'Country', value: 'Russia' }] });

  it('takes every document when the filter has no condition', () => {
    expect(matchesFilter(article({}), {})).toBe(true);
    expect(isEmptyFilter({})).toBe(true);
    expect(isEmptyFilter({ attributes: [] })).toBe(true);
    expect(isEmptyFilter({ outlet: 'TASS' })).toBe(false);
  });

  it('compares outlets, authors, languages and attribute values ignoring case and surrounding spaces', () => {
    expect(matchesFilter(tass, { outlet: ' tass ' })).toBe(true);
    expect(matchesFilter(tass, { language: 'RU' })).toBe(true);
    expect(matchesFilter(tass, { attributes: [{ key: 'country', value: 'RUSSIA' }] })).toBe(true);
    expect(matchesFilter(tass, { outlet: 'Reuters' })).toBe(false);
    expect(matchesFilter(tass, { author: 'Anyone' })).toBe(false);
  });

  it('needs every condition to hold', () => {
    expect(matchesFilter(tass, { outlet: 'TASS', attributes: [{ key: 'country', value: 'Turkey' }] })).toBe(false);
    expect(matchesFilter(tass, { outlet: 'TASS', language: 'ru', attributes: [{ key: 'country', value: 'Russia' }] })).toBe(true);
  });

  it('keeps a date range inclusive and leaves out documents without a date', () => {
    expect(matchesFilter(tass, { publishedFrom: '2017-04-08', publishedTo: '2017-04-08' })).toBe(true);
    expect(matchesFilter(tass, { publishedFrom: '2017-04-09' })).toBe(false);
    expect(matchesFilter(tass, { publishedTo: '2017-04-07' })).toBe(false);
    expect(matchesFilter(article({}), { publishedTo: '2030-01-01' })).toBe(false);
  });
});

describe('describeFilter', () => {
  it('says each condition in the order a researcher reads them', () => {
    expect(describeFilter({})).toBe('any details');
    expect(describeFilter({ outlet: 'Reuters', publishedFrom: '2017-04-07', attributes: [{ key: 'stance', value: 'hawkish' }] })).toBe(
      'outlet Reuters, published from 2017-04-07, stance = hawkish',
    );
    expect(describeFilter({ publishedFrom: '2017-04-07', publishedTo: '2017-04-09' })).toBe('published 2017-04-07 to 2017-04-09');
    expect(describeFilter({ publishedTo: '2017-04-09' })).toBe('published up to 2017-04-09');
  });
});

describe('detailValues', () => {
  it('offers each value once, under the spelling met first, sorted', () => {
    const values = detailValues([
      article({ outlet: 'Reuters', attributes: [{ key: 'country', value: 'Turkey' }] }),
      article({ outlet: 'reuters', language: 'en', attributes: [{ key: 'Country', value: 'russia' }, { key: 'stance', value: 'dovish' }] }),
      article({ outlet: 'AP', attributes: [{ key: 'country', value: 'Russia' }] }),
    ]);
    expect(values.outlets).toEqual(['AP', 'Reuters']);
    expect(values.languages).toEqual(['en']);
    expect(values.authors).toEqual([]);
    expect(values.attributes).toEqual([
      { key: 'country', values: ['russia', 'Turkey'] },
      { key: 'stance', values: ['dovish'] },
    ]);
  });
});
