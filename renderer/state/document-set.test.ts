import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../electron/contract';
import { documentSet, scopeName, scopePhrase, scopeTotals } from './document-set';
import type { ScopeKind } from './workspace-state';

function doc(id: number, sentenceCount: number, taggedCount: number): DocumentSummary {
  return {
    id, title: `Story ${id}`, outlet: null, author: null, publishedOn: null, url: null, language: null, attributes: [],
    sourceName: null, importedAt: '2026-01-05T09:00:00.000Z', sentenceCount, paragraphCount: 1, taggedCount, noteCount: 0,
  };
}

const documents = [doc(1, 10, 2), doc(2, 20, 5), doc(3, 30, 0)];
const state = (kind: ScopeKind, chosen: number[] = []) => ({ scope: { kind, chosen }, documentId: 2, documents });

describe('the documents in scope', () => {
  it('is the whole notebook, the open document, or the ticked documents the notebook still holds', () => {
    expect(documentSet(state('notebook'))).toBeNull();
    expect(documentSet(state('document'))).toEqual([2]);
    expect(documentSet(state('selection', [3, 1, 8]))).toEqual([1, 3]);
  });

  it('names what the counts count', () => {
    expect(scopePhrase(state('document'))).toBe('this document');
    expect(scopePhrase(state('notebook'))).toBe('the notebook');
    expect(scopePhrase(state('selection', [1, 3]))).toBe('the selection (2 documents)');
    expect(scopeName(state('selection', [3]))).toBe('1 document');
  });

  it('adds up sentences and tagged sentences over the scope', () => {
    expect(scopeTotals(state('notebook'))).toEqual({ sentences: 60, tagged: 7, documents: 3 });
    expect(scopeTotals(state('selection', [1, 3]))).toEqual({ sentences: 40, tagged: 2, documents: 2 });
    expect(scopeTotals(state('document'))).toEqual({ sentences: 20, tagged: 5, documents: 1 });
  });
});
