import { describe, expect, it } from 'vitest';
import type { Sentence, SentencePage } from '../../electron/contract';
import { pageOf, SentenceStore } from './sentence-store';

function makeDocument(total: number, perParagraph = 3): Sentence[] {
  return Array.from({ length: total }, (_, i) => ({
    id: 1000 + i,
    documentId: 7,
    number: i + 1,
    paragraph: Math.floor(i / perParagraph),
    text: `Sentence ${i + 1}.`,
    start: 0,
    end: 0,
    themeIds: [],
    tags: [],
    note: null,
    otherNotes: [],
  }));
}

/** A notebook that answers page requests when told to. */
function notebook(sentences: Sentence[]) {
  const requests: { offset: number; limit: number; answer: () => void }[] = [];
  const fetchPage = (offset: number, limit: number) =>
    new Promise<SentencePage>((resolve) => {
      requests.push({
        offset,
        limit,
        answer: () => resolve({ documentId: 7, total: sentences.length, offset, sentences: sentences.slice(offset, offset + limit) }),
      });
    });
  return { requests, fetchPage };
}

describe('fetching a document a page at a time', () => {
  it('asks for a page once, however many rows need it', async () => {
    const { requests, fetchPage } = notebook(makeDocument(25));
    const store = new SentenceStore(7, 25, fetchPage, 10);
    const first = store.ensurePage(1);
    const second = store.ensurePage(1);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ offset: 10, limit: 10 });
    requests[0]!.answer();
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(store.get(11)?.text).toBe('Sentence 11.');
    expect(store.get(1)).toBeUndefined();
    expect(store.getSnapshot().layoutVersion).toBe(1);
  });

  it('does not ask for pages past the end', async () => {
    const { requests, fetchPage } = notebook(makeDocument(25));
    const store = new SentenceStore(7, 25, fetchPage, 10);
    expect(await store.ensurePage(3)).toBe(false);
    expect(requests).toHaveLength(0);
  });

  it('fetches every page a range spans', async () => {
    const { requests, fetchPage } = notebook(makeDocument(25));
    const store = new SentenceStore(7, 25, fetchPage, 10);
    const done = store.ensureRange(8, 22);
    expect(requests.map((r) => r.offset)).toEqual([0, 10, 20]);
    requests.forEach((r) => r.answer());
    expect(await done).toBe(true);
  });
});

describe('editing sentences on screen before the notebook confirms', () => {
  it('replaces a sentence without refetching and tells the reader', async () => {
    const { requests, fetchPage } = notebook(makeDocument(5));
    const store = new SentenceStore(7, 5, fetchPage, 10);
    const loaded = store.ensurePage(0);
    requests[0]!.answer();
    await loaded;
    const before = store.getSnapshot();
    store.replace([{ ...store.get(2)!, themeIds: [3] }]);
    expect(store.get(2)?.themeIds).toEqual([3]);
    expect(store.getSnapshot().dataVersion).toBe(before.dataVersion + 1);
    expect(store.getSnapshot().layoutVersion).toBe(before.layoutVersion);
  });

  it('keeps an edit made while the page was being fetched again', async () => {
    const { requests, fetchPage } = notebook(makeDocument(5));
    const store = new SentenceStore(7, 5, fetchPage, 10);
    const loaded = store.ensurePage(0);
    requests[0]!.answer();
    await loaded;
    const refreshed = store.refresh([0]);
    store.replace([{ ...store.get(1)!, themeIds: [9] }]);
    requests[1]!.answer();
    await refreshed;
    expect(store.get(1)?.themeIds).toEqual([9]);
  });

  it('keeps old text on screen while an undo refreshes the page', async () => {
    const sentences = makeDocument(5);
    const { requests, fetchPage } = notebook(sentences);
    const store = new SentenceStore(7, 5, fetchPage, 10);
    const loaded = store.ensurePage(0);
    requests[0]!.answer();
    await loaded;
    sentences[0] = { ...sentences[0]!, themeIds: [1] };
    const refreshed = store.refresh([0]);
    expect(store.get(1)?.themeIds).toEqual([]);
    requests[1]!.answer();
    await refreshed;
    expect(store.get(1)?.themeIds).toEqual([1]);
  });
});

describe('pages', () => {
  it('knows which page holds a sentence', () => {
    expect(pageOf(1, 5)).toBe(0);
    expect(pageOf(5, 5)).toBe(0);
    expect(pageOf(6, 5)).toBe(1);
  });
});
