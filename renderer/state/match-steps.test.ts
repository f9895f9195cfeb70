import { describe, expect, it } from 'vitest';
import { stepMatches } from './match-steps';

const across = [
  { documentId: 2, count: 3 },
  { documentId: 5, count: 1 },
  { documentId: 9, count: 4 },
];

describe('stepping through matches across documents', () => {
  it('goes to the next match in the open document while there is one', () => {
    expect(stepMatches([3, 7, 12], 3, 1, across, 5)).toEqual({ kind: 'here', number: 7, wrapped: false });
    expect(stepMatches([3, 7, 12], 7, -1, across, 5)).toEqual({ kind: 'here', number: 3, wrapped: false });
  });

  it('moves on to the next document with matches after the last one here, at its first match', () => {
    expect(stepMatches([3, 7, 12], 12, 1, across, 5)).toEqual({ kind: 'document', documentId: 9, edge: 'first', wrapped: false });
  });

  it('goes back to the previous document, at its last match, before the first one here', () => {
    expect(stepMatches([3, 7, 12], 3, -1, across, 5)).toEqual({ kind: 'document', documentId: 2, edge: 'last', wrapped: false });
  });

  it('leaves a document without matches for the next one that has some, even outside the list', () => {
    expect(stepMatches([], 4, 1, across, 3)).toEqual({ kind: 'document', documentId: 5, edge: 'first', wrapped: false });
    expect(stepMatches([], 0, 1, [{ documentId: 2, count: 0 }, { documentId: 7, count: 2 }], 1)).toMatchObject({ documentId: 7 });
  });

  it('wraps round the scope from its last document to its first', () => {
    expect(stepMatches([1, 4], 4, 1, across, 9)).toEqual({ kind: 'document', documentId: 2, edge: 'first', wrapped: true });
    expect(stepMatches([1], 1, -1, across, 2)).toEqual({ kind: 'document', documentId: 9, edge: 'last', wrapped: true });
  });

  it('wraps within the document when it is the only one with matches', () => {
    expect(stepMatches([2, 6], 6, 1, [{ documentId: 4, count: 2 }], 4)).toEqual({ kind: 'here', number: 2, wrapped: true });
  });

  it('stays in the open document when the scope is that document', () => {
    expect(stepMatches([2, 6], 6, 1, null, 4)).toEqual({ kind: 'here', number: 2, wrapped: true });
    expect(stepMatches([], 1, 1, null, 4)).toBeNull();
  });

  it('finds nothing when no document of the scope has a match', () => {
    expect(stepMatches([], 1, 1, [], 4)).toBeNull();
  });
});
