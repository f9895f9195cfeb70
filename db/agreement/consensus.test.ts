import { afterEach, describe, expect, it } from 'vitest';
import { openAs } from '../exchange/refi-test-study';
import type { Notebook } from '../notebook';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { CONSENSUS_CODER } from './domain';
import { twoCoderStudy } from './test-study';

const folder = useTemporaryFolder();
const open: Notebook[] = [];
afterEach(() => {
  for (const notebook of open.splice(0)) notebook.close();
});

function study(): Notebook {
  const notebook = openAs(twoCoderStudy(folder()), 'ana', Date.UTC(2026, 0, 7, 9, 0, 0));
  open.push(notebook);
  return notebook;
}

/** The consensus on each disagreement about Claims, by sentence number. */
const consensusOnClaims = (notebook: Notebook) =>
  notebook.disagreements({ themeId: notebook.findTheme('Claims').id }).disagreements.map((d) => [d.sentenceNumber, d.consensus]);

const consensusTags = (notebook: Notebook) => notebook.coders().find((c) => c.name === CONSENSUS_CODER)?.tags ?? 0;

describe('settling a disagreement', () => {
  it('writes the kept coder’s answer for the consensus, as one change undo takes back and redo replays', () => {
    const notebook = study();
    const claims = notebook.findTheme('Claims').id;
    const outcome = notebook.settle({ sentenceId: notebook.sentenceId(1, 3), themeIds: [claims], keep: ['ben'] });
    expect(outcome).toEqual([{ themeId: claims, present: true }]);
    expect(consensusOnClaims(notebook)).toEqual([[2, null], [3, true]]);
    expect(consensusTags(notebook)).toBe(1);
    expect(notebook.historyState().undoLabel).toBe('Settle sentence 3 of ‘Report’ on Claims: keep ben’s');
    notebook.undo();
    expect(consensusOnClaims(notebook)).toEqual([[2, null], [3, null]]);
    expect(consensusTags(notebook)).toBe(0);
    notebook.redo();
    expect(consensusOnClaims(notebook)).toEqual([[2, null], [3, true]]);
    expect(consensusTags(notebook)).toBe(1);
  });

  it('records a settling on neither, which writes no tag, and undoes it too', () => {
    const notebook = study();
    notebook.settle({ sentenceId: notebook.sentenceId(1, 2), themeIds: [notebook.findTheme('Claims').id], keep: [] });
    expect(consensusOnClaims(notebook)).toEqual([[2, false], [3, null]]);
    expect(consensusTags(notebook)).toBe(0);
    expect(notebook.historyState().undoLabel).toMatch(/: keep neither$/);
    notebook.undo();
    expect(consensusOnClaims(notebook)).toEqual([[2, null], [3, null]]);
  });

  it('keeps the union of several coders’ tags, theme by theme', () => {
    const notebook = study();
    const [claims, missiles, trade] = ['Claims', 'Missiles', 'Trade'].map((name) => notebook.findTheme(name).id);
    const outcome = notebook.settle({ sentenceId: notebook.sentenceId(1, 2), themeIds: [claims!, missiles!, trade!], keep: ['ana', 'ben'] });
    expect(outcome).toEqual([
      { themeId: claims, present: true },
      { themeId: missiles, present: true },
      { themeId: trade, present: false },
    ]);
    expect(consensusTags(notebook)).toBe(2);
    // One change for the three themes.
    notebook.undo();
    expect(consensusTags(notebook)).toBe(0);
  });

  it('replaces the answer when settled again, each settling its own step', () => {
    const notebook = study();
    const claims = notebook.findTheme('Claims').id;
    const sentenceId = notebook.sentenceId(1, 3);
    notebook.settle({ sentenceId, themeIds: [claims], keep: ['ben'] });
    notebook.settle({ sentenceId, themeIds: [claims], keep: ['ana'] });
    expect(consensusOnClaims(notebook)).toEqual([[2, null], [3, false]]);
    expect(consensusTags(notebook)).toBe(0);
    notebook.undo();
    expect(consensusOnClaims(notebook)).toEqual([[2, null], [3, true]]);
    notebook.undo();
    expect(consensusOnClaims(notebook)).toEqual([[2, null], [3, null]]);
  });

  it('leaves the consensus out of the coders compared unless it is named', () => {
    const notebook = study();
    notebook.settle({ sentenceId: notebook.sentenceId(1, 3), themeIds: [notebook.findTheme('Claims').id], keep: ['ben'] });
    expect(notebook.agreement({ all: true }).coders).toEqual(['ana', 'ben']);
    const withConsensus = notebook.agreement({ all: true, coders: ['ben', CONSENSUS_CODER] });
    expect(withConsensus.themes[0]!.tagged).toEqual([2, 1]);
  });

  it('refuses an unknown coder, the consensus itself, a missing sentence or theme, and changes nothing', () => {
    const notebook = study();
    const claims = notebook.findTheme('Claims').id;
    const sentenceId = notebook.sentenceId(1, 3);
    const before = notebook.historyState();
    expect(() => notebook.settle({ sentenceId, themeIds: [claims], keep: ['cem'] })).toThrow('No coder named "cem" has coded in this notebook.');
    expect(() => notebook.settle({ sentenceId, themeIds: [claims], keep: [CONSENSUS_CODER] })).toThrow(/is where it is kept/);
    expect(() => notebook.settle({ sentenceId: 99_999, themeIds: [claims], keep: ['ana'] })).toThrow(/no sentence/);
    expect(() => notebook.settle({ sentenceId, themeIds: [999], keep: ['ana'] })).toThrow(/no theme 999/);
    expect(() => notebook.settle({ sentenceId, themeIds: [], keep: ['ana'] })).toThrow(/Choose a theme/);
    expect(notebook.historyState()).toEqual(before);
  });
});
