import { describe, expect, it } from 'vitest';
import { oneSentence } from './messages';

describe('a message shown to the researcher', () => {
  it('keeps only the first line, so a stack trace never reaches the screen', () => {
    expect(oneSentence('The file is empty.\n    at readTextFile (db/text-file.ts:12:3)')).toBe('The file is empty.');
  });

  it('drops an exception class name', () => {
    expect(oneSentence('TypeError: Failed to fetch')).toBe('Failed to fetch');
    expect(oneSentence('Error: disk full')).toBe('disk full');
  });

  it('clips a very long message', () => {
    const text = oneSentence('x'.repeat(1000));
    expect(text.length).toBeLessThanOrEqual(280);
    expect(text.endsWith('…')).toBe(true);
  });

  it('says something when there is nothing to say', () => {
    expect(oneSentence('   \n  ')).toBe('Something went wrong; try again.');
  });
});
