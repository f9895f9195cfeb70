import { describe, expect, it } from 'vitest';
import { disagreementsOn, type SentenceInContext } from './disagreements';
import { Judgements } from './judgements';

const sentence = (id: number): SentenceInContext => ({
  sentenceId: id, documentId: 1, documentTitle: 'Report', sentenceNumber: id, text: `Sentence ${id}.`,
  before: id === 1 ? null : `Sentence ${id - 1}.`, after: `Sentence ${id + 1}.`,
});

describe('the disagreements on a theme', () => {
  const judgements = new Judgements(['ana', 'ben'], [5], [1, 2, 3, 4], [
    { sentenceId: 1, themeId: 5, coder: 'ana' },
    { sentenceId: 2, themeId: 5, coder: 'ana' },
    { sentenceId: 2, themeId: 5, coder: 'ben' },
    { sentenceId: 4, themeId: 5, coder: 'ben' },
  ]);
  const sentences = new Map([1, 4].map((id) => [id, sentence(id)]));
  const notes = [
    { sentenceId: 1, coder: 'ana', body: 'A claim, surely.' },
    { sentenceId: 1, coder: 'cem', body: 'Not compared.' },
    { sentenceId: 2, coder: 'ben', body: 'Agreed anyway.' },
  ];

  it('list only the sentences judged differently, each with context, every coder’s answer and note', () => {
    const list = disagreementsOn(judgements, 5, sentences, notes, { tagged: new Set(), settled: new Set() });
    expect(list.map((d) => d.sentenceId)).toEqual([1, 4]);
    expect(list[0]).toEqual({
      ...sentence(1),
      judgements: [
        { coder: 'ana', present: true, note: 'A claim, surely.' },
        { coder: 'ben', present: false, note: null },
      ],
      consensus: null,
    });
    expect(list[1]!.judgements.map((j) => j.present)).toEqual([false, true]);
  });

  it('say where a consensus holds the theme, settled it off, or is still to come', () => {
    const [first, second] = disagreementsOn(judgements, 5, sentences, [], { tagged: new Set([1]), settled: new Set([1, 4]) });
    expect(first!.consensus).toBe(true);
    expect(second!.consensus).toBe(false);
  });

  it('need every disagreeing sentence read', () => {
    expect(() => disagreementsOn(judgements, 5, new Map([[1, sentence(1)]]), [], { tagged: new Set(), settled: new Set() })).toThrow(/sentence 4/);
  });
});
