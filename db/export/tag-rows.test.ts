import { describe, expect, it } from 'vitest';
import { useTemporaryFolder } from '../test-support/temporary-notebook';
import { ASTRAL, rowsOf, study } from './table-test-support';

describe('tag rows', () => {
  const folder = useTemporaryFolder();

  it('gives one row per sentence × theme with its coder and time, in document, sentence and codebook order', () => {
    const { notebook, themes, documents } = study(folder());
    const rows = rowsOf(notebook, { includeNotes: true, includeUntaggedNotes: false });
    expect(rows.map((r) => [r.documentId, r.sentence, r.themeId, r.coder])).toEqual([
      [documents.first.id, 1, themes.claims.id, 'ben'],
      [documents.first.id, 1, themes.missile.id, 'ana'],
      [documents.first.id, 1, themes.trade.id, 'ana'],
      [documents.first.id, 3, themes.missile.id, 'ana'],
      [documents.second.id, 1, themes.claims.id, 'ben'],
      [documents.second.id, 2, themes.trade.id, 'ben'],
    ]);
    expect(rows[4]!.taggedAt).toMatch(/^2026-02-01T/);
    // Each row carries its own coder's note: Ana's note is on her rows, not on Ben's.
    expect(rows.slice(0, 3).map((r) => r.note)).toEqual([null, 'Check the 🚀 count', 'Check the 🚀 count']);
    notebook.close();
  });

  it('counts offsets in code points, so an astral character is one', () => {
    const { notebook } = study(folder());
    const rows = rowsOf(notebook, { includeNotes: true });
    const points = [...ASTRAL];
    for (const row of rows.filter((r) => r.documentId === rows[0]!.documentId)) {
      expect(points.slice(row.start, row.end).join('')).toBe(row.text);
    }
    const third = rows.find((r) => r.sentence === 3)!;
    // "Rockets 🚀 fell on 𝔸-town. Officials denied it. " is 48 code points and 50 UTF-16 units.
    expect(third.start).toBe(ASTRAL.indexOf('Talks') - 2);
    notebook.close();
  });

  it('adds a row with no theme for a note on an untagged sentence only when asked', () => {
    const { notebook } = study(folder());
    const withNotes = rowsOf(notebook, { includeNotes: true, includeUntaggedNotes: true });
    const untagged = withNotes.filter((r) => r.themeId === null);
    expect(untagged).toEqual([expect.objectContaining({ sentence: 2, note: 'Denial, "quoted", no theme', coder: 'ana', taggedAt: null })]);
    expect(rowsOf(notebook, { includeNotes: true, includeUntaggedNotes: false }).some((r) => r.themeId === null)).toBe(false);
    const noNotes = rowsOf(notebook, { includeNotes: false, includeUntaggedNotes: true });
    expect(noNotes.every((r) => r.note === null && r.themeId !== null)).toBe(true);
    notebook.close();
  });

  it('gives one coder’s tags and notes alone when asked, as an export of the consensus coder does', () => {
    const { notebook, themes } = study(folder());
    const rows = rowsOf(notebook, { includeNotes: true, coder: 'ben' });
    expect(rows.map((r) => [r.sentence, r.themeId, r.coder, r.note])).toEqual([
      [1, themes.claims.id, 'ben', null],
      [1, themes.claims.id, 'ben', null],
      [2, themes.trade.id, 'ben', null],
    ]);
    expect(rowsOf(notebook, { includeNotes: true, coder: 'ana' }).every((r) => r.coder === 'ana')).toBe(true);
    expect(() => rowsOf(notebook, { includeNotes: true, coder: 'nobody' })).toThrow(/No coder named “nobody”/);
    notebook.close();
  });

  it('keeps to the themes chosen and leaves out removed documents', () => {
    const { notebook, themes } = study(folder());
    const rows = rowsOf(notebook, { includeNotes: true, themeIds: [themes.trade.id] });
    expect(rows.map((r) => r.themeId)).toEqual([themes.trade.id, themes.trade.id]);
    expect(rows.some((r) => r.text === 'Removed soon.')).toBe(false);
    notebook.close();
  });

  it('refuses an empty or unknown choice of themes with one clear message', () => {
    const { notebook } = study(folder());
    expect(() => rowsOf(notebook, { includeNotes: true, themeIds: [] })).toThrow('Choose at least one theme to export.');
    expect(() => rowsOf(notebook, { includeNotes: true, themeIds: [999] })).toThrow('There is no theme 999 in this notebook.');
    notebook.close();
  });
});
