import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../electron/contract';
import { toggleTheme } from './optimistic-tags';

function sentence(number: number, themeIds: number[], coder = 'ana'): Sentence {
  const tags = themeIds.map((themeId) => ({ themeId, coder }));
  return { id: 100 + number, documentId: 1, number, paragraph: 0, text: `S${number}.`, start: 0, end: 3, themeIds, tags, note: null, otherNotes: [] };
}

const codebookOrder = (id: number) => [4, 1, 2, 3].indexOf(id);

describe('toggling a theme on the selection', () => {
  it('adds the theme to a sentence without it', () => {
    const result = toggleTheme([sentence(1, [])], 2, codebookOrder, 'ana');
    expect(result.applied).toBe(true);
    expect(result.sentences[0]!.themeIds).toEqual([2]);
    expect(result.tagDelta).toBe(1);
    expect(result.taggedDelta).toBe(1);
  });

  it('removes it when every selected sentence already carries it', () => {
    const result = toggleTheme([sentence(1, [2]), sentence(2, [1, 2])], 2, codebookOrder, 'ana');
    expect(result.applied).toBe(false);
    expect(result.sentences.map((s) => s.themeIds)).toEqual([[], [1]]);
    expect(result.tagDelta).toBe(-2);
    expect(result.taggedDelta).toBe(-1);
  });

  it('adds it to the ones that lack it when only some carry it, as the notebook does', () => {
    const before = [sentence(1, [2]), sentence(2, [])];
    const result = toggleTheme(before, 2, codebookOrder, 'ana');
    expect(result.applied).toBe(true);
    expect(result.sentences[0]).toBe(before[0]);
    expect(result.sentences[1]!.themeIds).toEqual([2]);
    expect(result.tagDelta).toBe(1);
  });

  it('keeps chips in codebook order', () => {
    const result = toggleTheme([sentence(1, [1, 3])], 4, codebookOrder, 'ana');
    expect(result.sentences[0]!.themeIds).toEqual([4, 1, 3]);
  });

  it('adds the coder’s own tag beside another coder’s, without counting the sentence twice', () => {
    const result = toggleTheme([sentence(1, [2], 'ben')], 2, codebookOrder, 'ana');
    expect(result.applied).toBe(true);
    expect(result.sentences[0]!.tags).toEqual([{ themeId: 2, coder: 'ana' }, { themeId: 2, coder: 'ben' }]);
    expect(result.sentences[0]!.themeIds).toEqual([2]);
    expect(result.tagDelta).toBe(0);
    expect(result.taggedDelta).toBe(0);
  });

  it('takes off only the coder’s own tag, leaving another coder’s theme on the sentence', () => {
    const both: Sentence = { ...sentence(1, [2]), tags: [{ themeId: 2, coder: 'ana' }, { themeId: 2, coder: 'ben' }] };
    const result = toggleTheme([both], 2, codebookOrder, 'ana');
    expect(result.applied).toBe(false);
    expect(result.sentences[0]!.tags).toEqual([{ themeId: 2, coder: 'ben' }]);
    expect(result.sentences[0]!.themeIds).toEqual([2]);
    expect(result.tagDelta).toBe(0);
  });
});
