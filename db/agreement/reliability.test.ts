import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cohensKappa,
  krippendorffsAlpha,
  percentAgreement,
  tallyCohensKappa,
  tallyKrippendorffsAlpha,
  tallyOf,
  tallyPercentAgreement,
  type ReliabilityTable,
} from './reliability';

/** Units as rows, coders as columns. */
const transpose = (byCoder: (number | null)[][]): (number | null)[][] => byCoder[0]!.map((_, u) => byCoder.map((coder) => coder[u]!));

describe("Krippendorff's alpha, nominal", () => {
  it('gives 0.743 on Krippendorff\'s worked example: four observers, twelve units, missing values', () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: nominal data, any number of observers, missing data.
    const _ = null;
    const table = transpose([
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ]);
    expect(krippendorffsAlpha(table)).toBeCloseTo(0.743, 3);
  });

  it('is null when the pairable judgements do not vary, and ignores units with one judgement', () => {
    expect(krippendorffsAlpha([[true, true], [true, true], [false, null]])).toBeNull();
    expect(krippendorffsAlpha([[true, null]])).toBeNull();
  });
});

describe("Cohen's kappa", () => {
  it('gives 0.40 for 20 agreeing yes, 5 and 10 disagreeing, 15 agreeing no, over 50 items', () => {
    const table: ReliabilityTable = [
      ...Array.from({ length: 20 }, () => [true, true]),
      ...Array.from({ length: 5 }, () => [true, false]),
      ...Array.from({ length: 10 }, () => [false, true]),
      ...Array.from({ length: 15 }, () => [false, false]),
    ];
    expect(cohensKappa(table)).toBeCloseTo(0.4, 10);
    expect(percentAgreement(table)).toBeCloseTo(0.7, 10);
  });

  it('is null when both coders gave one and the same value throughout, and counts only units both judged', () => {
    expect(cohensKappa([[false, false], [false, false]])).toBeNull();
    expect(cohensKappa([[true, true], [false, false], [true, null]])).toBe(1);
  });
});

describe('percent agreement', () => {
  it('is the share of agreeing pairs of judgements over units judged at least twice', () => {
    expect(percentAgreement([[1, 1, 2], [3, 3, 3], [4, null, null]])).toBeCloseTo(4 / 6, 10);
    expect(percentAgreement([[1, null]])).toBeNull();
  });
});

/** Two to five coders' present/absent judgements of some units, with at least one of each value. */
const judgements = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 30 }))
  .chain(([coders, units]) => fc.array(fc.array(fc.option(fc.boolean(), { nil: null, freq: 5 }), { minLength: coders, maxLength: coders }), { minLength: units, maxLength: units }));

const shuffle = <T,>(items: readonly T[], seed: number): T[] => {
  const copy = [...items];
  let state = seed || 1;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    state = (state * 48271) % 2147483647;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
};

describe('properties', () => {
  it('perfect agreement with some variation gives 1 for kappa and alpha', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 2, maxLength: 40 }).filter((v) => v.includes(true) && v.includes(false)), fc.integer({ min: 2, max: 5 }), (values, coders) => {
        const table = values.map((v) => Array.from({ length: coders }, () => v));
        expect(krippendorffsAlpha(table)).toBeCloseTo(1, 10);
        expect(percentAgreement(table)).toBe(1);
        expect(cohensKappa(table)).toBeCloseTo(1, 10);
      }),
    );
  });

  it('alpha and kappa do not change when the coders or the units are put in another order', () => {
    fc.assert(
      fc.property(judgements, fc.integer({ min: 1, max: 1_000_000 }), (table, seed) => {
        const coderOrder = shuffle(table[0]!.map((_, i) => i), seed);
        const reordered = shuffle(table, seed + 1).map((unit) => coderOrder.map((i) => unit[i]!));
        const alpha = krippendorffsAlpha(table);
        const again = krippendorffsAlpha(reordered);
        if (alpha === null) expect(again).toBeNull();
        else expect(again).toBeCloseTo(alpha, 9);
        // Kappa is for two coders: swap them, and shuffle the units.
        type Pair = [boolean | null, boolean | null];
        const two = table.map((unit): Pair => [unit[0] ?? null, unit[1] ?? null]);
        const swapped = shuffle(two, seed).map(([a, b]): Pair => [b, a]);
        const kappa = cohensKappa(two);
        const swappedKappa = cohensKappa(swapped);
        if (kappa === null) expect(swappedKappa).toBeNull();
        else expect(swappedKappa).toBeCloseTo(kappa, 9);
      }),
    );
  });

  it('alpha and kappa never exceed 1', () => {
    fc.assert(
      fc.property(judgements, (table) => {
        expect(krippendorffsAlpha(table) ?? 1).toBeLessThanOrEqual(1 + 1e-12);
        expect(cohensKappa(table) ?? 1).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('are the same over a tally of the distinct rows as over the whole table', () => {
    const same = (a: number | null, b: number | null) => (a === null ? expect(b).toBeNull() : expect(b).toBeCloseTo(a, 9));
    fc.assert(
      fc.property(judgements, (table) => {
        const tally = tallyOf(table);
        expect(tally.reduce((sum, row) => sum + row.count, 0)).toBe(table.length);
        same(percentAgreement(table), tallyPercentAgreement(tally));
        same(cohensKappa(table), tallyCohensKappa(tally));
        same(krippendorffsAlpha(table), tallyKrippendorffsAlpha(tally));
      }),
    );
  });
});
