import { describe, expect, it } from 'vitest';
import type { CodersState } from '../../../electron/contract';
import { codedByPhrase, coderMarks, offersViewSwitch, possessive, showsWhose, tagRefusal, viewChoices, viewValue } from './coder-view';

const coder = (name: string) => ({ name, tags: 1, notes: 0, codedDocuments: 0 });
const state = (view: CodersState['view'], names = ['ana', 'Ben']): CodersState => ({ current: 'ana', view, coders: names.map(coder) });

describe('whose tags the reader shows', () => {
  it('offers my tags, each other coder’s and everyone’s, only when someone else has coded', () => {
    expect(offersViewSwitch(state({ kind: 'everyone' }, ['ana']))).toBe(false);
    expect(offersViewSwitch(state({ kind: 'everyone' }, []))).toBe(false);
    expect(offersViewSwitch(null)).toBe(false);
    const choices = viewChoices(state({ kind: 'everyone' }, ['ana', 'Ben', 'James']));
    expect(choices.map((c) => c.label)).toEqual(['My tags', 'Ben’s tags', 'James’ tags', 'Everyone’s tags']);
    expect(choices[1]!.view).toEqual({ kind: 'coder', coder: 'Ben' });
    expect(viewValue({ kind: 'coder', coder: 'Ben' }, 'ana')).toBe('coder:Ben');
    expect(viewValue({ kind: 'coder', coder: 'ana' }, 'ana')).toBe('mine');
  });

  it('refuses a key press in another coder’s view only, naming whose tags are shown', () => {
    expect(tagRefusal(state({ kind: 'coder', coder: 'Ben' }))).toBe('You are viewing Ben’s tags; switch to My tags or Everyone’s to code.');
    expect(tagRefusal(state({ kind: 'everyone' }))).toBeNull();
    expect(tagRefusal(state({ kind: 'mine' }))).toBeNull();
    expect(tagRefusal(state({ kind: 'coder', coder: 'ana' }))).toBeNull();
    expect(possessive('James')).toBe('James’');
  });

  it('says whose each chip is whenever the view may show another coder’s tags', () => {
    expect(showsWhose(state({ kind: 'everyone' }))).toBe(true);
    expect(showsWhose(state({ kind: 'coder', coder: 'Ben' }))).toBe(true);
    expect(showsWhose(state({ kind: 'mine' }))).toBe(false);
    expect(showsWhose(state({ kind: 'everyone' }, ['ana']))).toBe(false);
  });
});

describe('coders’ marks on chips', () => {
  it('uses initials, and longer marks where two coders would share one', () => {
    const marks = coderMarks(['Ana Lima', 'ben', 'Consensus', 'Carla', 'ana']);
    expect(marks.get('Ana Lima')).toBe('AL');
    expect(marks.get('ben')).toBe('B');
    expect(new Set(marks.values()).size).toBe(5);
    expect(marks.get('Consensus')).toMatch(/^Co/);
    expect(marks.get('Carla')).toMatch(/^Ca/);
  });

  it('falls back on the whole name when no short mark tells two coders apart', () => {
    const marks = coderMarks(['Anna', 'Annabel']);
    expect(new Set(marks.values()).size).toBe(2);
  });
});

describe('who marked a document coded', () => {
  it('says "you" first, then the others', () => {
    expect(codedByPhrase(['ana', 'ben'], 'ana')).toBe('you and ben');
    expect(codedByPhrase(['ben', 'cleo'], 'ana')).toBe('ben and cleo');
    expect(codedByPhrase(['ana'], 'ana')).toBe('you');
    expect(codedByPhrase(['ana', 'ben', 'cleo'], 'cleo')).toBe('you, ana and ben');
  });
});
