import { describe, expect, it } from 'vitest';
import { Judgements, type TagMark } from './judgements';
import { agreementReport } from './report';

const tags = (coder: string, themeId: number, sentenceIds: number[]): TagMark[] => sentenceIds.map((sentenceId) => ({ sentenceId, themeId, coder }));
const units = Array.from({ length: 10 }, (_, i) => i + 1);
const themes = [
  { id: 1, name: 'Claims', depth: 0 },
  { id: 2, name: 'Threats', depth: 0 },
  { id: 3, name: 'Counts', depth: 1 },
];

describe('the agreement report, two coders over ten sentences', () => {
  // Claims: both tag 1-3, ana alone 4, ben alone 5, neither 6-10.
  //   p = 8/10; chance = .4 × .4 + .6 × .6 = .52, so κ = (.8 - .52) / .48 = 0.5833.
  //   α: 20 values, 8 present, 12 absent, 4 disagreeing pairs: 1 - 19 × 4 / (2 × 8 × 12) = 0.6042.
  // Threats: ana alone tags 6. p = .9; chance = .9, so κ = 0; α = 1 - 19 × 2 / (2 × 1 × 19) = 0.
  // Counts: nobody tags it: p = 1, κ and α undefined.
  // Pooled (30 units): 27 alike; ana present 5, ben 4: chance = (5 × 4 + 25 × 26) / 900, κ = 14/23;
  //   α: 60 values, 9 present, 51 absent, 6 disagreeing pairs: 1 - 59 × 6 / (2 × 9 × 51).
  const judgements = new Judgements(['ana', 'ben'], [1, 2, 3], units, [
    ...tags('ana', 1, [1, 2, 3, 4]),
    ...tags('ben', 1, [1, 2, 3, 5]),
    ...tags('ana', 2, [6]),
  ]);
  const report = agreementReport(judgements, themes, 4, false);

  it('gives each theme its units, figures, disagreements and tag counts', () => {
    const [claims, threats, counts] = report.themes;
    expect(claims).toMatchObject({ themeId: 1, name: 'Claims', depth: 0, units: 10, disagreements: 2, tagged: [4, 4] });
    expect(claims!.percentAgreement).toBeCloseTo(0.8, 10);
    expect(claims!.cohensKappa).toBeCloseTo(0.28 / 0.48, 10);
    expect(claims!.krippendorffsAlpha).toBeCloseTo(1 - 76 / 192, 10);
    expect(threats).toMatchObject({ units: 10, disagreements: 1, tagged: [1, 0] });
    expect(threats!.percentAgreement).toBeCloseTo(0.9, 10);
    expect(threats!.cohensKappa).toBeCloseTo(0, 10);
    expect(threats!.krippendorffsAlpha).toBeCloseTo(0, 10);
    expect(counts).toMatchObject({ depth: 1, units: 10, percentAgreement: 1, cohensKappa: null, krippendorffsAlpha: null, disagreements: 0 });
  });

  it('pools every judgement for the overall figures, and means each over the themes where it is defined', () => {
    expect(report.overall.units).toBe(30);
    expect(report.overall.percentAgreement).toBeCloseTo(0.9, 10);
    expect(report.overall.cohensKappa).toBeCloseTo(14 / 23, 10);
    expect(report.overall.krippendorffsAlpha).toBeCloseTo(1 - 354 / 918, 10);
    expect(report.overall.mean.percentAgreement).toBeCloseTo(0.9, 10);
    expect(report.overall.mean.cohensKappa).toBeCloseTo((0.28 / 0.48 + 0) / 2, 10);
    expect(report.overall.mean.krippendorffsAlpha).toBeCloseTo((1 - 76 / 192 + 0) / 2, 10);
  });

  it('says who was compared over what', () => {
    expect(report).toMatchObject({ coders: ['ana', 'ben'], documents: 4, sentences: 10, all: false });
  });
});

describe('the agreement report, three coders', () => {
  it('leaves κ out and still gives α and percent agreement', () => {
    // One theme, four sentences: all three tag 1, ana and ben tag 2, nobody tags 3 and 4.
    // Pairs: 3 per unit, 12 in all; unit 2 has one agreeing pair of three: p = 10/12.
    const judgements = new Judgements(['ana', 'ben', 'cem'], [1], [1, 2, 3, 4], [...tags('ana', 1, [1, 2]), ...tags('ben', 1, [1, 2]), ...tags('cem', 1, [1])]);
    const report = agreementReport(judgements, [themes[0]!], 2, true);
    const [claims] = report.themes;
    expect(claims!.cohensKappa).toBeNull();
    expect(report.overall.cohensKappa).toBeNull();
    expect(report.overall.mean.cohensKappa).toBeNull();
    expect(claims!.percentAgreement).toBeCloseTo(10 / 12, 10);
    // 12 values: 5 present, 7 absent; unit 2 adds 2 × (2 × 1) / 2 = 2 disagreeing coincidences: α = 1 - 11 × 2 / (2 × 5 × 7).
    expect(claims!.krippendorffsAlpha).toBeCloseTo(1 - 22 / 70, 10);
    expect(claims!.tagged).toEqual([2, 2, 1]);
  });
});

describe('the agreement report over no sentences', () => {
  it('has every figure undefined', () => {
    const report = agreementReport(new Judgements(['ana', 'ben'], [1], [], []), [themes[0]!], 0, false);
    expect(report.themes[0]).toMatchObject({ units: 0, percentAgreement: null, cohensKappa: null, krippendorffsAlpha: null });
    expect(report.overall).toMatchObject({ units: 0, percentAgreement: null, mean: { percentAgreement: null, cohensKappa: null, krippendorffsAlpha: null } });
  });
});
