/** Sentence segmentation: throughput against the platform's segmenter, and accuracy on the Golden Rules. */
import { segmentText } from '../db/segmenter';
import { describeScore, goldenRulesFile, loadGoldenRules, scoreGoldenRules } from '../db/segmenter/golden-rules';
import { newsText } from './news-text';
import type { BenchRow } from './table';

const ONE_MB = 1_000_000;
const TEN_MB = 10_000_000;
const TARGET_MB_PER_S = 10;

interface Run {
  ms: number;
  sentences: number;
}

/** Best of `runs` timed runs, after `warmUp` untimed ones so the JIT has compiled the hot path. */
function best(segment: () => number, runs: number, warmUp: number): Run {
  for (let i = 0; i < warmUp; i += 1) segment();
  let result: Run = { ms: Number.POSITIVE_INFINITY, sentences: 0 };
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const sentences = segment();
    const ms = performance.now() - started;
    if (ms < result.ms) result = { ms, sentences };
  }
  return result;
}

/** The floor to compare against: ICU's sentence segmenter, paragraph by paragraph as Themata reads them. */
function intlSegmenter(text: string): number {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  let sentences = 0;
  for (const paragraph of text.split('\n')) {
    for (const piece of segmenter.segment(paragraph)) if (piece.segment.trim()) sentences += 1;
  }
  return sentences;
}

const mbPerS = (bytes: number, run: Run) => bytes / 1e6 / (run.ms / 1000);
const perSecond = (run: Run) => Math.round(run.sentences / (run.ms / 1000)).toLocaleString('en');

export function benchSegmentation(): BenchRow[] {
  const text = newsText(ONE_MB);
  const bytes = Buffer.byteLength(text);
  const themata = best(() => segmentText(text).length, 5, 3);
  const intl = best(() => intlSegmenter(text), 5, 3);
  const throughput = mbPerS(bytes, themata);

  const large = newsText(TEN_MB);
  const largeRun = best(() => segmentText(large).length, 1, 1);
  const largeIntl = best(() => intlSegmenter(large), 1, 0);

  const segment = (input: string) => segmentText(input).map((s) => s.text);
  const rules48 = scoreGoldenRules(loadGoldenRules(goldenRulesFile(48)), segment);
  const rules52 = scoreGoldenRules(loadGoldenRules(goldenRulesFile(52)), segment);

  return [
    {
      section: 'segmentation',
      measure: '1 MB news text, best of 5 (MB = 10^6 bytes)',
      value: `${throughput.toFixed(1)} MB/s`,
      baseline: `Intl.Segmenter ${mbPerS(bytes, intl).toFixed(1)} MB/s`,
      target: `≥ ${TARGET_MB_PER_S} MB/s`,
      met: throughput >= TARGET_MB_PER_S,
    },
    {
      section: 'segmentation',
      measure: '1 MB news text, sentences/s',
      value: `${perSecond(themata)} (${themata.sentences.toLocaleString('en')} sentences)`,
      baseline: `Intl.Segmenter ${perSecond(intl)} (${intl.sentences.toLocaleString('en')}, splits at abbreviations)`,
    },
    {
      section: 'segmentation',
      measure: '10 MB news text, one run',
      value: `${largeRun.ms.toFixed(0)} ms (${largeRun.sentences.toLocaleString('en')} sentences)`,
      baseline: `Intl.Segmenter ${largeIntl.ms.toFixed(0)} ms`,
    },
    {
      section: 'segmentation',
      measure: 'English Golden Rules, 48 cases',
      value: describeScore(rules48),
      baseline: 'pySBD 47/48, Intl.Segmenter 28/48 (published)',
      target: '≥ 47/48',
      met: rules48.passed >= 47,
    },
    {
      section: 'segmentation',
      measure: 'English Golden Rules, 52 cases',
      value: describeScore(rules52),
      baseline: 'rules 40-41 assume PDF text; here a line break ends a paragraph',
    },
  ];
}
