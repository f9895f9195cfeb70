import { describe, expect, it } from 'vitest';
import { groupByDetails } from './detail-groups';
import type { DocumentStats } from './domain';

const counts = (documentId: number, taggedCount: number, themes: [number, number][]): DocumentStats => ({
  documentId,
  title: `Story ${documentId}`,
  sentenceCount: 10,
  taggedCount,
  themes: themes.map(([themeId, count]) => ({ themeId, count })),
});

describe('groupByDetails', () => {
  const documents = [counts(1, 3, [[2, 1], [1, 2]]), counts(2, 1, [[1, 1]]), counts(3, 4, [[2, 4]])];
  const details = new Map([
    [1, { outlet: 'Reuters', attributes: [{ key: 'country', value: 'Russia' }] }],
    [2, { outlet: 'reuters', attributes: [{ key: 'Country', value: 'russia' }, { key: 'stance', value: 'dovish' }] }],
  ]);

  it('adds up documents, sentences and each theme per outlet, ignoring case, with documents without one last', () => {
    const { outlets } = groupByDetails(documents, details, [1, 2]);
    expect(outlets).toEqual([
      { outlet: 'Reuters', documentCount: 2, sentenceCount: 20, taggedCount: 4, themes: [{ themeId: 1, count: 3 }, { themeId: 2, count: 1 }] },
      { outlet: null, documentCount: 1, sentenceCount: 10, taggedCount: 4, themes: [{ themeId: 2, count: 4 }] },
    ]);
  });

  it('groups each attribute value, by key then value, and leaves out documents without the attribute', () => {
    const { attributes } = groupByDetails(documents, details, [2, 1]);
    expect(attributes.map((a) => [a.key, a.value, a.documentCount, a.themes.map((t) => t.themeId)])).toEqual([
      ['country', 'Russia', 2, [2, 1]],
      ['stance', 'dovish', 1, [1]],
    ]);
  });

  it('counts only the documents it is given, as the overview gives it the scope\'s', () => {
    const { outlets } = groupByDetails(documents.slice(1, 2), details, [1, 2]);
    expect(outlets).toEqual([{ outlet: 'reuters', documentCount: 1, sentenceCount: 10, taggedCount: 1, themes: [{ themeId: 1, count: 1 }] }]);
  });
});
