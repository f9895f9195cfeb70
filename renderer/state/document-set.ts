/**
 * The documents the filter, search, the overview and Retrieve work over, as
 * ids for the store (null: the whole notebook), and how the screen names them.
 *
 * A filter by document details (outlet, date, attributes) narrows the set
 * here: it is one more step in `documentSet`, after the kind of scope.
 */
import type { DocumentSummary } from '../../electron/contract';
import type { Scope, WorkspaceState } from './workspace-state';

type ScopeState = Pick<WorkspaceState, 'scope' | 'documentId' | 'documents'>;

/** The ids of the scope's documents, in the notebook's order; null for the whole notebook. */
export function documentSet(s: ScopeState): number[] | null {
  switch (s.scope.kind) {
    case 'notebook':
      return null;
    case 'document':
      return s.documentId === null ? [] : [s.documentId];
    case 'selection':
      return chosenDocuments(s.scope, s.documents).map((d) => d.id);
  }
}

/** The ticked documents the notebook still holds, in its order. */
export function chosenDocuments(scope: Scope, documents: readonly DocumentSummary[]): DocumentSummary[] {
  const chosen = new Set(scope.chosen);
  return documents.filter((d) => chosen.has(d.id));
}

/** Whether the scope reaches beyond the open document, so ] can move on to the next one. */
export function crossesDocuments(s: ScopeState): boolean {
  return s.scope.kind !== 'document';
}

/** "this document", "the selection (3 documents)", "the notebook": said next to every count. */
export function scopePhrase(s: ScopeState): string {
  switch (s.scope.kind) {
    case 'document':
      return 'this document';
    case 'notebook':
      return 'the notebook';
    case 'selection': {
      const count = chosenDocuments(s.scope, s.documents).length;
      return `the selection (${count.toLocaleString()} ${count === 1 ? 'document' : 'documents'})`;
    }
  }
}

/** The toolbar's short name for the scope. */
export function scopeName(s: ScopeState): string {
  switch (s.scope.kind) {
    case 'document':
      return 'This document';
    case 'notebook':
      return 'Notebook';
    case 'selection': {
      const count = chosenDocuments(s.scope, s.documents).length;
      return `${count.toLocaleString()} ${count === 1 ? 'document' : 'documents'}`;
    }
  }
}

/** Sentences and tagged sentences in the scope's documents, as the status bar counts them. */
export function scopeTotals(s: ScopeState): { sentences: number; tagged: number; documents: number } {
  const set = documentSet(s);
  const included = set === null ? s.documents : (() => {
    const ids = new Set(set);
    return s.documents.filter((d) => ids.has(d.id));
  })();
  let sentences = 0;
  let tagged = 0;
  for (const d of included) {
    sentences += d.sentenceCount;
    tagged += d.taggedCount;
  }
  return { sentences, tagged, documents: included.length };
}
