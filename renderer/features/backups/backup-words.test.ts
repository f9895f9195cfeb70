import { describe, expect, it } from 'vitest';
import { countInWords, sizeInWords, whenInWords } from './backup-words';

describe('a backup in words', () => {
  // Local times, so the test reads the same in every time zone.
  const now = new Date(2026, 11, 1, 15, 30);

  it('names today and yesterday, then the weekday, then the year', () => {
    expect(whenInWords(new Date(2026, 11, 1, 10, 15).toISOString(), now, 'en-GB')).toBe('Today, 10:15');
    expect(whenInWords(new Date(2026, 10, 30, 23, 5).toISOString(), now, 'en-GB')).toBe('Yesterday, 23:05');
    expect(whenInWords(new Date(2026, 10, 24, 9, 0).toISOString(), now, 'en-GB')).toBe('Tue 24 Nov, 09:00');
    expect(whenInWords(new Date(2025, 10, 24, 9, 0).toISOString(), now, 'en-GB')).toBe('24 Nov 2025, 09:00');
  });

  it('gives sizes and counts as a researcher reads them', () => {
    expect(sizeInWords(900)).toBe('900 bytes');
    expect(sizeInWords(94_208)).toBe('92 KB');
    expect(sizeInWords(52_428_800)).toBe('50.0 MB');
    expect(countInWords(1, 'tag')).toBe('1 tag');
    expect(countInWords(1500, 'sentence', 'en')).toBe('1,500 sentences');
    expect(countInWords(null, 'tag')).toBe('tags unknown');
  });
});
