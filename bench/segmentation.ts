/** Sentence segmentation: throughput against the platform's segmenter, and accuracy on the Golden Rules. */
import { segmentText } from '../db/segmenter';
import { describeScore, goldenRulesFile, loadGoldenRules, scoreGoldenRules } from '../db/segmenter/golden-rules';
import { newsText } from './news-text';
import { type BenchRow, type Distribution, distribution, sample } from './table';

const ONE_MB = 1_000_000;
const TEN_MB = 10_000_000;
const TARGET_MB_PER_S = 10;

interface Runs {
  /** Median and p99 of the timed runs, in ms. */
  time: Distribution;
  sentences: number;
}

/** `runs` timed runs after `warmUp` untimed ones (so the JIT has compiled the hot path): the median and the tail, never the best. */
function timed(segment: () => number, runs: number, warmUp: number): Runs {
  let sentences = 0;
  const time = distribution(sample(runs, () => (sentences = segment()), warmUp));
  return { time, sentences };
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

const mbPerS = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
const perSecond = (run: Runs) => Math.round(run.sentences / (run.time.median / 1000)).toLocaleString('en');

export function benchSegmentation(): BenchRow[] {
  const text = newsText(ONE_MB);
  const bytes = Buffer.byteLength(text);
  const themata = timed(() => segmentText(text).length, 9, 3);
  const intl = timed(() => intlSegmenter(text), 9, 3);
  const throughput = mbPerS(bytes, themata.time.median);
  // The tail: the throughput of the slowest run in a hundred.
  const slow = mbPerS(bytes, themata.time.p99);

  const large = newsText(TEN_MB);
  const largeRun = timed(() => segmentText(large).length, 3, 1);
  const largeIntl = timed(() => intlSegmenter(large), 3, 0);

  const segment = (input: string) => segmentText(input).map((s) => s.text);
  const rules48 = scoreGoldenRules(loadGoldenRules(goldenRulesFile(48)), segment);
  const rules52 = scoreGoldenRules(loadGoldenRules(goldenRulesFile(52)), segment);

  return [
    {
      section: 'segmentation',
      measure: `1 MB news text, median / p99 of ${themata.time.runs} runs (MB = 10^6 bytes)`,
      value: `${throughput.toFixed(1)} / ${slow.toFixed(1)} MB/s`,
      baseline: `Intl.Segmenter ${mbPerS(bytes, intl.time.median).toFixed(1)} MB/s (median)`,
      target: `≥ ${TARGET_MB_PER_S} MB/s`,
      met: slow >= TARGET_MB_PER_S,
      figures: { medianMbPerS: throughput, p99MbPerS: slow },
    },
    {
      section: 'segmentation',
      measure: '1 MB news text, sentences/s',
      value: `${perSecond(themata)} (${themata.sentences.toLocaleString('en')} sentences)`,
      baseline: `Intl.Segmenter ${perSecond(intl)} (${intl.sentences.toLocaleString('en')}, splits at abbreviations)`,
    },
    {
      section: 'segmentation',
      measure: `10 MB news text, median of ${largeRun.time.runs} runs`,
      value: `${largeRun.time.median.toFixed(0)} ms (${largeRun.sentences.toLocaleString('en')} sentences)`,
      baseline: `Intl.Segmenter ${largeIntl.time.median.toFixed(0)} ms`,
      figures: { medianMs: largeRun.time.median },
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
