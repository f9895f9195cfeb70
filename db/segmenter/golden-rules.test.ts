import { describe, expect, it } from 'vitest';
import { describeScore, goldenRulesFile, loadGoldenRules, scoreGoldenRules } from './golden-rules';
import { segmentText } from './segment';

const segment = (input: string) => segmentText(input).map((s) => s.text);

describe('English Golden Rules', () => {
  it('passes at least 47 of the 48 cases pySBD is scored on (pySBD: 47/48)', () => {
    const score = scoreGoldenRules(loadGoldenRules(goldenRulesFile(48)), segment);
    console.log(`Golden Rules, 48 cases: ${describeScore(score)}`);
    expect(score.total).toBe(48);
    expect(score.passed).toBeGreaterThanOrEqual(47);
  });

  it('scores the full 52-rule set, where only the PDF-style newline rules may fail', () => {
    const score = scoreGoldenRules(loadGoldenRules(goldenRulesFile(52)), segment);
    console.log(`Golden Rules, 52 cases: ${describeScore(score)}`);
    expect(score.total).toBe(52);
    // A line break is a paragraph break in plain text, so rules 40 and 41
    // ("a sentence\ncut off", "a cold \nnight") assume PDF text we do not
    // import; the benchmark's README accepts that difference when reported.
    for (const failure of score.failures) expect(failure.input).toContain('\n');
  });
});
