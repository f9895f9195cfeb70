import { describe, expect, it } from 'vitest';
import { ariaSort, CODEBOOK_ORDER, defaultCoders, keepOptions, nextSort, settledAs, settledPhrase, sortThemes, type SortableTheme } from './agreement-table';

function theme(name: string, figures: Partial<SortableTheme>): SortableTheme & { name: string } {
  return { name, units: 10, percentAgreement: 0.9, cohensKappa: 0.5, krippendorffsAlpha: 0.5, disagreements: 1, ...figures };
}

const table = [
  theme('Claims', { cohensKappa: 0.7, disagreements: 2, units: 12 }),
  theme('Missile claims', { cohensKappa: null, disagreements: 0 }),
  theme('Trade', { cohensKappa: 0.2, disagreements: 5 }),
  theme('Sources', { cohensKappa: 0.7, disagreements: 2 }),
];
const names = (rows: readonly { name: string }[]) => rows.map((r) => r.name);

describe('sorting the agreement table', () => {
  it('keeps the codebook order by theme, and turns it round', () => {
    expect(names(sortThemes(table, CODEBOOK_ORDER))).toEqual(['Claims', 'Missile claims', 'Trade', 'Sources']);
    expect(names(sortThemes(table, { column: 'theme', direction: 'descending' }))).toEqual(['Sources', 'Trade', 'Missile claims', 'Claims']);
  });

  it('sorts a figure either way, ties in codebook order and an undefined figure last both ways', () => {
    expect(names(sortThemes(table, { column: 'cohensKappa', direction: 'ascending' }))).toEqual(['Trade', 'Claims', 'Sources', 'Missile claims']);
    expect(names(sortThemes(table, { column: 'cohensKappa', direction: 'descending' }))).toEqual(['Claims', 'Sources', 'Trade', 'Missile claims']);
  });

  it('sorts by disagreements and units', () => {
    expect(names(sortThemes(table, { column: 'disagreements', direction: 'descending' }))).toEqual(['Trade', 'Claims', 'Sources', 'Missile claims']);
    expect(names(sortThemes(table, { column: 'units', direction: 'descending' }))[0]).toBe('Claims');
  });

  it('leaves the rows it was given as they were', () => {
    const before = names(table);
    sortThemes(table, { column: 'disagreements', direction: 'ascending' });
    expect(names(table)).toEqual(before);
  });

  it('starts a new column where it helps (weakest agreement, most disagreements) and turns the same column round', () => {
    expect(nextSort(CODEBOOK_ORDER, 'krippendorffsAlpha')).toEqual({ column: 'krippendorffsAlpha', direction: 'ascending' });
    expect(nextSort(CODEBOOK_ORDER, 'disagreements')).toEqual({ column: 'disagreements', direction: 'descending' });
    expect(nextSort({ column: 'disagreements', direction: 'descending' }, 'disagreements')).toEqual({ column: 'disagreements', direction: 'ascending' });
    expect(nextSort(CODEBOOK_ORDER, 'theme')).toEqual({ column: 'theme', direction: 'descending' });
  });

  it('says which heading sorts the table, for assistive technology', () => {
    const sort = { column: 'units', direction: 'descending' } as const;
    expect(ariaSort(sort, 'units')).toBe('descending');
    expect(ariaSort(sort, 'theme')).toBe('none');
  });
});

describe('settling a disagreement', () => {
  const two = [
    { coder: 'ana', present: true },
    { coder: 'ben', present: false },
  ];

  it("offers A's, B's, both and neither for two coders, each with what the consensus will hold", () => {
    expect(keepOptions(two)).toEqual([
      { label: 'Keep ana’s', keep: ['ana'], present: true },
      { label: 'Keep ben’s', keep: ['ben'], present: false },
      { label: 'Both', keep: ['ana', 'ben'], present: true },
      { label: 'Neither', keep: [], present: false },
    ]);
  });

  it('offers each coder and everyone’s with three coders', () => {
    const options = keepOptions([...two, { coder: 'cy', present: false }]);
    expect(options.map((o) => o.label)).toEqual(['Keep ana’s', 'Keep ben’s', 'Keep cy’s', 'Everyone’s', 'Neither']);
    expect(options[3]).toEqual({ label: 'Everyone’s', keep: ['ana', 'ben', 'cy'], present: true });
  });

  it('reads a settled sentence as what the consensus holds and whose answer that was', () => {
    expect(settledAs(two, null)).toBeNull();
    expect(settledPhrase(settledAs(two, true)!, 'Trade')).toBe('Settled: tagged Trade, as ana had it');
    expect(settledPhrase(settledAs(two, false)!, 'Trade')).toBe('Settled: not tagged Trade, as ben had it');
    expect(settledAs([...two, { coder: 'cy', present: false }], false)).toEqual({ present: false, alike: ['ben', 'cy'] });
  });

  it('compares by default the coders who marked documents as coded, never the consensus', () => {
    const coders = [
      { name: 'ana', tags: 4, codedDocuments: 1 },
      { name: 'ben', tags: 2, codedDocuments: 1 },
      { name: 'cy', tags: 3, codedDocuments: 0 },
      { name: 'Consensus', tags: 1, codedDocuments: 1 },
    ];
    expect(defaultCoders(coders, false, 'Consensus')).toEqual(['ana', 'ben']);
    expect(defaultCoders(coders, true, 'Consensus')).toEqual(['ana', 'ben', 'cy']);
  });
});
