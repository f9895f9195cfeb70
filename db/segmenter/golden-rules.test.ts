import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeScore, goldenRulesFile, loadGoldenRules, scoreGoldenRules } from './golden-rules';
import { segmentText } from './segment';

const segment = (input: string) => segmentText(input).map((s) => s.text);
const repoRoot = path.resolve(import.meta.dirname, '../..');

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

describe('where the Golden Rules are read from', () => {
  it('reads both sets from the copy inside the project, next to its source and licence', () => {
    for (const set of [48, 52] as const) {
      const file = goldenRulesFile(set);
      expect(path.relative(repoRoot, file)).toBe(path.join('db', 'segmenter', 'testdata', path.basename(file)));
      expect(fs.existsSync(file)).toBe(true);
    }
    expect(fs.readFileSync(path.join(repoRoot, 'db/segmenter/testdata/README.md'), 'utf8')).toMatch(/pragmatic_segmenter[\s\S]*pySBD[\s\S]*MIT/);
  });

  it('leaves no code, test or script reading benchmark data from outside the project', () => {
    // Written with escapes, so this file does not match itself.
    const outside = /\.\.[/\\]shared\b|[/\\]work[/\\]shared\b/;
    const readers = projectFiles(repoRoot).filter((file) => outside.test(fs.readFileSync(file, 'utf8')));
    expect(readers.map((file) => path.relative(repoRoot, file))).toEqual([]);
  });
});

const SKIPPED = new Set(['.git', 'node_modules', 'dist', 'release', 'build-electron', 'test-results', 'playwright-report']);
const SOURCE = /\.(ts|tsx|js|mjs|cjs|json|ya?ml|sh)$/;

/** The project's own code, tests, scripts and configuration, without dependencies or build output. */
function projectFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) ? [] : projectFiles(full);
    return entry.isFile() && SOURCE.test(entry.name) ? [full] : [];
  });
}
