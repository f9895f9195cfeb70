import { describe, expect, it } from 'vitest';
import { comparedDocuments, Judgements, type TagMark } from './judgements';
import { tallyOf } from './reliability';

const tags = (coder: string, themeId: number, sentenceIds: number[]): TagMark[] => sentenceIds.map((sentenceId) => ({ sentenceId, themeId, coder }));

describe('the documents compared', () => {
  const marks = [
    { documentId: 1, coder: 'ana' },
    { documentId: 1, coder: 'ben' },
    { documentId: 2, coder: 'ana' },
    { documentId: 3, coder: 'ben' },
    { documentId: 3, coder: 'ana' },
    { documentId: 3, coder: 'cem' },
  ];

  it('are those every compared coder marked as coded, in the order given', () => {
    expect(comparedDocuments([3, 2, 1], marks, ['ana', 'ben'], false)).toEqual([3, 1]);
    expect(comparedDocuments([1, 2, 3], marks, ['ana', 'ben', 'cem'], false)).toEqual([3]);
    expect(comparedDocuments([1, 2, 3], marks, ['ana', 'dan'], false)).toEqual([]);
  });

  it('are every document with all, coded or not', () => {
    expect(comparedDocuments([1, 2, 3, 4], marks, ['ana', 'dan'], true)).toEqual([1, 2, 3, 4]);
  });
});

describe('judgements', () => {
  const judgements = new Judgements(['ana', 'ben'], [10, 20], [1, 2, 3, 4], [
    ...tags('ana', 10, [1, 2]),
    ...tags('ben', 10, [2, 3]),
    ...tags('ben', 20, [4]),
    // Outside what is compared: another coder, another theme, a sentence of a document not compared.
    ...tags('cem', 10, [4]),
    ...tags('ana', 30, [1]),
    ...tags('ana', 10, [99]),
  ]);

  it('are present where the coder tagged the sentence and absent everywhere else on the units', () => {
    expect(judgements.table(10)).toEqual([[true, false], [true, true], [false, true], [false, false]]);
    expect(judgements.table(20)).toEqual([[false, false], [false, false], [false, false], [false, true]]);
    expect(judgements.judgement(10, 3)).toEqual([false, true]);
    expect(judgements.taggedCounts(10)).toEqual([2, 2]);
  });

  it('pool every theme one after the other', () => {
    expect(judgements.pooledTable()).toEqual([...judgements.table(10), ...judgements.table(20)]);
  });

  it('tally the same rows as the tables, from the tagged units alone', () => {
    const sorted = (tally: ReturnType<typeof tallyOf>) => [...tally].map((row) => [JSON.stringify(row.judgements), row.count]).sort();
    expect(sorted(judgements.tally(10))).toEqual(sorted(tallyOf(judgements.table(10))));
    expect(sorted(judgements.pooledTally())).toEqual(sorted(tallyOf(judgements.pooledTable())));
    expect(sorted(judgements.tally(20))).toEqual([['[false,false]', 3], ['[false,true]', 1]]);
  });

  it('name the sentences where the coders differ, in reading order', () => {
    expect(judgements.disagreeing(10)).toEqual([1, 3]);
    expect(judgements.disagreeing(20)).toEqual([4]);
  });

  it('judge a sub-theme and its parent each on its own tags', () => {
    // Theme 2 under theme 1: ana tagged the parent, ben the sub-theme, on the same sentence.
    const nested = new Judgements(['ana', 'ben'], [1, 2], [7], [...tags('ana', 1, [7]), ...tags('ben', 2, [7])]);
    expect(nested.table(1)).toEqual([[true, false]]);
    expect(nested.table(2)).toEqual([[false, true]]);
  });

  it('refuse a theme not among those judged', () => {
    expect(() => judgements.table(30)).toThrow(/theme 30/);
  });
});
