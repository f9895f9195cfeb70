import { describe, expect, it } from 'vitest';
import { contentHash, normaliseLineEndings, normalisedOffsets } from './content-hash';

describe('a content hash', () => {
  it('is the SHA-256 of the text, in hex', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('is the same for a text saved with Windows, old Mac or Unix line endings', () => {
    const unix = 'One line.\n\nAnother one.\n';
    expect(contentHash('One line.\r\n\r\nAnother one.\r\n')).toBe(contentHash(unix));
    expect(contentHash('One line.\r\rAnother one.\r')).toBe(contentHash(unix));
  });

  it('tells texts apart that differ in anything but line endings', () => {
    expect(contentHash('One line.')).not.toBe(contentHash('One line. '));
    expect(contentHash('One line.')).not.toBe(contentHash('one line.'));
  });
});

describe('offsets onto the normalised text', () => {
  it('land on the same characters once carriage returns before them are dropped', () => {
    const text = 'First.\r\n\r\nSecond sentence.\r\nThird.';
    const normal = normaliseLineEndings(text);
    const map = normalisedOffsets(text);
    for (const word of ['First.', 'Second sentence.', 'Third.']) {
      const start = text.indexOf(word);
      expect(normal.slice(map(start), map(start + word.length))).toBe(word);
    }
  });

  it('leave a text without carriage returns as it is', () => {
    const map = normalisedOffsets('No returns here.\nNone.');
    expect([0, 5, 17, 22].map(map)).toEqual([0, 5, 17, 22]);
  });
});
