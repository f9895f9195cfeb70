import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../electron/contract';
import { documentSet, scopeName, scopePhrase, scopeTotals } from './document-set';
import type { DocumentFilter } from '../../electron/contract';
import type { ScopeKind } from './workspace-state';

function doc(id: number, sentenceCount: number, taggedCount: number): DocumentSummary {
  return {
    id, title: `Story ${id}`, outlet: null, author: null, publishedOn: null, url: null, language: null, attributes: [],
    sourceName: null, importedAt: '2026-01-05T09:00:00.000Z', sentenceCount, paragraphCount: 1, taggedCount, noteCount: 0, codedBy: [],
  };
}

const documents = [
  { ...doc(1, 10, 2), outlet: 'Reuters', attributes: [{ key: 'country', value: 'Russia' }] },
  { ...doc(2, 20, 5), outlet: 'TASS', publishedOn: '2017-04-08' },
  { ...doc(3, 30, 0), outlet: 'reuters', publishedOn: '2017-04-09', attributes: [{ key: 'country', value: 'Turkey' }] },
];
const state = (kind: ScopeKind, chosen: number[] = [], details: DocumentFilter = {}) => ({ scope: { kind, chosen, details }, documentId: 2, documents });

describe('the documents in scope', () => {
  it('is the whole notebook, the open document, or the ticked documents the notebook still holds', () => {
    expect(documentSet(state('notebook'))).toBeNull();
    expect(documentSet(state('document'))).toEqual([2]);
    expect(documentSet(state('selection', [3, 1, 8]))).toEqual([1, 3]);
  });

  it('is the documents whose details meet every condition, following the documents list as it changes', () => {
    expect(documentSet(state('details', [], { outlet: 'REUTERS' }))).toEqual([1, 3]);
    expect(documentSet(state('details', [], { outlet: 'Reuters', attributes: [{ key: 'Country', value: 'turkey' }] }))).toEqual([3]);
    expect(documentSet(state('details', [], { publishedFrom: '2017-04-01' }))).toEqual([2, 3]);
    expect(documentSet(state('details', [], { outlet: 'AP' }))).toEqual([]);
    const edited = { ...state('details', [], { outlet: 'TASS' }), documents: documents.map((d) => (d.id === 3 ? { ...d, outlet: 'TASS' } : d)) };
    expect(documentSet(edited)).toEqual([2, 3]);
  });

  it('names what the counts count', () => {
    expect(scopePhrase(state('document'))).toBe('this document');
    expect(scopePhrase(state('notebook'))).toBe('the notebook');
    expect(scopePhrase(state('selection', [1, 3]))).toBe('the selection (2 documents)');
    expect(scopeName(state('selection', [3]))).toBe('1 document');
    expect(scopePhrase(state('details', [], { outlet: 'Reuters' }))).toBe('the documents with outlet Reuters (2 documents)');
    expect(scopeName(state('details', [], { outlet: 'Reuters' }))).toBe('outlet Reuters (2)');
    expect(scopeName(state('details', [], { outlet: 'Reuters', attributes: [{ key: 'country', value: 'Turkey' }] }))).toBe('outlet Reuters, count… (1)');
  });

  it('adds up sentences and tagged sentences over the scope', () => {
    expect(scopeTotals(state('notebook'))).toEqual({ sentences: 60, tagged: 7, documents: 3 });
    expect(scopeTotals(state('selection', [1, 3]))).toEqual({ sentences: 40, tagged: 2, documents: 2 });
    expect(scopeTotals(state('document'))).toEqual({ sentences: 20, tagged: 5, documents: 1 });
    expect(scopeTotals(state('details', [], { outlet: 'reuters' }))).toEqual({ sentences: 40, tagged: 2, documents: 2 });
  });
});
