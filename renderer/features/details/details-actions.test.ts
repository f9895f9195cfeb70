import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../electron/contract';
import { sortDocuments } from './details-actions';
import { formatPublished } from './published-date';

function doc(id: number, title: string, outlet: string | null, publishedOn: string | null): DocumentSummary {
  return {
    id, title, outlet, publishedOn, author: null, url: null, language: null, attributes: [], sourceName: null,
    importedAt: '2026-11-25T10:00:00.000Z', sentenceCount: 1, paragraphCount: 1, taggedCount: 0, noteCount: 0, codedBy: [],
  };
}

describe('sorting the documents list', () => {
  const documents = [doc(1, 'Strike 10', 'TASS', '2017-04-09'), doc(2, 'strike 9', null, '2017-04-07'), doc(3, 'Ankara', 'al Jazeera', null)];

  it('keeps import order, or sorts by title (numbers as numbers, any case), outlet or date, those without last', () => {
    const ids = (sort: Parameters<typeof sortDocuments>[1]) => sortDocuments(documents, sort).map((d) => d.id);
    expect(ids('import')).toEqual([1, 2, 3]);
    expect(ids('title')).toEqual([3, 2, 1]);
    expect(ids('outlet')).toEqual([3, 1, 2]);
    expect(ids('date')).toEqual([2, 1, 3]);
  });

  it('shows a published date as the day it names, in any time zone', () => {
    expect(formatPublished('2017-04-07')).toMatch(/7/);
    expect(formatPublished('2017-04-07')).toMatch(/2017/);
    expect(formatPublished('not a date')).toBe('not a date');
  });
});
