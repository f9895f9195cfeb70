/**
 * Scores a segmenter on the English Golden Rules (pragmatic_segmenter's test
 * set, as used by pySBD). The data is copied into ./testdata, so tests and
 * benchmarks read nothing outside the project; see its README for the source,
 * licence and scoring rule.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface GoldenRule {
  id: number;
  name: string;
  input: string;
  expected: string[];
}

export interface GoldenRuleFailure extends GoldenRule {
  actual: string[];
}

export interface GoldenRulesScore {
  passed: number;
  total: number;
  failures: GoldenRuleFailure[];
}

const testdata = path.resolve(import.meta.dirname, 'testdata');

/** The 48 cases of pySBD's published table, or the full 52-rule set. */
export function goldenRulesFile(set: 48 | 52): string {
  return path.join(testdata, set === 48 ? 'golden_rules_en.json' : 'golden_rules_en_52.json');
}

export function loadGoldenRules(file: string): GoldenRule[] {
  const rules = JSON.parse(fs.readFileSync(file, 'utf8')) as GoldenRule[];
  if (!Array.isArray(rules) || rules.some((r) => typeof r.input !== 'string' || !Array.isArray(r.expected))) {
    throw new Error(`${file} is not a list of golden rules.`);
  }
  return rules;
}

/** A case passes when the sentences, each trimmed, equal `expected` exactly. */
export function scoreGoldenRules(rules: GoldenRule[], segment: (input: string) => string[]): GoldenRulesScore {
  const failures: GoldenRuleFailure[] = [];
  for (const rule of rules) {
    const actual = segment(rule.input).map((s) => s.trim());
    const same = actual.length === rule.expected.length && actual.every((s, i) => s === rule.expected[i]);
    if (!same) failures.push({ ...rule, actual });
  }
  return { passed: rules.length - failures.length, total: rules.length, failures };
}

/** "48/48" or "50/52 (failing: 40 Errant newlines ..., 41 ...)". */
export function describeScore(score: GoldenRulesScore): string {
  const failing = score.failures.map((f) => `${f.id} ${f.name}`).join('; ');
  return `${score.passed}/${score.total}` + (failing ? ` (failing: ${failing})` : '');
}
