import { describe, expect, it } from 'vitest';
import { parseSentenceNumber } from './go-to-sentence';

describe('reading the sentence number to go to', () => {
  it('reads plain digits, and digits grouped as numbers are often written', () => {
    expect(parseSentenceNumber('26432', 52_863)).toEqual({ number: 26_432 });
    expect(parseSentenceNumber(' 26,432 ', 52_863)).toEqual({ number: 26_432 });
    expect(parseSentenceNumber('26 432', 52_863)).toEqual({ number: 26_432 });
    expect(parseSentenceNumber('26.432', 52_863)).toEqual({ number: 26_432 });
    expect(parseSentenceNumber('#7', 52_863)).toEqual({ number: 7 });
  });

  it('says what to type instead of anything else', () => {
    expect(parseSentenceNumber('', 52_863)).toEqual({ problem: 'Type a sentence number, from 1 to 52,863.' });
    expect(parseSentenceNumber('twelve', 52_863)).toHaveProperty('problem');
    expect(parseSentenceNumber('12.5', 52_863)).toHaveProperty('problem');
    expect(parseSentenceNumber('-3', 52_863)).toHaveProperty('problem');
  });

  it('says how many sentences the document has when the number is beyond them', () => {
    expect(parseSentenceNumber('52864', 52_863)).toEqual({ problem: 'This document has 52,863 sentences: type a number from 1 to 52,863.' });
    expect(parseSentenceNumber('0', 1)).toEqual({ problem: 'This document has 1 sentence: type a number from 1 to 1.' });
  });
});
