import { describe, expect, it } from 'vitest';
import type { RetrievedSentence } from '../../electron/contract';
import { Retrieval } from './retrieval';

const summary = {
  total: 5,
  documents: [
    { documentId: 3, title: 'Moscow denies', count: 2 },
    { documentId: 8, title: 'Ankara deadline', count: 3 },
  ],
};

function sentence(index: number): RetrievedSentence {
  return { sentenceId: 100 + index, documentId: index < 2 ? 3 : 8, number: index + 1, text: `S${index}`, before: null, after: null, themeIds: [], note: null };
}

describe('a retrieval as the Retrieve view lists it', () => {
  it('puts a heading before each document’s sentences, from the counts alone', () => {
    const retrieval = new Retrieval(summary, async () => null);
    expect(retrieval.rowCount).toBe(7);
    const rows = Array.from({ length: 7 }, (_, row) => retrieval.rowAt(row));
    expect(rows.map((r) => (r?.kind === 'document' ? `# ${r.title} (${r.count})` : `${r?.documentId}:${r?.kind === 'sentence' ? r.index : ''}`))).toEqual([
      '# Moscow denies (2)', '3:0', '3:1', '# Ankara deadline (3)', '8:2', '8:3', '8:4',
    ]);
    expect(retrieval.rowAt(7)).toBeUndefined();
    expect(retrieval.headingRow(1)).toBe(3);
  });

  it('fetches only the pages the rows in view need, once each, and shows their sentences', async () => {
    const asked: number[] = [];
    const retrieval = new Retrieval(summary, async (offset, limit) => {
      asked.push(offset);
      return { total: 5, offset, sentences: Array.from({ length: Math.min(limit, 5 - offset) }, (_, i) => sentence(offset + i)) };
    }, 2);
    let notified = 0;
    retrieval.subscribe(() => (notified += 1));
    retrieval.ensureRows(4, 5);
    retrieval.ensureRows(4, 5);
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked).toEqual([2]);
    expect(notified).toBe(1);
    const row = retrieval.rowAt(5);
    expect(row?.kind === 'sentence' ? row.sentence?.text : null).toBe('S3');
    expect(retrieval.rowAt(1)?.kind === 'sentence' ? (retrieval.rowAt(1) as { sentence: unknown }).sentence : 'x').toBeUndefined();
  });
});
