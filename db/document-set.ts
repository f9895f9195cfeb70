import type { NotebookContext } from './context';
import { documentSpans, type DocumentSpan } from './document-spans';
import { NotebookError } from './notebook-error';

/**
 * The documents a read works over: every visible document (null), or the ones
 * a researcher chose. Chosen ids are kept in the notebook's order; removed
 * documents drop out, as they do from every count.
 */
export type DocumentSet = readonly number[] | null;

/**
 * The spans of the documents in the set that have sentences, in sentence id
 * order. An id that names no document is refused; one that names a removed
 * document is left out (the researcher's list may be a moment old).
 */
export function spansInSet(ctx: NotebookContext, set: DocumentSet): DocumentSpan[] {
  const spans = documentSpans(ctx);
  if (set === null) return spans.filter((span) => !span.removed && span.first <= span.last);
  const chosen = new Set(set);
  const known = new Set(spans.map((span) => span.documentId));
  for (const id of chosen) {
    if (!known.has(id)) throw new NotebookError('not-found', `There is no document ${id} in this notebook.`);
  }
  return spans.filter((span) => chosen.has(span.documentId) && !span.removed && span.first <= span.last);
}

/**
 * Runs of consecutive sentence ids the spans cover: neighbouring documents
 * in the set join into one run, so the whole notebook (less a removed
 * document or two) is read as a few ranges rather than one per document.
 */
export function idRuns(spans: readonly DocumentSpan[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const span of spans) {
    const last = runs[runs.length - 1];
    if (last && span.first === last[1] + 1) last[1] = span.last;
    else runs.push([span.first, span.last]);
  }
  return runs;
}

/** The index of the span holding a sentence id, or -1; spans in id order. */
export function spanIndexOf(spans: readonly DocumentSpan[], sentenceId: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const span = spans[middle]!;
    if (sentenceId < span.first) high = middle - 1;
    else if (sentenceId > span.last) low = middle + 1;
    else return middle;
  }
  return -1;
}
