import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSearch, toFtsQuery } from './search-query';

const fts = (query: string) => toFtsQuery(readSearch(query).query);
const said = (query: string) => readSearch(query).description;
const hints = (query: string) => readSearch(query).hints;

describe('reading a search query', () => {
  it('requires every word, in any order, each matched as the start of a word', () => {
    expect(fts('Russia Turkey')).toBe('("Russia"* AND "Turkey"*)');
    expect(fts('AND')).toBe(null);
    expect(fts('Russia AND Turkey')).toBe('("Russia"* AND "Turkey"*)');
    expect(said('Russia Turkey gas')).toBe('Sentences or notes with “Russia”, “Turkey” and “gas”.');
  });

  it('reads OR between words or groups, binding closer than the space between words', () => {
    expect(fts('Russia OR Turkey')).toBe('("Russia"* OR "Turkey"*)');
    expect(said('Russia OR Turkey')).toBe('Sentences or notes with “Russia” or “Turkey”.');
    expect(fts('talks Moscow OR Ankara')).toBe('("talks"* AND ("Moscow"* OR "Ankara"*))');
    expect(said('talks Moscow OR Ankara')).toBe('Sentences or notes with “talks” and either “Moscow” or “Ankara”.');
    expect(fts('(a b) OR (c d)')).toBe('(("a"* AND "b"*) OR ("c"* AND "d"*))');
    expect(said('(a b) OR (c d)')).toBe('Sentences or notes with “a” and “b”, or with “c” and “d”.');
    expect(fts('a | b')).toBe('("a"* OR "b"*)');
    // Only OR in capitals is an operator: "or" is a word.
    expect(fts('war or peace')).toBe('("war"* AND "or"* AND "peace"*)');
  });

  it('leaves out words after a dash or NOT, from the whole query', () => {
    expect(fts('Russia -Turkey')).toBe('(("Russia"*) NOT ("Turkey"*))');
    expect(fts('Russia NOT Turkey')).toBe('(("Russia"*) NOT ("Turkey"*))');
    expect(fts('Russia OR Turkey -ceasefire -truce')).toBe('((("Russia"* OR "Turkey"*)) NOT ("ceasefire"* OR "truce"*))');
    expect(said('Russia OR Turkey -ceasefire')).toBe('Sentences or notes with “Russia” or “Turkey”, without “ceasefire”.');
    expect(said('a -(b OR c)')).toBe('Sentences or notes with “a”, without “b” or “c”.');
    expect(said('-(a b) c')).toBe('Sentences or notes with “c”, without both “a” and “b”.');
    // A dash inside a word joins it: "pro-Russian" is one phrase.
    expect(fts('pro-Russian')).toBe('"pro Russian"*');
  });

  it('matches a quoted phrase exactly, its words in order, unless a * follows it', () => {
    expect(fts('"denied it"')).toBe('"denied it"');
    expect(said('"denied it" Moscow')).toBe('Sentences or notes with the phrase “denied it” and “Moscow”.');
    expect(fts('"air campaign"*')).toBe('"air campaign"*');
    expect(fts('“curly quotes”')).toBe('"curly quotes"');
    expect(fts('"OR"')).toBe('"OR"');
  });

  it('takes a trailing * as the prefix it already is', () => {
    expect(fts('negotiat*')).toBe('"negotiat"*');
    expect(said('negotiat*')).toBe('Sentences or notes with “negotiat”.');
  });

  it('reads an abbreviation with its dots as one term, matched whole', () => {
    expect(fts('U.S. strikes')).toBe('("U S" AND "strikes"*)');
    expect(said('U.S. strikes e.g.')).toBe('Sentences or notes with “U.S.”, “strikes” and “e.g.”.');
    // Still being typed: a prefix.
    expect(fts('U.S')).toBe('"U S"*');
  });

  it('marks the words looked for, not those left out', () => {
    expect(readSearch('Russia OR "gas prices" -Turkey').marked).toEqual(['Russia', 'gas prices']);
  });

  it('reads letters and digits of any script, and drops what holds neither with a hint', () => {
    expect(fts('Déclarations تصريحات 日本語 2024')).toBe('("Déclarations"* AND "تصريحات"* AND "日本語"* AND "2024"*)');
    expect(fts('🔥 moscow')).toBe('"moscow"*');
    expect(hints('🔥 moscow')).toEqual(['“🔥” holds no letters or digits and was left out.']);
  });

  it('reads what FTS5 would refuse sensibly, and says what it left out or repaired', () => {
    const cases: [query: string, fts: string | null, hint: RegExp][] = [
      ['"unclosed phrase', '"unclosed phrase"*', /closing quote is missing/],
      ['a OR', '"a"*', /OR at the end was ignored/],
      ['OR a', '"a"*', /OR with none before it/],
      ['- a', '"a"*', /“-” on its own/],
      ['a -', '"a"*', /“-” on its own/],
      ['a NOT', '"a"*', /NOT with no word after it/],
      ['(a b', '("a"* AND "b"*)', /“\(” was not closed/],
      ['a) b', '("a"* AND "b"*)', /“\)” without its “\(”/],
      ['"" x', '"x"*', /Empty quotes/],
      ['a OR -b', '(("a"*) NOT ("b"*))', /OR before a word left out/],
      ['-a OR b', '(("b"*) NOT ("a"*))', /OR cannot join a word left out/],
      ['-a', null, /cannot only leave words out/],
      ['-a -b', null, /cannot only leave words out/],
      ['a OR (-b)', '"a"*', /side that only leaves words out/],
      ['NEAR(a b, 3)', '("NEAR"* AND "a"* AND "b"* AND "3"*)', /^$/],
      ['text:moscow ^x {y}', '("text moscow"* AND "x"* AND "y"*)', /^$/],
    ];
    for (const [query, expected, hint] of cases) {
      const reading = readSearch(query);
      expect(toFtsQuery(reading.query), query).toBe(expected);
      expect(reading.hints.join(' '), query).toMatch(hint);
    }
  });

  it('says there is nothing to look for when nothing can be searched', () => {
    expect(said('')).toBe('Nothing to look for yet: type a word.');
    expect(said('-ceasefire')).toBe('Nothing to look for: add a word to find.');
    expect(fts('()')).toBe(null);
    expect(fts('*')).toBe(null);
  });

  it('reads groups nested past eight levels without their parentheses', () => {
    const deep = `${'('.repeat(40)}a OR b${')'.repeat(40)} c`;
    expect(fts(deep)).toBe('(("a"* OR "b"*) AND "c"*)');
    expect(hints(deep)).toEqual(['Groups nested more than 8 deep were read without their parentheses.']);
  });

  it('quotes every term, so nothing typed reaches FTS5 as syntax (property)', () => {
    const pieces = fc.constantFrom('"', '“', '*', '(', ')', ':', '^', '-', '−', '+', '{', '}', ',', "'", ' ', '|', 'NEAR', 'OR', 'AND', 'NOT', 'or', 'text', 'moscow', 'U.S.', 'é', '\u0301', '🔥');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: pieces, maxLength: 16 }), fc.string({ maxLength: 30 })), (query) => {
        const reading = readSearch(query);
        const compiled = toFtsQuery(reading.query);
        expect(reading.description).toMatch(/\.$/);
        if (compiled === null) return;
        // Outside quoted terms only the operators, parentheses, stars and spaces this module writes.
        const outside = compiled.replace(/"(?:[^"]|"")*"/g, '');
        expect(outside).toMatch(/^(?:[()* ]|AND|OR|NOT)*$/);
      }),
      { numRuns: 400 },
    );
  });
});
