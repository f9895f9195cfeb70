/**
 * Where ] and [ go: the next or previous match in the open document, then on
 * into the next or previous document of the scope that has any, wrapping
 * round at the end of the scope.
 */
import { nextMatch } from './selection';

/** A document of the scope and how many matches it holds; listed in reading order (by document id). */
export interface DocumentMatches {
  documentId: number;
  count: number;
}

export type MatchStep =
  /** A sentence of the open document; `wrapped` when it went round from one end to the other. */
  | { kind: 'here'; number: number; wrapped: boolean }
  /** Another document, at its first (going on) or last (going back) match; `wrapped` when it went round the scope. */
  | { kind: 'document'; documentId: number; edge: 'first' | 'last'; wrapped: boolean };

/**
 * @param here the open document's matches, ascending
 * @param focus the selected sentence's number (0 when none)
 * @param across the scope's documents with matches, or null when ] stays in the open document
 * @param current the open document
 */
export function stepMatches(
  here: readonly number[],
  focus: number,
  by: 1 | -1,
  across: readonly DocumentMatches[] | null,
  current: number,
): MatchStep | null {
  const inDocument = nextMatch(here, focus, by);
  if (inDocument && !inDocument.wrapped) return { kind: 'here', number: inDocument.number, wrapped: false };
  if (across === null) return inDocument ? { kind: 'here', number: inDocument.number, wrapped: true } : null;
  const others = across.filter((d) => d.count > 0);
  const onward = by === 1 ? others.find((d) => d.documentId > current) : [...others].reverse().find((d) => d.documentId < current);
  if (onward) return { kind: 'document', documentId: onward.documentId, edge: by === 1 ? 'first' : 'last', wrapped: false };
  // Round the scope: back to its first document (or on to its last), which may be this one.
  const round = by === 1 ? others[0] : others[others.length - 1];
  if (!round || round.documentId === current) return inDocument ? { kind: 'here', number: inDocument.number, wrapped: true } : null;
  return { kind: 'document', documentId: round.documentId, edge: by === 1 ? 'first' : 'last', wrapped: true };
}
