import { describe, expect, it } from 'vitest';
import { recallPlace, rememberPlace } from './place-memory';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('the place remembered per notebook', () => {
  it('gives back the document and sentence last remembered for that notebook only', () => {
    const storage = memoryStorage();
    rememberPlace('/a/Study.themata', { documentId: 2, sentence: 14 }, storage);
    rememberPlace('/a/Study.themata', { documentId: 3, sentence: 7 }, storage);
    rememberPlace('/b/Other.themata', { documentId: 1, sentence: 1 }, storage);
    expect(recallPlace('/a/Study.themata', storage)).toEqual({ documentId: 3, sentence: 7 });
    expect(recallPlace('/c/New.themata', storage)).toBeNull();
  });

  it('ignores what it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem('themata.place:/a/Study.themata', '{"documentId":"x"}');
    expect(recallPlace('/a/Study.themata', storage)).toBeNull();
    storage.setItem('themata.place:/a/Study.themata', 'not json');
    expect(recallPlace('/a/Study.themata', storage)).toBeNull();
  });
});
