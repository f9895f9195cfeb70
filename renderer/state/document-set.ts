/**
 * The documents the filter, search, the overview and Retrieve work over, as
 * ids for the store (null: the whole notebook), and how the screen names them.
 *
 * Documents picked by their details are found with the store's own predicate,
 * over the documents list the screen already holds, so the set follows every
 * edit of a detail, import and removal without asking the notebook again.
 */
import { describeFilter, matchesFilter, type DocumentSummary } from '../../electron/contract';
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
    case 'details':
      return documentsWithDetails(s.scope, s.documents).map((d) => d.id);
  }
}

/** The documents whose details meet the scope's conditions, in the notebook's order. */
export function documentsWithDetails(scope: Scope, documents: readonly DocumentSummary[]): DocumentSummary[] {
  return documents.filter((d) => matchesFilter(d, scope.details));
}

const count = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'document' : 'documents'}`;

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
    case 'selection':
      return `the selection (${count(chosenDocuments(s.scope, s.documents).length)})`;
    case 'details':
      return `the documents with ${describeFilter(s.scope.details)} (${count(documentsWithDetails(s.scope, s.documents).length)})`;
  }
}

/** The toolbar's short name for the scope. */
export function scopeName(s: ScopeState): string {
  switch (s.scope.kind) {
    case 'document':
      return 'This document';
    case 'notebook':
      return 'Notebook';
    case 'selection':
      return count(chosenDocuments(s.scope, s.documents).length);
    case 'details': {
      const described = describeFilter(s.scope.details);
      const short = described.length > 22 ? `${described.slice(0, 21).trimEnd()}…` : described;
      return `${short} (${documentsWithDetails(s.scope, s.documents).length.toLocaleString()})`;
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
